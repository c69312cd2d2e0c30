package org.youthvoice.base;

import java.security.SecureRandom;

/**
 * Ids for rows written for anonymous young people (responses, answers, comments, and the copies other modules keep of
 * their words): random, so neither an id nor the table's order (InnoDB keeps rows in id order) tells which came
 * first, and nothing lines them up with login times. Between 2^32 and 2^53, so they never meet the small sequential
 * ids written before (or by tools that insert without one) and stay exact as numbers in JSON and JavaScript
 * (design note 0023).
 */
public final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LOWEST = 1L << 32;
    private static final long SPAN = (1L << 53) - LOWEST;

    private RandomIds() {
    }

    /** A new random id. A clash is possible only in theory (1 in 2^53 per pair); callers try again on one. */
    public static long next() {
        return LOWEST + (RANDOM.nextLong() & Long.MAX_VALUE) % SPAN;
    }
}

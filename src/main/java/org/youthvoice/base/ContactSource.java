package org.youthvoice.base;

import java.util.Optional;

/**
 * Contact details a young person chose to give with something they wrote. Modules that collect them implement this,
 * so that safeguarding can reach a young person it is worried about without depending on those modules.
 * Implementations record every read in the audit log.
 */
public interface ContactSource {

    /** The {@link FreeTextReceived#sourceType()} this source answers for. */
    String sourceType();

    Optional<Contact> contactFor(long sourceId);

    record Contact(String name, String howToReach) {
    }
}

package org.youthvoice.people;

/** A member's new secret code, shown to the officer once so they can hand it over; only its hash is stored. */
public record IssuedSecret(long accountId, String username, String secret) {
}

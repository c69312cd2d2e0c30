package org.youthvoice.people;

/** How a young member logs in: three easy words, or six digits for those who find words hard. */
public enum SecretKind {
    PASSPHRASE, PIN
}

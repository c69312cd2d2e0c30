package org.youthvoice.people;

public enum AccountKind {
    STAFF, MEMBER
}

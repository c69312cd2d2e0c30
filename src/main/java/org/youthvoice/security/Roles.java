package org.youthvoice.security;

/** The roles of Youth Voice. Spring adds the {@code ROLE_} prefix. */
public final class Roles {

    /** Manages staff accounts and settings. */
    public static final String ADMIN = "ADMIN";
    /** A participation officer: builds surveys, runs votes, tags, reports. */
    public static final String OFFICER = "OFFICER";
    /** Handles possible disclosures of harm. */
    public static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";
    /** A councillor or senior leader: read-only, aggregated results only. */
    public static final String VIEWER = "VIEWER";
    /** A young member of a forum or children in care council. */
    public static final String MEMBER = "MEMBER";

    /** Roles a staff account can hold. */
    public static final java.util.List<String> STAFF_ROLES = java.util.List.of(ADMIN, OFFICER, SAFEGUARDING_LEAD, VIEWER);

    private Roles() {
    }
}

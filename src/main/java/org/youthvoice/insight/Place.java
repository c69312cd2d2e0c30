package org.youthvoice.insight;

/** A survey or feedback channel texts came from. */
public record Place(String kind, long id, String title) {
}

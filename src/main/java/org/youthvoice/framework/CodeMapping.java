package org.youthvoice.framework;

/** Findings tagged with {@code oldCode} also count for {@code newCode}. */
public record CodeMapping(String oldCode, String newCode) {
}

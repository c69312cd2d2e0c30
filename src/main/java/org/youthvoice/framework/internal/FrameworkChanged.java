package org.youthvoice.framework.internal;

/** Published after a framework was created, imported, edited, retired or re-activated. */
public record FrameworkChanged(String code, String change) {
}

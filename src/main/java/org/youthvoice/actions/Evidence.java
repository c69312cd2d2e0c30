package org.youthvoice.actions;

/**
 * One piece of evidence as officers see it on an action.
 *
 * @param kind the kind of thing it is, e.g. {@code FEEDBACK}; its name on screen is {@code actions.evidence.kind.KIND}
 * @param ref its reference within that kind (an id, or survey and question)
 * @param label what it is, in a line
 */
public record Evidence(String kind, String ref, String label) {
}

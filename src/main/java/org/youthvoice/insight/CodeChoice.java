package org.youthvoice.insight;

/** A framework code texts can be tagged with: a priority or outcome of an active plan. */
public record CodeChoice(String code, String title) {

    public String label() {
        return code + " " + title;
    }
}

package org.youthvoice.people;

/** Age bands used across Youth Voice: they choose the words and versions a young person sees. */
public enum AgeBand {
    AGE_4_7("4-7"), AGE_8_11("8-11"), AGE_11_17("11-17"), AGE_16_25("16-25");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

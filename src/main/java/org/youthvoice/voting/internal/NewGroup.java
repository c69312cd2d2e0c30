package org.youthvoice.voting.internal;

/** A school or group taking part in a city-wide ballot, and how many young people in it could vote. */
public record NewGroup(String name, int eligible) {
}

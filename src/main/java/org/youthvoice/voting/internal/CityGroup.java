package org.youthvoice.voting.internal;

import org.youthvoice.base.ShownCount;

/** A group's code for a city-wide ballot, with its turnout as it may be shown (small numbers suppressed). */
public record CityGroup(String code, String name, int eligible, ShownCount voted) {
}

package org.youthvoice.feedback;

import java.time.LocalDate;

/** Contact details a young person chose to give, and the day they will be deleted. */
public record ContactDetails(long itemId, String name, String howToReach, LocalDate deleteAfter) {
}

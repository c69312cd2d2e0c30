package org.youthvoice.actions.web;

import java.util.List;
import org.youthvoice.actions.PublishedAction;

/**
 * What the "you said, we did" page shows.
 *
 * @param ages a link per age band, to see the actions in words for that age
 * @param topics a link per council priority that published actions serve
 * @param everything the link that shows every topic again
 * @param allTopics whether no topic is chosen
 * @param single whether one action is shown (from a poster's link or QR code)
 * @param bandQuery the chosen age as a query ("" for none), for the posters' links
 */
public record YouSaidWeDidPage(List<Choice> ages, List<Choice> topics, String everything, boolean allTopics,
        List<PublishedAction> shown, boolean single, String bandQuery) {

    /** A link that chooses what the page shows; {@code chosen} marks the one showing now. */
    public record Choice(String text, String href, boolean chosen) {
    }
}

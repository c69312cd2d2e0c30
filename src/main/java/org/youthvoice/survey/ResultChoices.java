package org.youthvoice.survey;

import java.util.List;

/** What survey results can be narrowed by: its versions, its groups and its "about you" questions. */
public record ResultChoices(List<Choice> versions, List<Choice> groups, List<About> about) {

    public record Choice(String key, String label) {
    }

    public record About(String question, String text, List<Choice> options) {
    }
}

package org.youthvoice.survey;

import java.util.List;

/**
 * The pictures a question or option can show: a fixed set of simple drawings shipped with the app, so no photo of a
 * child can ever be uploaded into a survey, and pictures work offline and read well on a small screen.
 */
public final class SurveyPictures {

    public static final List<String> NAMES = List.of("home", "school", "family", "friends", "health", "food", "money",
            "phone", "sport", "music", "games", "heart", "star", "sun", "book", "bed", "bus", "tree", "smile",
            "worker", "safe", "talk");

    private SurveyPictures() {
    }
}

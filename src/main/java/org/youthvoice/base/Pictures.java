package org.youthvoice.base;

import java.util.List;

/**
 * The pictures a survey question or option, or a ballot option, can show: a fixed set of simple drawings shipped with
 * the app (drawn by {@code base.ui.PictureDrawings}), so no photo of a child can ever be uploaded, and pictures work
 * offline and read well on a small screen.
 */
public final class Pictures {

    public static final List<String> NAMES = List.of("home", "school", "family", "friends", "health", "food", "money",
            "phone", "sport", "music", "games", "heart", "star", "sun", "book", "bed", "bus", "tree", "smile",
            "worker", "safe", "talk");

    private Pictures() {
    }
}

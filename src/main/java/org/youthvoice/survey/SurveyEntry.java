package org.youthvoice.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a young person sees before starting: the survey's title and intro, its versions and its languages. */
public record SurveyEntry(String slug, String title, @Nullable String intro, SurveyAccess access,
        List<VersionChoice> versions, List<String> languages, boolean sharedDevices) {

    public SurveyEntry {
        versions = List.copyOf(versions);
        languages = List.copyOf(languages);
    }

    public record VersionChoice(long id, String key, String label, org.youthvoice.people.@Nullable AgeBand ageBand,
            boolean assisted) {
    }
}

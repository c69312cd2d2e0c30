package org.youthvoice.survey.taking;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.SurveyAccess;

/** The welcome page: who reads the answers, then which version, a code if needed, and Start. */
public record WelcomePage(String slug, String title, @Nullable String intro, String language, SurveyAccess access,
        List<VersionOption> versions, List<LanguageOption> languages, WelcomeForm form, @Nullable String error,
        @Nullable String errorField, String resumeTyped) {

    public boolean needsCode() {
        return access == SurveyAccess.GROUP_CODE || access == SurveyAccess.CARD;
    }

    public boolean anyAssisted() {
        return versions.stream().anyMatch(VersionOption::assisted);
    }

    /** What the young person filled in on the welcome page, to show again with a message. */
    public record WelcomeForm(@Nullable Long version, @Nullable String code, boolean adult) {
    }

    public record VersionOption(long id, String label, boolean assisted, boolean chosen) {
    }

    public record LanguageOption(String code, String name, boolean chosen) {
    }
}

package org.youthvoice.insight;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A piece of free text in the tagging stream, for officers: where and when it was written (never who wrote it), its
 * tags, suggested tags, and whether safeguarding screening flagged it.
 *
 * @param text null once retention deleted the words
 */
public record TextItem(long id, String sourceType, long sourceId, @Nullable String placeKind,
        @Nullable String placeTitle, @Nullable String questionText, @Nullable String groupName,
        @Nullable String ageBand, @Nullable Integer rating, @Nullable String text, LocalDate writtenOn,
        List<TextTag> tags, List<Suggestion> suggestions, boolean flagged) {

    public boolean taggedWith(String code) {
        return tags.stream().anyMatch(t -> t.code().equals(code));
    }

    /** A framework code on a text and how it got there: QUESTION, OFFICER, RULE or SUGGESTION. */
    public record TextTag(String code, String origin) {
    }

    /** A code the suggestions index thinks fits, with a score from 0 to 1 (the share of similar texts' votes). */
    public record Suggestion(String code, double score) {
    }
}

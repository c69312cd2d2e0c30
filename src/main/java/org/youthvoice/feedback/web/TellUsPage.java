package org.youthvoice.feedback.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.PublicChannel;

/**
 * The "tell us" form as the template draws it: the channel, what the young person has typed so far (kept whole when
 * a send is refused), and the one thing to fix, if any.
 */
public record TellUsPage(PublicChannel channel, @Nullable Integer rating, String comment, boolean wantsContact,
        String contactName, String contactHow, String code, @Nullable Problem problem) {

    static final String RATING = "rating";
    static final String COMMENT = "comment";
    static final String CONTACT_NAME = "contact-name";
    static final String CONTACT_HOW = "contact-how";
    static final String CODE = "code";
    static final List<Integer> FACES = List.of(1, 2, 3, 4, 5);

    /**
     * A refusal in plain words.
     *
     * @param field the id of the field it belongs beside, or null when it belongs to the whole form
     */
    public record Problem(@Nullable String field, String key, Object[] arguments) {

        /** Where the error summary's link goes: the first face for the faces, else the field itself. */
        public @Nullable String target() {
            return RATING.equals(field) ? "rating-" + FACES.getFirst() : field;
        }
    }

    TellUsPage refused(Problem why) {
        return new TellUsPage(channel, rating, comment, wantsContact, contactName, contactHow, code, why);
    }

    public List<Integer> faces() {
        return FACES;
    }

    public boolean isChosen(int face) {
        return rating != null && rating == face;
    }

    /** Whether the refusal is about {@code field}, so its message goes beside it. */
    public boolean problemAt(String field) {
        return problem != null && field.equals(problem.field());
    }

    public int maxComment() {
        return FeedbackService.MAX_COMMENT;
    }

    /** Letters left before the limit; below zero when the comment is too long. Counted as the page's script counts. */
    public int commentLeft() {
        return maxComment() - comment.codePointCount(0, comment.length());
    }

    /** The ending of the notice's message keys: words for the channel's age band, or general words for anyone. */
    public String band() {
        return channel.ageBand() == null ? "" : "." + channel.ageBand().name();
    }
}

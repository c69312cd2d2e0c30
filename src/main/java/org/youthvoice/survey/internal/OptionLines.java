package org.youthvoice.survey.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.survey.QuestionKind;

/**
 * Many answer options at once, typed or pasted one per line in the survey editor. The lines are checked here, not in
 * the page, by the same limits a saved survey keeps (words of an option, how many options a kind of question has), and
 * refused whole: either every line becomes an option or none does, so nothing typed is lost or half added.
 */
public final class OptionLines {

    /** The most characters an option's words may have (as when a survey is saved). */
    public static final int MOST_CHARACTERS = 200;

    private OptionLines() {
    }

    /** The most options a question of this kind may have (as when a survey is saved). */
    public static int most(QuestionKind kind) {
        return kind == QuestionKind.RANKING ? 15 : 30;
    }

    /**
     * The options' words from the text, one per line, in order; blank lines and spaces around the words are left out.
     *
     * @param existing the words of the options the question already has (blank ones are not counted)
     * @throws UserFacingException in plain words when a line is too long, an option would be there twice, there would
     *     be too many options, or there is nothing to add
     */
    public static List<String> read(String text, QuestionKind kind, List<String> existing) {
        var lines = new ArrayList<String>();
        var seen = new HashSet<String>();
        int kept = 0;
        for (String option : existing) {
            if (!option.isBlank()) {
                seen.add(normal(option));
                kept++;
            }
        }
        String[] given = text.split("\\R", -1);
        for (int i = 0; i < given.length; i++) {
            String words = given[i].strip();
            if (words.isEmpty()) {
                continue;
            }
            if (words.length() > MOST_CHARACTERS) {
                throw new UserFacingException("survey.paste.tooLong", i + 1, MOST_CHARACTERS);
            }
            if (!seen.add(normal(words))) {
                throw new UserFacingException("survey.paste.twice", words);
            }
            lines.add(words);
        }
        if (lines.isEmpty()) {
            throw new UserFacingException("survey.paste.empty");
        }
        if (kept + lines.size() > most(kind)) {
            throw new UserFacingException("survey.paste.tooMany", kept + lines.size(), most(kind), kept);
        }
        return List.copyOf(lines);
    }

    private static String normal(String words) {
        return words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

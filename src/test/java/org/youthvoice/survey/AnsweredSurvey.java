package org.youthvoice.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;

/**
 * A published survey with 17 sent responses in three groups (Big 8, Minus 7, Tiny 2), awkward labels (commas, quotes,
 * formulas), free text in every response and one "about you" question; plus one response started and never sent.
 */
public final class AnsweredSurvey {

    public static final String WORDS = "My carer is called Sam Smith";
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private AnsweredSurvey() {
    }

    /** Labels that need quoting or could be taken for formulas; one "about you" question. */
    public static SurveyDefinition awkward() {
        var questions = List.of(
                new QuestionDefinition("colour", QuestionKind.SINGLE_CHOICE, "Best colour?", null, null, false, null,
                        null, null, null, null, List.of(new OptionDefinition("red", "Red, bright", null),
                                new OptionDefinition("blue", "Say \"blue\"", null),
                                new OptionDefinition("green", "=1+1", null)), List.of()),
                new QuestionDefinition("likes", QuestionKind.MULTIPLE_CHOICE, "What do you like?", null, null, true,
                        null, null, null, null, null, List.of(new OptionDefinition("sport", "Sport", null),
                                new OptionDefinition("music", "Music", null),
                                new OptionDefinition("games", "@games", null)), List.of()),
                new QuestionDefinition("score", QuestionKind.SCALE_0_10, "How good?", null, null, false, null, "Bad",
                        "Great", null, null, List.of(), List.of()),
                new QuestionDefinition("why", QuestionKind.FREE_TEXT, "Why?", null, null, true, 200, null, null,
                        null, null, List.of(), List.of()),
                new QuestionDefinition("rank", QuestionKind.RANKING, "Put these in order", null, null, true, null,
                        null, null, null, null, List.of(new OptionDefinition("a", "Apples", null),
                                new OptionDefinition("b", "Bananas", null),
                                new OptionDefinition("c", "Cherries", null)), List.of()),
                new QuestionDefinition("status", QuestionKind.SINGLE_CHOICE, "Are you in care?", null, null, true,
                        null, null, null, Demographic.CARE_STATUS, null,
                        List.of(new OptionDefinition("in-care", "In care", null),
                                new OptionDefinition("care-leaver", "Care leaver", null),
                                new OptionDefinition("other", "Neither", null)), List.of()));
        var version = new VersionDefinition("all", "Everyone", AgeBand.AGE_11_17, false, null,
                questions.stream().map(q -> new VersionItem(q.key(), null)).toList());
        return new SurveyDefinition("Exports " + System.nanoTime(), null, null, List.of(version), questions, Map.of());
    }

    public record Published(long id, String slug, long version, Map<String, String> codes) {
    }

    static Published publish(SurveyService surveys, SurveyTaking taking) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(awkward());
            var codes = new HashMap<String, String>();
            for (String name : List.of("Big, \"North\" School", "-Minus Club", "Tiny Club")) {
                codes.put(name, surveys.addGroup(id, name, true, 30).code());
            }
            surveys.publish(id, new SurveySettings(SurveyAccess.GROUP_CODE, null, null));
            String slug = surveys.summary(id).slug();
            long version = taking.entry(slug).orElseThrow().versions().getFirst().id();
            return new Published(id, slug, version, codes);
        }, Roles.OFFICER);
    }

    static String start(SurveyTaking taking, Published survey, String group) {
        return taking.start(survey.slug(), new StartRequest(survey.version(), survey.codes().get(group), "en", false,
                "10.77." + (ADDRESS.incrementAndGet() / 200) + "." + (ADDRESS.get() % 200))).deviceToken();
    }

    static void send(SurveyTaking taking, Published survey, String group, String colour, String status, Answer likes) {
        String token = start(taking, survey, group);
        taking.save(token, "colour", Answer.choice(colour), 1);
        taking.save(token, "likes", likes, 2);
        taking.save(token, "score", Answer.number(7), 3);
        taking.save(token, "why", Answer.text(WORDS), 4);
        taking.save(token, "rank", Answer.choice("c", "a", "b"), 5);
        taking.save(token, "status", Answer.choice(status), 6);
        taking.submit(token);
    }

    /** Big: 8 (6 in care, 2 care leavers); Minus: 7 in care; Tiny: 2 neither. One more started, never sent. */
    public static Published create(SurveyService surveys, SurveyTaking taking) {
        var survey = publish(surveys, taking);
        for (int i = 0; i < 8; i++) {
            send(taking, survey, "Big, \"North\" School", i == 0 ? "green" : i == 1 ? "blue" : "red",
                    i < 6 ? "in-care" : "care-leaver", i == 0 ? Answer.choice("games") : Answer.choice("games", "sport"));
        }
        for (int i = 0; i < 7; i++) {
            send(taking, survey, "-Minus Club", "red", "in-care", Answer.choice("music"));
        }
        for (int i = 0; i < 2; i++) {
            send(taking, survey, "Tiny Club", "red", "other", Answer.choice("music"));
        }
        String unsent = start(taking, survey, "Tiny Club");
        taking.save(unsent, "colour", Answer.choice("blue"), 1);
        return survey;
    }

}

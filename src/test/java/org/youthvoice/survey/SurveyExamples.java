package org.youthvoice.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;

/** Survey definitions for tests. */
public final class SurveyExamples {

    private SurveyExamples() {
    }

    /** Every kind of question, a show-if rule, pictures, an "about you" question, three versions and two languages. */
    public static SurveyDefinition everyKindOfQuestion() {
        return everyKindOfQuestion("Your say");
    }

    public static SurveyDefinition everyKindOfQuestion(String title) {
        var faces = List.of(new OptionDefinition("1", "Really bad", null), new OptionDefinition("2", "Bad", null),
                new OptionDefinition("3", "OK", null), new OptionDefinition("4", "Good", null),
                new OptionDefinition("5", "Really good", "star"));
        var yesNo = List.of(new OptionDefinition("yes", "Yes", null), new OptionDefinition("no", "No", null),
                new OptionDefinition("not-sure", "Not sure", null));
        var questions = List.of(
                new QuestionDefinition("home", QuestionKind.FACE_SCALE, "How is home?", "Pick a face", "home", false,
                        null, null, null, null, null, faces, List.of("CP-2022.HOME")),
                new QuestionDefinition("safe", QuestionKind.YES_NO_NOT_SURE, "Do you feel safe?", null, null, false,
                        null, null, null, null, null, yesNo, List.of("CP-2022.HOME", "CP-2022.REL")),
                new QuestionDefinition("why", QuestionKind.FREE_TEXT, "Why not?", null, null, true, 300, null, null,
                        null, new ShowIf("safe", List.of("no", "not-sure")), List.of(), List.of()),
                new QuestionDefinition("life", QuestionKind.SCALE_0_10, "How happy are you?", null, null, false, null,
                        "Not at all", "Completely", null, null, List.of(), List.of("CP-2022.REL")),
                new QuestionDefinition("who", QuestionKind.MULTIPLE_CHOICE, "Who helps?", null, null, true, null,
                        null, null, null, null, List.of(new OptionDefinition("carer", "My carer", "home"),
                                new OptionDefinition("friend", "A friend", "friends")), List.of()),
                new QuestionDefinition("first", QuestionKind.RANKING, "What first?", null, null, false, null, null,
                        null, null, null, List.of(new OptionDefinition("a", "Housing", null),
                                new OptionDefinition("b", "Money", null), new OptionDefinition("c", "Jobs", null)),
                        List.of()),
                new QuestionDefinition("status", QuestionKind.SINGLE_CHOICE, "Are you in care?", null, null, true,
                        null, null, null, Demographic.CARE_STATUS, null,
                        List.of(new OptionDefinition("in-care", "In care", null),
                                new OptionDefinition("care-leaver", "Left care", null),
                                new OptionDefinition("other", "Something else", null)), List.of()));
        var versions = List.of(
                new VersionDefinition("young", "Ages 4 to 7", AgeBand.AGE_4_7, true, "With a grown-up",
                        List.of(new VersionItem("home", "Home"), new VersionItem("safe", null),
                                new VersionItem("why", null))),
                new VersionDefinition("older", "Ages 11 to 17", AgeBand.AGE_11_17, false, null,
                        List.of(new VersionItem("home", null), new VersionItem("safe", null),
                                new VersionItem("why", null), new VersionItem("life", "Feelings"),
                                new VersionItem("who", null), new VersionItem("first", null),
                                new VersionItem("status", "About you"))),
                new VersionDefinition("custom", "A group", null, false, null, List.of(new VersionItem("life", null))));
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        translations.put("pl", Map.of("title", "Twoje zdanie", "q.home.text", "Jak jest w domu?"));
        translations.put("cy", Map.of("o.safe.yes", "Ie", "title", "Dy lais"));
        return new SurveyDefinition(title, "Tell us \"what\" you think\nplease", "Thank you", versions, questions,
                translations);
    }

}

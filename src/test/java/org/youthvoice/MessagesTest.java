package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.people.SecretKind;
import org.youthvoice.security.Roles;

/**
 * Every message key the code uses is in the English bundle. Keys are read from the sources, because a missing key
 * shows the reader a raw key such as "account.error.usernameTaken" instead of words.
 */
class MessagesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    private static final Path BUNDLE = Path.of("src", "main", "resources", "vaadin-i18n", "translations.properties");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Properties messages = new Properties();
    /** Source file name to its text. */
    private static final Map<String, String> sources = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(SOURCES.relativize(file).toString(), Files.readString(file));
            }
        }
        // Young people's pages: their templates name keys as page.t("…").
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                sources.put(TEMPLATES.relativize(file).toString(), Files.readString(file));
            }
        }
        assertThat(sources).as("sources found from " + Path.of("").toAbsolutePath()).hasSizeGreaterThan(20);
    }

    @Test
    void every_literal_key_passed_to_get_translation_exists() {
        var used = new TreeSet<String>();
        for (var source : sources.entrySet()) {
            for (String call : new String[] {"getTranslation(", "words(", "page.t("}) {
                // StaffLists.words(column, weight) sets a column's width; it takes no message key.
                String text = source.getValue().replace("StaffLists.words(", "StaffLists.wordsColumn(");
                for (String firstArgument : firstArguments(text, call)) {
                    for (String key : literalKeys(firstArgument)) {
                        used.add(key + "  (" + source.getKey() + ")");
                    }
                }
            }
        }

        assertThat(used).as("keys found").hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(MessagesTest::assertKnown);
    }

    @Test
    void every_menu_title_exists() {
        var titles = matches(Pattern.compile("@Menu\\(\\s*title\\s*=\\s*\"([^\"]+)\""));

        assertThat(titles).as("menu titles found").hasSizeGreaterThanOrEqualTo(5);
        assertThat(titles).allSatisfy(MessagesTest::assertKnown);
    }

    @Test
    void every_user_facing_exception_key_exists() {
        var keys = new TreeSet<String>();
        for (var source : sources.entrySet()) {
            for (String argument : firstArguments(source.getValue(), "new UserFacingException(")) {
                keys.addAll(literalKeys(argument).stream().map(k -> k + "  (" + source.getKey() + ")").toList());
            }
            if (source.getValue().contains("extends UserFacingException")) {
                for (String argument : firstArguments(source.getValue(), "super(")) {
                    keys.addAll(literalKeys(argument));
                }
            }
        }

        assertThat(keys).as("exception keys found").hasSizeGreaterThan(20)
                .anyMatch(k -> k.startsWith("framework.import.refused"));
        assertThat(keys).allSatisfy(MessagesTest::assertKnown);
    }

    @Test
    void every_user_facing_exception_names_its_key_as_a_literal() {
        for (var source : sources.entrySet()) {
            for (String argument : firstArguments(source.getValue(), "new UserFacingException(")) {
                assertThat(argument.strip()).as("first argument in " + source.getKey()).startsWith("\"");
            }
        }
    }

    @Test
    void every_import_problem_key_exists() {
        var keys = new TreeSet<String>();
        for (var source : sources.entrySet()) {
            for (String arguments : allArguments(source.getValue(), "new ImportProblem(")) {
                var split = splitTopLevel(arguments);
                assertThat(split).as("arguments of ImportProblem in " + source.getKey() + ": " + arguments)
                        .hasSizeGreaterThanOrEqualTo(2);
                String key = split.get(1).strip();
                assertThat(key).as("message key of ImportProblem in " + source.getKey()).matches("\"[^\"]+\"");
                keys.add(key.substring(1, key.length() - 1) + "  (" + source.getKey() + ")");
            }
        }

        assertThat(keys).as("import problem keys found").hasSizeGreaterThan(10);
        assertThat(keys).allSatisfy(MessagesTest::assertKnown);
    }

    @Test
    void every_survey_definition_problem_key_exists() {
        var keys = new TreeSet<String>();
        for (var source : sources.entrySet()) {
            var calls = new ArrayList<>(allArguments(source.getValue(), "DefinitionProblem.of("));
            calls.addAll(allArguments(source.getValue(), " problem("));
            for (String arguments : calls) {
                var split = splitTopLevel(arguments);
                String key = split.get(1).strip();
                if (key.equals("key") || key.equals("String key")) {
                    continue; // the helper that forwards a key checked at its own call sites
                }
                assertThat(key).as("message key of DefinitionProblem in " + source.getKey()).matches("\"[^\"]+\"");
                keys.add(key.substring(1, key.length() - 1) + "  (" + source.getKey() + ")");
            }
        }

        assertThat(keys).as("definition problem keys found").hasSizeGreaterThan(15);
        assertThat(keys).allSatisfy(MessagesTest::assertKnown);
    }

    @Test
    void every_key_built_by_joining_text_uses_a_prefix_this_test_checks() {
        var prefixes = new TreeSet<String>();
        for (String source : sources.values()) {
            for (String argument : firstArguments(source, "getTranslation(")) {
                Matcher m = Pattern.compile("^\\s*\"([^\"]*)\"\\s*\\+").matcher(argument);
                if (m.find()) {
                    prefixes.add(m.group(1));
                }
            }
        }

        assertThat(prefixes).as("add the new values to joined_keys_exist_for_every_value()")
                .isSubsetOf("role.", "dashboard.role.", "frameworks.kind.", "members.secretKind.", "privacy.band.",
                        "privacy.", "accessibility.", "member.home.", "tellus.face.", "feedback.status.",
                        "safeguarding.outcome.", "tellus.notice.who", "tellus.notice.safe", "actions.status.",
                        "participation.type.", "participation.yearKind.", "actions.evidence.kind.",
                        "ballots.kind.", "ballots.state.", "ballots.threshold.", "meeting.state.", "vote.motion.",
                        "survey.status.", "survey.access.", "survey.access.explain.", "survey.kind.",
                        "survey.demographic.", "survey.option.fixed.", "evidence.motion.",
                        "evidence.motion.option.", "evidence.quote.from.", "tagging.source.", "tagging.placeKind.",
                        "tagging.origin.", "agreement.band.", "survey.publish.confirm.", "home.surveys.status.")
                .contains("role.", "privacy.");
    }

    @Test
    void joined_keys_exist_for_every_value() throws ReflectiveOperationException {
        var keys = new ArrayList<String>();
        for (String role : Roles.STAFF_ROLES) {
            keys.add("role." + role);
            keys.add("dashboard.role." + role);
        }
        keys.add("role." + Roles.MEMBER);
        for (NodeKind kind : NodeKind.values()) {
            keys.add("frameworks.kind." + kind.name());
        }
        for (org.youthvoice.survey.SurveyAccess access : org.youthvoice.survey.SurveyAccess.values()) {
            keys.add("survey.publish.confirm." + access.name());
        }
        for (org.youthvoice.survey.SurveyStatus status : org.youthvoice.survey.SurveyStatus.values()) {
            keys.add("home.surveys.status." + status.name());
        }
        for (SecretKind kind : SecretKind.values()) {
            keys.add("members.secretKind." + kind.name());
        }
        for (org.youthvoice.safeguarding.Outcome outcome : org.youthvoice.safeguarding.Outcome.values()) {
            keys.add("safeguarding.outcome." + outcome.name());
        }
        for (org.youthvoice.safeguarding.Category category : org.youthvoice.safeguarding.Category.values()) {
            keys.add(category.messageKey());
        }
        for (org.youthvoice.safeguarding.Severity severity : org.youthvoice.safeguarding.Severity.values()) {
            keys.add(severity.messageKey());
        }
        for (org.youthvoice.people.AgeBand band : org.youthvoice.people.AgeBand.values()) {
            keys.add("tellus.notice.who." + band.name());
            keys.add("tellus.notice.safe." + band.name());
        }
        for (org.youthvoice.actions.ActionStatus status : org.youthvoice.actions.ActionStatus.values()) {
            keys.add("actions.status." + status.name());
        }
        for (org.youthvoice.voting.BallotKind kind : org.youthvoice.voting.BallotKind.values()) {
            keys.add("ballots.kind." + kind.name());
        }
        for (org.youthvoice.voting.BallotState state : org.youthvoice.voting.BallotState.values()) {
            keys.add("ballots.state." + state.name());
            keys.add("meeting.state." + state.name());
        }
        for (org.youthvoice.voting.PassThreshold threshold : org.youthvoice.voting.PassThreshold.values()) {
            keys.add("ballots.threshold." + threshold.name());
        }
        for (org.youthvoice.voting.internal.MotionChoice choice : org.youthvoice.voting.internal.MotionChoice.values()) {
            keys.add("vote.motion." + choice.name());
        }
        for (org.youthvoice.participation.internal.EventType type : org.youthvoice.participation.internal.EventType.values()) {
            keys.add("participation.type." + type.name());
        }
        for (org.youthvoice.participation.internal.YearKind kind : org.youthvoice.participation.internal.YearKind.values()) {
            keys.add("participation.yearKind." + kind.name());
        }
        for (String kind : new String[] {"FEEDBACK", "PARTICIPATION", "SURVEY_QUESTION", "BALLOT"}) {
            keys.add("actions.evidence.kind." + kind);
        }
        for (String kind : new String[] {"FEEDBACK", "SURVEY_ANSWER"}) {
            keys.add("tagging.source." + kind);
        }
        for (String kind : new String[] {"SURVEY", "CHANNEL"}) {
            keys.add("tagging.placeKind." + kind);
        }
        for (String origin : new String[] {"QUESTION", "OFFICER", "RULE", "SUGGESTION"}) {
            keys.add("tagging.origin." + origin);
        }
        for (org.youthvoice.insight.internal.Kappa.Band band : org.youthvoice.insight.internal.Kappa.Band.values()) {
            keys.add("agreement.band." + band.name());
        }
        for (org.youthvoice.survey.SurveyStatus status : org.youthvoice.survey.SurveyStatus.values()) {
            keys.add("survey.status." + status.name());
        }
        for (org.youthvoice.survey.SurveyAccess access : org.youthvoice.survey.SurveyAccess.values()) {
            keys.add("survey.access." + access.name());
            keys.add("survey.access.explain." + access.name());
        }
        for (org.youthvoice.survey.QuestionKind kind : org.youthvoice.survey.QuestionKind.values()) {
            keys.add("survey.kind." + kind.name());
        }
        for (org.youthvoice.survey.Demographic demographic : org.youthvoice.survey.Demographic.values()) {
            keys.add("survey.demographic." + demographic.name());
        }
        for (String option : org.youthvoice.survey.QuestionKind.YES_NO_NOT_SURE.fixedOptionKeys()) {
            keys.add("survey.option.fixed." + option);
        }
        for (String face : org.youthvoice.survey.QuestionKind.FACE_SCALE.fixedOptionKeys()) {
            keys.add("tellus.face." + face);
        }
        for (int face = 1; face <= 5; face++) {
            keys.add("tellus.face." + face);
        }
        for (String outcome : new String[] {"PASSED", "FAILED", "NO_QUORUM"}) {
            keys.add("evidence.motion." + outcome);
        }
        for (String option : new String[] {"YES", "NO", "ABSTAIN"}) {
            keys.add("evidence.motion.option." + option);
        }
        for (String source : new String[] {"FEEDBACK", "SURVEY_ANSWER"}) {
            keys.add("evidence.quote.from." + source);
        }
        for (org.youthvoice.feedback.FeedbackStatus status : org.youthvoice.feedback.FeedbackStatus.values()) {
            keys.add("feedback.status." + status.name());
        }
        for (String part : staticList("org.youthvoice.help.web.HelpPages", "ACCESSIBILITY_PARTS")) {
            keys.add("accessibility." + part + ".title");
            keys.add("accessibility." + part + ".text");
        }
        assertThat(keys).allSatisfy(MessagesTest::assertKnown);
    }

    @Test
    void privacy_information_has_every_paragraph_it_counts_for_every_age_band() throws ReflectiveOperationException {
        List<String> bands = privacyBands();

        assertThat(bands).contains("8-11", "11-17", "16-25", "adults");
        for (String band : bands) {
            assertKnown("privacy.band." + band);
            assertKnown("privacy." + band + ".count");
            int count = Integer.parseInt(messages.getProperty("privacy." + band + ".count").strip());
            assertThat(count).as("paragraphs for " + band).isPositive();
            for (int i = 1; i <= count; i++) {
                assertKnown("privacy." + band + "." + i);
            }
            assertThat(messages.getProperty("privacy." + band + "." + (count + 1)))
                    .as("a paragraph after the counted ones is never shown: raise privacy." + band + ".count").isNull();
        }
    }

    @Test
    void messages_with_placeholders_keep_their_apostrophes_when_formatted() {
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            // Messages with number or plural formats ("{1,choice,1#1 vote|1<{1,number,integer} votes}") are checked
            // with numbers below.
            if (!text.matches("(?s).*\\{\\d}.*") || text.matches("(?s).*\\{\\d,.*")) {
                continue;
            }
            String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {"A", "B", "C", "D"});
            String expected = text.replace("{0}", "A").replace("{1}", "B").replace("{2}", "C").replace("{3}", "D")
                    .replace("'{'", "{").replace("'}'", "}").replace("''", "'");
            assertThat(formatted).as("message " + key + " (write ' as '' in messages with {0})").isEqualTo(expected);
        }
    }

    @Test
    void messages_with_number_or_plural_formats_format_numbers_and_say_one_and_many() {
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (!text.contains(",choice,") && !text.contains(",number,integer}")) {
                continue;
            }
            for (long n : new long[] {0, 1, 2, 8980}) {
                Object[] args = {n, n, n, n};
                String formatted = new MessageFormat(text, Locale.ENGLISH).format(args);
                assertThat(formatted).as("message " + key + " with " + n).doesNotContain("{").doesNotContain("}")
                        .doesNotContain("8980").doesNotContain(" 1 votes").doesNotContain(" 1 ballots")
                        .doesNotContain(" 1 paper ballots");
            }
        }
        assertThat(new MessageFormat(messages.getProperty("voting.result.tie"), Locale.ENGLISH)
                .format(new Object[] {"Zoo and Beach", 1L})).isEqualTo(
                        "It is a tie: Zoo and Beach each got 1 vote. The officer decides what happens next.");
        assertThat(new MessageFormat(messages.getProperty("voting.turnout"), Locale.ENGLISH)
                .format(new Object[] {1332L, 8980L})).isEqualTo("1,332 of 8,980 people voted.");
    }

    @Test
    void no_key_is_given_twice() throws IOException {
        // Properties keep the last of two: a reworded message could silently lose to an old copy further down.
        var seen = new java.util.HashSet<String>();
        var twice = new TreeSet<String>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            Matcher m = Pattern.compile("^([A-Za-z0-9_.-]+)=").matcher(line);
            if (m.find() && !seen.add(m.group(1))) {
                twice.add(m.group(1));
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void no_message_is_empty() {
        assertThat(messages.stringPropertyNames()).hasSizeGreaterThan(100)
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    private static void assertKnown(String keyWithPlace) {
        String key = keyWithPlace.split("  \\(")[0];
        assertThat(messages.getProperty(key)).as("message key " + keyWithPlace + " in " + BUNDLE).isNotNull();
    }

    /** String literals in an argument that are whole keys (not the start or end of a joined key). */
    private static List<String> literalKeys(String argument) {
        var keys = new ArrayList<String>();
        Matcher m = LITERAL.matcher(argument);
        while (m.find()) {
            String before = argument.substring(0, m.start()).stripTrailing();
            String after = argument.substring(m.end()).stripLeading();
            if (!before.endsWith("+") && !after.startsWith("+")) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static List<String> firstArguments(String source, String call) {
        return allArguments(source, call).stream().map(a -> splitTopLevel(a).getFirst()).toList();
    }

    /** The text between the parentheses of each call, nested parentheses and string literals respected. */
    private static List<String> allArguments(String source, String call) {
        var result = new ArrayList<String>();
        int from = 0;
        while ((from = source.indexOf(call, from)) >= 0) {
            if (from > 0 && Character.isJavaIdentifierPart(source.charAt(from - 1)) && !call.startsWith("new ")) {
                from += call.length();
                continue;
            }
            int start = from + call.length();
            int depth = 1;
            int i = start;
            for (; i < source.length() && depth > 0; i++) {
                char c = source.charAt(i);
                if (c == '"') {
                    i = endOfLiteral(source, i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            result.add(source.substring(start, i - 1));
            from = i;
        }
        return result;
    }

    private static List<String> splitTopLevel(String arguments) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '"') {
                i = endOfLiteral(arguments, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(arguments.substring(start));
        return parts;
    }

    private static int endOfLiteral(String text, int openingQuote) {
        int i = openingQuote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static Set<String> matches(Pattern pattern) {
        var found = new TreeSet<String>();
        for (String file : sources.keySet()) {
            found.addAll(matches(file, pattern));
        }
        return found;
    }

    private static Set<String> matches(String file, Pattern pattern) {
        String source = sources.get(file.replace('/', java.io.File.separatorChar));
        assertThat(source).as(file).isNotNull();
        var found = new TreeSet<String>();
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> stringArray(String file) {
        var arrays = matches(file, Pattern.compile("new String\\[]\\s*\\{([^}]*)}"));
        assertThat(arrays).as("a String[] of parts in " + file).hasSize(1);
        var parts = new ArrayList<String>();
        Matcher m = LITERAL.matcher(arrays.iterator().next());
        while (m.find()) {
            parts.add(m.group(1));
        }
        assertThat(parts).isNotEmpty();
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> privacyBands() throws ReflectiveOperationException {
        return staticList("org.youthvoice.help.web.HelpPages", "BANDS");
    }

    @SuppressWarnings("unchecked")
    private static List<String> staticList(String type, String name) throws ReflectiveOperationException {
        Field field = Class.forName(type).getDeclaredField(name);
        field.setAccessible(true);
        return (List<String>) field.get(null);
    }
}

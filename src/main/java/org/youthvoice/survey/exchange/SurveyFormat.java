package org.youthvoice.survey.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.DefinitionProblem;
import org.youthvoice.survey.Demographic;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.internal.SurveyDefinitionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON file councils share surveys in (described for people in {@code docs/survey-format.md}). Writing gives the
 * same text for the same survey every time. Reading refuses a file whole and says every place that is wrong and why:
 * the file's own shape first (a JSON path and its line), then every rule a survey keeps, placed in the file too.
 */
public final class SurveyFormat {

    public static final String FORMAT = "youth-voice-survey";
    /** The newest format this reader understands; a reader reads every version up to its own. */
    public static final int VERSION = 1;
    /** A survey is a few tens of kilobytes; anything far bigger is not a survey file. */
    public static final int MAX_CHARACTERS = 2_000_000;

    static final List<String> ENVELOPE_FIELDS = List.of("format", "formatVersion", "description", "survey");
    static final List<String> SURVEY_FIELDS = List.of("title", "intro", "thankYou", "versions", "questions",
            "translations");
    static final List<String> VERSION_FIELDS = List.of("key", "label", "ageBand", "assisted", "intro", "questions");
    static final List<String> ITEM_FIELDS = List.of("question", "section");
    static final List<String> QUESTION_FIELDS = List.of("key", "kind", "text", "help", "picture", "optional",
            "maxLength", "lowLabel", "highLabel", "demographic", "showIf", "options", "tags");
    static final List<String> SHOW_IF_FIELDS = List.of("question", "options");
    static final List<String> OPTION_FIELDS = List.of("key", "label", "picture");

    private static final Pattern ASKING = Pattern.compile("survey\\.versions(\\[\\d+](\\.questions.*)?)?");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** A survey read from a file, with the file's note on what it is for (not part of the survey, not stored). */
    public record Read(SurveyDefinition survey, @Nullable String description) {
    }

    private SurveyFormat() {
    }

    /** The survey as a file: fields in a fixed order, translations sorted, nothing left out but empty values. */
    public static String write(SurveyDefinition survey) {
        return write(survey, null);
    }

    public static String write(SurveyDefinition survey, @Nullable String description) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("format", FORMAT);
        file.put("formatVersion", VERSION);
        putIfPresent(file, "description", description);
        ObjectNode s = file.putObject("survey");
        s.put("title", survey.title());
        putIfPresent(s, "intro", survey.intro());
        putIfPresent(s, "thankYou", survey.thankYou());
        ArrayNode versions = s.putArray("versions");
        for (var v : survey.versions()) {
            ObjectNode version = versions.addObject();
            version.put("key", v.key());
            version.put("label", v.label());
            putIfPresent(version, "ageBand", v.ageBand() == null ? null : v.ageBand().name());
            version.put("assisted", v.assisted());
            putIfPresent(version, "intro", v.intro());
            ArrayNode items = version.putArray("questions");
            for (var item : v.items()) {
                ObjectNode i = items.addObject();
                i.put("question", item.question());
                putIfPresent(i, "section", item.section());
            }
        }
        ArrayNode questions = s.putArray("questions");
        for (var q : survey.questions()) {
            ObjectNode question = questions.addObject();
            question.put("key", q.key());
            question.put("kind", q.kind().name());
            question.put("text", q.text());
            putIfPresent(question, "help", q.help());
            putIfPresent(question, "picture", q.picture());
            question.put("optional", q.optional());
            if (q.maxLength() != null) {
                question.put("maxLength", q.maxLength().intValue());
            }
            putIfPresent(question, "lowLabel", q.lowLabel());
            putIfPresent(question, "highLabel", q.highLabel());
            putIfPresent(question, "demographic", q.demographic() == null ? null : q.demographic().name());
            var showIf = q.showIf();
            if (showIf != null) {
                ObjectNode rule = question.putObject("showIf");
                rule.put("question", showIf.question());
                ArrayNode options = rule.putArray("options");
                showIf.options().forEach(options::add);
            }
            if (!q.options().isEmpty()) {
                ArrayNode options = question.putArray("options");
                for (var o : q.options()) {
                    ObjectNode option = options.addObject();
                    option.put("key", o.key());
                    option.put("label", o.label());
                    putIfPresent(option, "picture", o.picture());
                }
            }
            if (!q.tags().isEmpty()) {
                ArrayNode tags = question.putArray("tags");
                q.tags().forEach(tags::add);
            }
        }
        if (!survey.translations().isEmpty()) {
            ObjectNode translations = s.putObject("translations");
            new TreeMap<>(survey.translations()).forEach((language, texts) -> {
                ObjectNode words = translations.putObject(language);
                new TreeMap<>(texts).forEach(words::put);
            });
        }
        return WRITER.writeValueAsString(file) + "\n";
    }

    /**
     * Reads a whole file. Nothing is returned unless the file and the survey in it are both right.
     *
     * @param rules the rules a survey keeps (SurveyService.problems(survey, true)); their problems, at places such as
     *        {@code questions[3].kind}, are placed in the file like the file's own
     * @throws SurveyDefinitionException with every problem, in file order; each problem's {@code where} is a JSON path
     *         and its line, e.g. {@code survey.questions[3].kind (line 42)}, or {@code line 3, column 17} where the
     *         JSON itself is broken
     */
    public static Read read(String json, Function<SurveyDefinition, List<DefinitionProblem>> rules) {
        return new Reading().read(json, rules);
    }

    private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** One read of one file: what was found wrong, and where each value starts. */
    private static final class Reading {

        private record Place(int line, int column) {
        }

        private record Found(String path, @Nullable Place place, boolean showColumn, String key,
                List<String> arguments) {
        }

        private final Map<String, Place> places = new HashMap<>();
        private final List<Found> problems = new ArrayList<>();
        /** Parts of the file already reported as wrong: the survey rules are not asked about them again. */
        private final Set<String> tainted = new HashSet<>();

        Read read(String json, Function<SurveyDefinition, List<DefinitionProblem>> rules) {
            if (json.length() > MAX_CHARACTERS) {
                problem("", "survey.file.tooBig", MAX_CHARACTERS / 1_000_000);
                throw refused();
            }
            if (!scan(json)) {
                throw refused();
            }
            JsonNode root = MAPPER.readTree(json);
            if (!envelope(root)) {
                throw refused();
            }
            var file = new Fields(root, "", ENVELOPE_FIELDS);
            String description = file.text("description");
            var surveyNode = file.get("survey");
            if (surveyNode == null) {
                problem("survey", "survey.file.missingField", "survey");
                throw refused();
            }
            if (!surveyNode.isObject()) {
                problem("survey", "survey.file.notObject");
                throw refused();
            }
            var survey = survey(new Fields(surveyNode, "survey", SURVEY_FIELDS));
            // A version whose list of questions could not be read may ask any question: "not asked" would guess.
            boolean versionsBroken = tainted.stream().anyMatch(t -> ASKING.matcher(t).matches());
            for (var p : rules.apply(survey)) {
                String path = "survey." + p.where();
                if (isTainted(path) || versionsBroken && p.messageKey().equals("survey.problem.notAsked")) {
                    continue;
                }
                problems.add(new Found(path, placeOf(path), false, p.messageKey(), p.arguments()));
            }
            if (!problems.isEmpty()) {
                throw refused();
            }
            return new Read(survey, description);
        }

        /** Reads through the tokens once: is it JSON at all, are names given twice, and where does each value start. */
        private boolean scan(String json) {
            try (JsonParser parser = MAPPER.createParser(json)) {
                if (parser.nextToken() == null) {
                    problem("", "survey.file.empty");
                    return false;
                }
                value(parser, "");
                if (parser.nextToken() != null) {
                    problems.add(new Found("", place(parser.currentTokenLocation()), true, "survey.file.trailing",
                            List.of()));
                    return false;
                }
                return true;
            } catch (JacksonException e) {
                malformed(e.getLocation(), e);
                return false;
            }
        }

        private void value(JsonParser parser, String path) {
            places.put(path, place(parser.currentTokenLocation()));
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                Set<String> names = new HashSet<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    String child = join(path, name);
                    parser.nextToken();
                    if (!names.add(name)) {
                        problems.add(new Found(child, place(parser.currentTokenLocation()), false,
                                "survey.file.duplicateField", List.of(name)));
                    }
                    value(parser, child);
                }
            } else if (parser.currentToken() == JsonToken.START_ARRAY) {
                int i = 0;
                for (var t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    value(parser, path + "[" + i++ + "]");
                }
            }
        }

        private void malformed(@Nullable TokenStreamLocation at, JacksonException e) {
            var place = at == null || at.getLineNr() < 1 ? null : place(at);
            var words = plainWords(e);
            problems.add(new Found("", place, true, words.getKey(), words.getValue()));
        }

        /** Is it our kind of file, in a version this reader knows? If not, nothing else in it is worth reporting. */
        private boolean envelope(JsonNode root) {
            if (!root.isObject()) {
                problem("", "survey.file.notSurveyFile");
                return false;
            }
            var format = root.get("format");
            if (format == null || !format.isString() || !format.stringValue().equals(FORMAT)) {
                problem("format", "survey.file.notSurveyFile");
                return false;
            }
            var version = root.get("formatVersion");
            if (version == null || version.isNull()) {
                problem("formatVersion", "survey.file.missingField", "formatVersion");
                return false;
            }
            if (!version.isIntegralNumber() || !version.canConvertToInt()) {
                problem("formatVersion", "survey.file.notWholeNumber");
                return false;
            }
            if (version.intValue() > VERSION) {
                problem("formatVersion", "survey.file.newerVersion", version.intValue(), VERSION);
                return false;
            }
            if (version.intValue() < 1) {
                problem("formatVersion", "survey.file.badVersion", version.intValue());
                return false;
            }
            return true;
        }

        private SurveyDefinition survey(Fields s) {
            String title = s.requiredText("title");
            String intro = s.text("intro");
            String thankYou = s.text("thankYou");
            var questions = s.objects("questions", QUESTION_FIELDS).stream()
                    .map(q -> q == null ? placeholderQuestion() : question(q)).toList();
            var versions = s.objects("versions", VERSION_FIELDS).stream()
                    .map(v -> v == null ? new VersionDefinition("", "", null, false, null, List.of()) : version(v))
                    .toList();
            Map<String, Map<String, String>> translations = new LinkedHashMap<>();
            var all = s.get("translations");
            if (all != null && !all.isObject()) {
                problem(s.path("translations"), "survey.file.notObject");
                taint(s.path("translations"));
            } else if (all != null) {
                for (var language : all.properties()) {
                    String at = join(s.path("translations"), language.getKey());
                    if (!language.getValue().isObject()) {
                        problem(at, "survey.file.notObject");
                        taint(at);
                        continue;
                    }
                    Map<String, String> texts = new LinkedHashMap<>();
                    for (var text : language.getValue().properties()) {
                        if (text.getValue().isString()) {
                            texts.put(text.getKey(), text.getValue().stringValue());
                        } else {
                            problem(join(at, text.getKey()), "survey.file.notText");
                            taint(join(at, text.getKey()));
                        }
                    }
                    translations.put(language.getKey(), texts);
                }
            }
            return new SurveyDefinition(title, intro, thankYou, versions, questions, translations);
        }

        private VersionDefinition version(Fields v) {
            String key = v.requiredKey("key");
            String label = v.requiredText("label");
            AgeBand ageBand = v.choice("ageBand", AgeBand.class);
            boolean assisted = v.bool("assisted");
            String intro = v.text("intro");
            var items = v.objects("questions", ITEM_FIELDS).stream().map(item -> {
                if (item == null) {
                    return new VersionItem("", null);
                }
                return new VersionItem(item.requiredKey("question"), item.text("section"));
            }).toList();
            return new VersionDefinition(key, label, ageBand, assisted, intro, items);
        }

        private QuestionDefinition question(Fields q) {
            String key = q.requiredKey("key");
            QuestionKind kind = q.choice("kind", QuestionKind.class);
            String text = q.requiredText("text");
            String help = q.text("help");
            String picture = q.text("picture");
            boolean optional = q.bool("optional");
            Integer maxLength = q.wholeNumber("maxLength");
            String lowLabel = q.text("lowLabel");
            String highLabel = q.text("highLabel");
            Demographic demographic = q.choice("demographic", Demographic.class);
            ShowIf showIf = null;
            var rule = q.object("showIf", SHOW_IF_FIELDS);
            if (rule != null) {
                String on = rule.requiredKey("question");
                var answers = rule.texts("options", true);
                showIf = rule.wrong ? null : new ShowIf(on, answers);
            }
            var options = (q.has("options") ? q.objects("options", OPTION_FIELDS) : List.<@Nullable Fields>of())
                    .stream()
                    .map(o -> o == null ? new OptionDefinition("", "", null)
                            : new OptionDefinition(o.requiredKey("key"), o.requiredText("label"), o.text("picture")))
                    .toList();
            var tags = q.texts("tags", false);
            if (kind == null) {
                if (!q.has("kind")) {
                    problem(q.path("kind"), "survey.file.missingField", "kind");
                }
                // Kept, so versions that ask it still find it; the rules say nothing more about it.
                taint(q.path);
                kind = options.isEmpty() ? QuestionKind.FREE_TEXT : QuestionKind.SINGLE_CHOICE;
            }
            return new QuestionDefinition(key, kind, text, help, picture, optional, maxLength, lowLabel, highLabel,
                    demographic, showIf, options, tags);
        }

        /**
         * Stands in for a question entry that is not a JSON object (already reported as a problem), so the rest of the
         * file is still checked and every problem is listed at once; such a file is never saved.
         */
        private static QuestionDefinition placeholderQuestion() {
            return new QuestionDefinition("", QuestionKind.FREE_TEXT, "", null, null, false, null, null, null, null,
                    null, List.of(), List.of());
        }

        /** The fields of one JSON object: unknown names are reported as the object is opened. */
        private final class Fields {

            private final JsonNode node;
            private final String path;
            private final List<String> known;
            /** Something in this object was wrong. */
            private boolean wrong;

            Fields(JsonNode node, String path, List<String> known) {
                this.node = node;
                this.path = path;
                this.known = known;
                for (String name : node.propertyNames()) {
                    if (!known.contains(name)) {
                        problem(path(name), "survey.file.unknownField", name, String.join(", ", known));
                    }
                }
            }

            String path(String name) {
                return join(path, name);
            }

            boolean has(String name) {
                return get(name) != null;
            }

            /** A field's value; JSON null counts as not given. */
            @Nullable JsonNode get(String name) {
                var value = node.get(name);
                return value == null || value.isNull() ? null : value;
            }

            @Nullable String text(String name) {
                var value = get(name);
                if (value == null) {
                    return null;
                }
                if (!value.isString()) {
                    problem(path(name), "survey.file.notText");
                    wrong(path(name));
                    return "";
                }
                return value.stringValue();
            }

            /** Text that must be given; when it is not, the survey rules report it (as they would on screen). */
            String requiredText(String name) {
                String value = text(name);
                return value == null ? "" : value;
            }

            /** A key that names this object: without it, nothing else the rules could say about the object helps. */
            String requiredKey(String name) {
                var value = get(name);
                if (value == null || !value.isString()) {
                    if (value == null) {
                        problem(path(name), "survey.file.missingField", name);
                    } else {
                        problem(path(name), "survey.file.notText");
                    }
                    wrong(path);
                    return "";
                }
                return value.stringValue();
            }

            boolean bool(String name) {
                var value = get(name);
                if (value == null) {
                    return false;
                }
                if (!value.isBoolean()) {
                    problem(path(name), "survey.file.notTrueOrFalse");
                    wrong(path(name));
                    return false;
                }
                return value.booleanValue();
            }

            @Nullable Integer wholeNumber(String name) {
                var value = get(name);
                if (value == null) {
                    return null;
                }
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    problem(path(name), "survey.file.notWholeNumber");
                    wrong(path(name));
                    return null;
                }
                return value.intValue();
            }

            <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
                var value = get(name);
                if (value == null) {
                    return null;
                }
                if (value.isString()) {
                    for (E constant : type.getEnumConstants()) {
                        if (constant.name().equals(value.stringValue())) {
                            return constant;
                        }
                    }
                }
                problem(path(name), "survey.file.unknownValue", value.isString() ? value.stringValue() : value,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                wrong(path(name));
                return null;
            }

            /** An object, or null when not given or not an object (which is reported). */
            @Nullable Fields object(String name, List<String> fields) {
                var value = get(name);
                if (value == null) {
                    return null;
                }
                if (!value.isObject()) {
                    problem(path(name), "survey.file.notObject");
                    wrong(path(name));
                    return null;
                }
                return new Fields(value, path(name), fields);
            }

            /** A list of objects. Entries that are not objects are reported and stand as null, so places match. */
            List<@Nullable Fields> objects(String name, List<String> fields) {
                var value = get(name);
                if (value == null) {
                    problem(path(name), "survey.file.missingField", name);
                    wrong(path(name));
                    return List.of();
                }
                if (!value.isArray()) {
                    problem(path(name), "survey.file.notList");
                    wrong(path(name));
                    return List.of();
                }
                var list = new ArrayList<@Nullable Fields>();
                for (int i = 0; i < value.size(); i++) {
                    String at = path(name) + "[" + i + "]";
                    if (value.get(i).isObject()) {
                        list.add(new Fields(value.get(i), at, fields));
                    } else {
                        problem(at, "survey.file.notObject");
                        wrong(at);
                        list.add(null);
                    }
                }
                return list;
            }

            List<String> texts(String name, boolean required) {
                var value = get(name);
                if (value == null) {
                    if (required) {
                        problem(path(name), "survey.file.missingField", name);
                        wrong(path(name));
                    }
                    return List.of();
                }
                if (!value.isArray()) {
                    problem(path(name), "survey.file.notList");
                    wrong(path(name));
                    return List.of();
                }
                var list = new ArrayList<String>();
                for (int i = 0; i < value.size(); i++) {
                    String at = path(name) + "[" + i + "]";
                    if (value.get(i).isString()) {
                        list.add(value.get(i).stringValue());
                    } else {
                        problem(at, "survey.file.notText");
                        wrong(at);
                        list.add("");
                    }
                }
                return list;
            }

            private void wrong(String at) {
                wrong = true;
                taint(at);
            }
        }

        private void taint(String path) {
            tainted.add(path);
        }

        private boolean isTainted(String path) {
            for (String t : tainted) {
                if (path.equals(t) || path.startsWith(t + ".") || path.startsWith(t + "[")) {
                    return true;
                }
            }
            return false;
        }

        private void problem(String where, String key, Object... arguments) {
            problems.add(new Found(where, placeOf(where), false, key,
                    Arrays.stream(arguments).map(String::valueOf).toList()));
        }

        /** Where a path starts in the file, or the nearest enclosing value that is there. */
        private @Nullable Place placeOf(String path) {
            String at = path;
            while (true) {
                var place = places.get(at);
                if (place != null || at.isEmpty()) {
                    return place;
                }
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                at = cut < 0 ? "" : at.substring(0, cut);
            }
        }

        private SurveyDefinitionException refused() {
            var sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(f -> f.place() == null ? Integer.MAX_VALUE : f.place().line()));
            return new SurveyDefinitionException(sorted.stream().map(Reading::toProblem).toList());
        }

        private static DefinitionProblem toProblem(Found found) {
            var place = found.place();
            String where;
            if (found.showColumn()) {
                where = place == null ? "" : "line " + place.line() + ", column " + place.column();
            } else if (place == null) {
                where = found.path();
            } else {
                where = (found.path().isEmpty() ? "" : found.path() + " ") + "(line " + place.line() + ")";
            }
            return new DefinitionProblem(where, found.key(), found.arguments());
        }

        private static Place place(TokenStreamLocation at) {
            return new Place(at.getLineNr(), at.getColumnNr());
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code");
        private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.{1,40}?)'");

        /**
         * What is wrong with a file that is not JSON, in plain words (a {@code survey.file.malformed.*} key and its
         * arguments): never the parser's own message, which names its internals ("StreamReadConstraints...").
         */
        static Map.Entry<String, List<String>> plainWords(JacksonException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (e instanceof StreamConstraintsException) {
                return Map.entry(message.contains("nesting depth") ? "survey.file.malformed.tooDeep"
                        : "survey.file.malformed.tooLong", List.of());
            }
            if (e instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
                return Map.entry("survey.file.malformed.endsEarly", List.of());
            }
            var character = CHARACTER.matcher(message);
            if (character.find()) {
                return Map.entry("survey.file.malformed.character", List.of(character.group(1)));
            }
            var token = TOKEN.matcher(message);
            if (token.find()) {
                return Map.entry("survey.file.malformed.word", List.of(token.group(1)));
            }
            if (message.startsWith("Illegal unquoted character") || message.contains("control character")) {
                return Map.entry("survey.file.malformed.lineBreak", List.of());
            }
            if (message.startsWith("Unexpected close marker")) {
                return Map.entry("survey.file.malformed.closing", List.of());
            }
            return Map.entry("survey.file.malformed.other", List.of());
        }
    }
}

package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every message a young person sees reads at their age: Flesch-Kincaid grade 5 at most (3 for ages 4 to 7, 7 for
 * care leavers aged 16 to 25). The grade is a rough measure of long sentences and long words; it cannot tell whether
 * a word is familiar, so the words are still chosen by a person (see docs/design-decisions/0019-reading-age.md).
 */
class ReadingAgeTest {

    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    private static final Path BUNDLE = Path.of("src", "main", "resources", "vaadin-i18n", "translations.properties");
    /** Where the figures of the last run are written, for the design note. */
    private static final Path REPORT = Path.of("target", "reading-age.txt");

    /** Keys young people see today on screens that are not (yet) jte templates, and words for the 4-7 version. */
    private static final List<String> YOUNG_PREFIXES = List.of("app.", "young.", "welcome.", "login.", "notFound.",
            "system.", "help.", "privacy.", "accessibility.", "member.home.", "survey.take.", "little.", "tellus.",
            "vote.", "meeting.", "city.", "results.", "ysd.", "poster.");
    /** Staff screens' words that share a young prefix: the help lines editor, setting up a city-wide vote, results. */
    private static final List<String> STAFF_PREFIXES = List.of("help.error.", "city.error.groups",
            "city.error.groupName", "city.error.groupTwice", "city.error.eligible", "city.new", "city.label",
            "city.intro.officer", "city.ranked", "city.topics", "city.groups", "city.group.name", "city.link",
            "city.eligible", "city.voted", "city.byGroup", "city.fewerThan", "results.title", "results.intro",
            "results.back", "results.filter.", "results.responses", "results.compared", "results.question",
            "results.answered", "results.texts", "results.mean", "results.thisRound", "results.earlierRound",
            "results.tableCaption", "results.col.", "results.benchmarks", "results.tieRule.", "results.allHidden",
            "results.combined.", "results.or", "results.waiting", "system.databaseDown");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("page\\.t\\(\\s*\"([^\"]+)\"\\s*([+,)])");
    /** tellus.notice.who.AGE_4_7: one of the notices for an age band. */
    private static final Pattern BAND_KEY = Pattern.compile("^(.*?)\\.[^.]+\\.(AGE_\\w+)$");

    private static final Properties messages = new Properties();
    /** Template name to the keys it shows. */
    private static final Map<String, Set<String>> templates = new TreeMap<>();
    /** Every key a young person sees, to its grade limit. */
    private static final Map<String, Double> young = new TreeMap<>();
    /** The keys found by prefix; they are grouped into pages by their parent key. */
    private static final Set<String> byPrefix = new TreeSet<>();

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        var keys = new TreeSet<>(messages.stringPropertyNames());
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).sorted().toList()) {
                var shown = new TreeSet<String>();
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (m.group(2).equals("+")) {
                        // page.t("privacy.band." + band): every key it can be
                        keys.stream().filter(k -> k.startsWith(key)).forEach(shown::add);
                    } else {
                        shown.add(key);
                    }
                }
                // a key missing from the bundle is MessagesTest's to report
                shown.removeIf(k -> notWords(k) || !messages.containsKey(k));
                templates.put(TEMPLATES.relativize(file).toString().replace('\\', '/'), shown);
            }
        }
        for (String key : keys) {
            if (notWords(key)) {
                continue;
            }
            if (YOUNG_PREFIXES.stream().anyMatch(key::startsWith)
                    && STAFF_PREFIXES.stream().noneMatch(key::startsWith)) {
                byPrefix.add(key);
                young.put(key, limit(key));
            }
            if (templates.values().stream().anyMatch(shown -> shown.contains(key))) {
                young.put(key, limit(key));
            }
        }
    }

    /** A paragraph count is a number for the code, not words. */
    private static boolean notWords(String key) {
        return key.endsWith(".count");
    }

    static double limit(String key) {
        if (key.startsWith("privacy.4-7.") || key.startsWith("little.") || key.endsWith(".AGE_4_7")) {
            return 3;
        }
        if (key.startsWith("privacy.16-25.") || key.endsWith(".AGE_16_25")) {
            return 7;
        }
        if (key.startsWith("privacy.adults.") || key.startsWith("accessibility.")) {
            return 9; // for parents, carers and staff
        }
        return 5;
    }

    // ---------------------------------------------------------------- the counter and the formula, checked

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({"a, 1", "the, 1", "you, 1", "cat, 1", "tap, 1", "be, 1", "she, 1", "are, 1", "ago, 2",
            "safe, 1", "make, 1", "whole, 1", "while, 1", "there, 1", "here, 1", "one, 1", "voice, 1", "free, 1",
            "table, 2", "little, 2", "people, 2", "simple, 2", "able, 2", "tables, 2", "settled, 2", "handled, 2",
            "makes, 1", "types, 1", "rules, 1", "pages, 2", "places, 2", "changes, 2", "boxes, 2", "uses, 2",
            "voices, 2", "does, 1", "goes, 1", "tries, 1", "asked, 1", "closed, 1", "used, 1", "called, 1",
            "wanted, 2", "needed, 2", "deleted, 3", "worried, 2", "agreed, 2", "answered, 2", "aged, 1",
            "young, 1", "yes, 1", "your, 1", "every, 2", "everyone, 3", "someone, 2", "anyone, 3", "sometimes, 2",
            "something, 2", "nobody, 3", "anything, 3", "myself, 2", "player, 2", "saying, 2", "trying, 2",
            "being, 2", "going, 2", "doing, 2", "seeing, 2", "continue, 3", "continuing, 4", "issue, 2",
            "value, 2", "true, 1", "quiet, 2", "question, 2", "quite, 1", "equal, 2", "language, 2",
            "usually, 4", "actually, 4", "social, 2", "special, 2", "media, 3", "trial, 2", "period, 3",
            "priority, 4", "violence, 3", "information, 4", "participation, 5", "region, 2", "opinion, 3",
            "various, 3", "serious, 3", "anxious, 2", "behaviour, 3", "video, 3", "easier, 3", "safely, 2",
            "statement, 2", "placement, 2", "careful, 2", "useful, 2", "hopefully, 3", "homeless, 2",
            "because, 2", "before, 2", "council, 2", "services, 3", "anonymous, 4", "automatically, 6",
            "device, 2", "website, 2", "username, 3", "teacher, 2", "area, 3", "idea, 3", "create, 2",
            "business, 2", "safety, 2", "experience, 4", "audience, 3", "maybe, 2", "safeguarding, 3", "choose, 1",
            "favourite, 3", "e-mail, 2", "grown-up, 2", "council's, 2", "don't, 1", "you're, 1", "IP, 2", "UK, 2",
            "PDF, 3", "07700, 1", "ABCD-2345, 1", "16-25, 1", "X0, 1", "name@example.com, 1"})
    void syllables_are_counted_as_a_dictionary_splits_the_word(String word, int syllables) {
        assertThat(Syllables.of(word)).isEqualTo(syllables);
    }

    @Test
    void a_short_plain_sentence_is_below_the_first_grade() {
        var text = Reading.of("The cat sat on the mat.");

        assertThat(text.words()).isEqualTo(6);
        assertThat(text.sentences()).isEqualTo(1);
        assertThat(text.syllables()).isEqualTo(6);
        assertThat(text.grade()).isCloseTo(0.39 * 6 + 11.8 - 15.59, within(0.001));
    }

    @Test
    void long_sentences_and_long_words_raise_the_grade() {
        double plain = Reading.of("We read what you write. We do not ask your name.").grade();
        double hard = Reading.of("Participation officers read answers and use them in reports, only ever as "
                + "totals for groups of {0} or more, or as quotes with anything that could identify you taken out.")
                .grade();

        assertThat(plain).isLessThan(3);
        assertThat(hard).isGreaterThan(9);
    }

    @Test
    void placeholders_numbers_and_codes_are_one_short_word_each() {
        var text = Reading.of("Your code is {0}, like ABCD-2345. Call 0800 1111.");

        assertThat(text.words()).isEqualTo(9);
        assertThat(text.sentences()).isEqualTo(2);
        assertThat(text.syllables()).isEqualTo(9);
    }

    @Test
    void an_abbreviation_does_not_end_a_sentence() {
        assertThat(Reading.of("The (No. 2) rules, e.g. these. And those.").sentences()).isEqualTo(2);
    }

    @Test
    void apostrophes_in_messages_with_placeholders_are_read_as_one() {
        assertThat(Reading.of("the council''s plans, {0}").words()).isEqualTo(4);
        assertThat(Reading.of("the council''s plans, {0}").syllables()).isEqualTo(5);
    }

    // ---------------------------------------------------------------- the messages

    @Test
    void young_peoples_messages_are_found_in_templates_and_on_their_screens() {
        assertThat(templates).as("templates under " + TEMPLATES.toAbsolutePath()).containsKey("layout/young.jte");
        assertThat(young.keySet()).hasSizeGreaterThan(200)
                .contains("help.intro", "privacy.8-11.1", "privacy.11-17.1", "privacy.16-25.1", "tellus.notice.who",
                        "survey.take.notice.safe", "app.footer", "nav.privacy", "privacy.band.4-7", "little.thanks")
                .doesNotContain("helpLines.intro", "help.error.contact", "city.intro.officer", "privacy.4-7.count");
        assertThat(young.get("privacy.4-7.1")).isEqualTo(3);
        assertThat(young.get("tellus.notice.safe.AGE_4_7")).isEqualTo(3);
        assertThat(young.get("privacy.16-25.1")).isEqualTo(7);
        assertThat(young.get("help.intro")).isEqualTo(5);
    }

    @Test
    void the_assisted_version_for_ages_4_to_7_has_its_own_words() {
        assertThat(young.keySet()).contains("little.notice.who", "little.notice.safe", "little.intro.title",
                "little.skipHint", "little.thanks");
    }

    @Test
    void every_message_a_young_person_sees_reads_at_their_age() throws IOException {
        var tooHard = new ArrayList<String>();
        for (var entry : young.entrySet()) {
            var text = Reading.of(messages.getProperty(entry.getKey()));
            if (text.words() > 3 && text.grade() > entry.getValue()) {
                tooHard.add(describe(entry.getKey(), text, entry.getValue()) + "  "
                        + messages.getProperty(entry.getKey()));
            }
        }
        report();

        assertThat(tooHard).as("messages above their grade (key, grade, limit); figures in " + REPORT).isEmpty();
    }

    @Test
    void every_page_a_young_person_sees_reads_at_their_age() throws IOException {
        var tooHard = new ArrayList<String>();
        for (var page : pages().entrySet()) {
            var text = Reading.of(page.getValue().stream().map(messages::getProperty).toList());
            double limit = page.getValue().stream().mapToDouble(young::get).max().orElseThrow();
            if (text.words() > 3 && text.grade() > limit) {
                tooHard.add(describe(page.getKey(), text, limit));
            }
        }

        assertThat(tooHard).as("pages above their grade (page, grade, limit); figures in " + REPORT).isEmpty();
    }

    /**
     * Messages shown together: each template's, and each group of keys found by prefix that share a parent (a privacy
     * band, the notice before writing, a thank-you page); notices per age band are grouped by band. A page is held to
     * the most lenient limit of its keys (a 4-7 page may share button labels with the others); each message is still
     * held to its own.
     */
    private static Map<String, List<String>> pages() {
        var pages = new TreeMap<String, List<String>>();
        for (var template : templates.entrySet()) {
            pages.put(template.getKey(), List.copyOf(template.getValue()));
        }
        for (String key : byPrefix) {
            String page;
            Matcher band = BAND_KEY.matcher(key);
            if (band.matches()) {
                page = band.group(1) + ".*." + band.group(2);
            } else {
                page = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) + ".*" : key;
            }
            pages.computeIfAbsent(page, p -> new ArrayList<>()).add(key);
        }
        return pages;
    }

    private static String describe(String name, Reading text, double limit) {
        return String.format(Locale.ROOT, "%-34s grade %5.1f (limit %.0f; %d words, %d sentences, %d syllables)",
                name, text.grade(), limit, text.words(), text.sentences(), text.syllables());
    }

    /** The figures of every page and every long message, for the design note and for whoever rewrites a message. */
    private static void report() throws IOException {
        var lines = new ArrayList<String>();
        lines.add("Pages (messages shown together)");
        for (var page : pages().entrySet()) {
            var text = Reading.of(page.getValue().stream().map(messages::getProperty).toList());
            double limit = page.getValue().stream().mapToDouble(young::get).max().orElseThrow();
            lines.add(describe(page.getKey(), text, limit));
        }
        lines.add("");
        lines.add("Messages of more than three words");
        for (var entry : young.entrySet()) {
            var text = Reading.of(messages.getProperty(entry.getKey()));
            if (text.words() > 3) {
                lines.add(describe(entry.getKey(), text, entry.getValue()));
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- Flesch-Kincaid

    /** Words, sentences and syllables of one or more messages, and their Flesch-Kincaid grade. */
    record Reading(int words, int sentences, int syllables) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
        private static final Pattern ABBREVIATION =
                Pattern.compile("\\b(No|Mr|Mrs|Ms|Dr|St)\\.(?= \\w)|\\b(e\\.g|i\\.e)\\.");
        private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'\u201d\u2019)]*(\\s+|$)");

        static Reading of(String message) {
            return of(List.of(message));
        }

        /** Each message is at least one sentence: a heading or a button label ends where the message ends. */
        static Reading of(List<String> messages) {
            int words = 0;
            int sentences = 0;
            int syllables = 0;
            for (String message : messages) {
                String text = message;
                if (PLACEHOLDER.matcher(text).find()) {
                    // MessageFormat: a placeholder is one short word; '' is one apostrophe
                    text = PLACEHOLDER.matcher(text).replaceAll("X0").replace("''", "'");
                }
                // an abbreviation's full stop does not end a sentence: (No. 2), e.g. a phone
                text = ABBREVIATION.matcher(text).replaceAll(r -> r.group().replace(".", ""));
                for (String sentence : SENTENCE_END.split(text.strip())) {
                    int before = words;
                    for (String token : sentence.split("[\\s/\u2013\u2014]+")) {
                        String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                        if (!word.isEmpty()) {
                            words++;
                            syllables += Syllables.of(word);
                        }
                    }
                    if (words > before) {
                        sentences++;
                    }
                }
            }
            return new Reading(words, Math.max(sentences, 1), syllables);
        }

        double grade() {
            if (words == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }

    /**
     * English syllables by rule: vowel groups, less a silent final e (but not a consonant's -le), less the e of
     * -es and -ed where it is not heard, with the vowel pairs that are two sounds split, and a few exceptions.
     */
    static final class Syllables {

        private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(Map.entry("ago", 2),
                Map.entry("via", 2), Map.entry("area", 3), Map.entry("areas", 3), Map.entry("idea", 3),
                Map.entry("ideas", 3), Map.entry("create", 2), Map.entry("created", 3), Map.entry("creative", 3),
                Map.entry("react", 2), Map.entry("every", 2), Map.entry("business", 2), Map.entry("maybe", 2),
                Map.entry("evening", 2), Map.entry("poem", 2), Map.entry("poems", 2), Map.entry("science", 2),
                Map.entry("safeguard", 2), Map.entry("safeguarding", 3), Map.entry("recipe", 3),
                Map.entry("being", 2), Map.entry("safety", 2), Map.entry("any", 2), Map.entry("hundred", 2),
                Map.entry("whereabouts", 3));
        private static final List<String> COMPOUND_HEADS = List.of("some", "any", "every", "no");
        private static final Set<String> COMPOUND_TAILS = Set.of("one", "ones", "thing", "things", "body", "where",
                "time", "times", "how", "way");
        /** Suffixes after a silent e that stays silent: safe-ly, state-ment, care-ful. */
        private static final Map<String, Integer> SUFFIXES = Map.of("ments", 1, "ment", 1, "ly", 1, "fully", 2,
                "ful", 1, "less", 1, "ness", 1);

        static int of(String written) {
            if (written.matches(".*[\\d@].*")) {
                return 1; // numbers and codes
            }
            String word = written.replace('\u2019', '\'');
            if (word.length() >= 2 && word.matches("[A-Z]+")) {
                // initials said one by one: I-P, P-D-F
                return word.chars().map(c -> c == 'W' ? 3 : 1).sum();
            }
            word = word.toLowerCase(Locale.ROOT).replaceAll("'s$", "").replace("'", "");
            int total = 0;
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    total += count(part);
                }
            }
            return Math.max(total, 1);
        }

        private static int count(String word) {
            Integer known = EXCEPTIONS.get(word);
            if (known != null) {
                return known;
            }
            for (String head : COMPOUND_HEADS) {
                if (word.startsWith(head) && COMPOUND_TAILS.contains(word.substring(head.length()))) {
                    return count(head) + count(word.substring(head.length()));
                }
            }
            for (var suffix : SUFFIXES.entrySet()) {
                String stem = word.endsWith(suffix.getKey())
                        ? word.substring(0, word.length() - suffix.getKey().length()) : "";
                if (stem.length() >= 3 && stem.endsWith("e") && !isVowel(stem.charAt(stem.length() - 2))) {
                    return count(stem) + suffix.getValue();
                }
            }
            if (word.length() <= 3) {
                return 1;
            }
            return Math.max(vowelSounds(word), 1);
        }

        private static int vowelSounds(String w) {
            int n = w.length();
            boolean[] vowel = new boolean[n];
            for (int i = 0; i < n; i++) {
                char c = w.charAt(i);
                if (c == 'y') {
                    // a consonant at the start (young) and between vowels (player, beyond)
                    boolean betweenVowels = i > 0 && i + 1 < n && isVowel(w.charAt(i - 1)) && isVowel(w.charAt(i + 1));
                    vowel[i] = i > 0 && !betweenVowels;
                } else if (c == 'u' && i > 0 && w.charAt(i - 1) == 'q') {
                    vowel[i] = false; // qu: question, equal
                } else {
                    vowel[i] = isVowel(c);
                }
            }
            int groups = 0;
            for (int i = 0; i < n; i++) {
                if (vowel[i] && (i == 0 || !vowel[i - 1])) {
                    groups++;
                }
            }
            // vowel pairs that are two sounds
            groups += splits(w, vowel);
            // silent endings: an e that is a group of its own after a consonant
            boolean lastIsOwnE = n >= 2 && w.charAt(n - 1) == 'e' && !vowel[n - 2];
            if (lastIsOwnE && !consonantLe(w, n - 1)) {
                groups--;
            }
            if (n >= 3 && (w.endsWith("es") || w.endsWith("ed")) && !vowel[n - 3]) {
                char before = w.charAt(n - 3);
                boolean heard = w.endsWith("es")
                        ? "sxzcg".indexOf(before) >= 0 || w.endsWith("ches") || w.endsWith("shes")
                        : before == 't' || before == 'd';
                if (!heard && !consonantLe(w, n - 2)) {
                    groups--;
                }
            }
            // -ing after a vowel sound: be-ing, go-ing, try-ing
            if (n > 4 && w.endsWith("ing") && vowel[n - 4]) {
                groups++;
            }
            if (w.endsWith("ism")) {
                groups++;
            }
            return groups;
        }

        /** A consonant before -le at index e of the e: ta-ble, peo-ple, lit-tle (but not whi-le or ca-lled). */
        private static boolean consonantLe(String w, int e) {
            return e >= 2 && w.charAt(e - 1) == 'l' && !isVowel(w.charAt(e - 2)) && w.charAt(e - 2) != 'l'
                    && w.charAt(e - 2) != 'y';
        }

        private static int splits(String w, boolean[] vowel) {
            int extra = 0;
            for (int i = 0; i + 1 < w.length(); i++) {
                if (!vowel[i] || !vowel[i + 1]) {
                    continue;
                }
                char a = w.charAt(i);
                char b = w.charAt(i + 1);
                char before = i > 0 ? w.charAt(i - 1) : ' ';
                String rest = w.substring(i + 2);
                boolean split = switch ("" + a + b) {
                    // me-di-a, tri-al (but so-cial, ini-tial)
                    case "ia" -> "ctsg".indexOf(before) < 0;
                    // pe-ri-od, vi-o-lence, vari-ous (but na-tion, re-gion, opin-ion, behav-iour)
                    case "io" -> "tscxg".indexOf(before) < 0 && !(rest.matches("ns?") && "ln".indexOf(before) >= 0)
                            && !rest.startsWith("ur");
                    // vid-e-o, re-open (but peo-ple, gor-geous)
                    case "eo" -> !w.startsWith("peop", Math.max(i - 1, 0)) && !rest.startsWith("u");
                    // usu-al-ly, vis-u-al (but lan-guage)
                    case "ua" -> "qg".indexOf(before) < 0;
                    // cru-el, in-flu-ence (but guest)
                    case "ue" -> "qg".indexOf(before) < 0 && !rest.isEmpty() && "lnt".indexOf(rest.charAt(0)) >= 0;
                    // qui-et, so-ci-e-ty, cli-ent, eas-i-er (but pa-tient, tried, friend)
                    case "ie" -> rest.startsWith("t")
                            || (rest.startsWith("nt") || rest.startsWith("nce")) && "ct".indexOf(before) < 0
                            || rest.matches("rs?|st") && !isVowel(before);
                    // stadi-um
                    case "iu" -> true;
                    default -> false;
                };
                if (split) {
                    extra++;
                }
            }
            return extra;
        }

        private static boolean isVowel(char c) {
            return "aeiou".indexOf(c) >= 0;
        }
    }
}

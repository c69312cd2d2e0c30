package org.youthvoice.safeguarding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.youthvoice.safeguarding.Adjustment;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.ExampleList;
import org.youthvoice.safeguarding.Match;
import org.youthvoice.safeguarding.MeaningExample;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.ScreeningResult;
import org.youthvoice.safeguarding.Severity;

/**
 * Screening by meaning: compares a text (a long one stretch by stretch of whole sentences) with every example
 * statement by the cosine similarity of their sentence embeddings, and adds at most one match, for the closest
 * example that is close enough, to what the phrase list found. The stronger of the two signals wins, because a result
 * is as urgent as its most urgent match.
 *
 * <p>Lowering, never hiding an urgent one: when the text is at least as close to a harmless example, or when the
 * phrase list saw a negation, a figure of speech or a joke in it, an urgent match by meaning becomes a concern and a
 * concern by meaning is set aside (kept in the result's explanation).
 */
public final class MeaningMatcher {

    /** Example embeddings by text, kept across rebuilds so that adding one example embeds only that one. */
    private static final Map<String, float[]> EMBEDDED = new ConcurrentHashMap<>();
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]+");
    private static final int MAX_SEGMENTS = 100;

    private final SentenceEmbedder embedder;
    private final ExampleList list;
    private final MeaningExample[] examples;
    private final float[][] vectors;
    private final @Nullable SeverityClassifier classifier;
    private final @Nullable WordModel words;

    public MeaningMatcher(ExampleList list, SentenceEmbedder embedder) {
        this.embedder = embedder;
        this.list = list;
        this.examples = list.examples().toArray(MeaningExample[]::new);
        this.vectors = new float[examples.length][];
        if (EMBEDDED.size() > 20_000) {
            EMBEDDED.clear();
        }
        embedNew(list);
        for (int i = 0; i < examples.length; i++) {
            vectors[i] = EMBEDDED.computeIfAbsent(prepare(examples[i].text()), embedder::embed);
        }
        var learned = list.learned();
        if (learned == null) {
            this.classifier = null;
            this.words = null;
        } else {
            var texts = new ArrayList<String>();
            var levels = new ArrayList<Integer>();
            var categories = new ArrayList<Integer>();
            java.util.stream.Stream.concat(java.util.Arrays.stream(examples), learned.comments().stream())
                    .forEach(e -> {
                        texts.add(prepare(e.text()));
                        levels.add(e.isHarmless() ? 0 : e.severity() == Severity.URGENT ? 2 : 1);
                        categories.add(e.isHarmless() ? -1 : e.category().ordinal());
                    });
            var levelArray = levels.stream().mapToInt(Integer::intValue).toArray();
            var categoryArray = categories.stream().mapToInt(Integer::intValue).toArray();
            var trained = TRAINED.computeIfAbsent(trainingKey(learned, texts, levelArray, categoryArray),
                    key -> new Trained(train(learned, texts, levelArray, categoryArray),
                            learned.wordWeight() == 0 ? null
                            : WordModel.train(texts, levelArray, learned.wordPenalty())));
            this.classifier = trained.classifier();
            this.words = trained.words();
        }
    }

    /** The classifier in use, for tests: the same one for every build from the same training data. */
    @Nullable SeverityClassifier classifier() {
        return classifier;
    }

    /** What training made from one set of examples, labelled comments and settings. */
    private record Trained(SeverityClassifier classifier, @Nullable WordModel words) {
    }

    /**
     * Trained models by what they were trained on, kept across rebuilds: adding or switching off a phrase, or
     * switching an example off and on again, rebuilds the screening but does not need the classifier trained again
     * (tens of seconds on one slow core). Training is deterministic, so a model found here is the one training would
     * make. Only the last two are kept (the word model holds about 12 MB).
     */
    private static final Map<String, Trained> TRAINED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Trained> eldest) {
                    return size() > 2;
                }
            });

    /** A digest of everything training reads: each text as read, its level and category, and the settings. */
    private static String trainingKey(ExampleList.Learned learned, List<String> texts, int[] levels,
            int[] categories) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            java.util.function.Consumer<String> add = s -> {
                digest.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            };
            add.accept(learned.penalty() + "/" + learned.neighbours() + "/" + learned.neighbourWeight() + "/"
                    + (learned.wordWeight() == 0) + "/" + learned.wordPenalty());
            for (int i = 0; i < texts.size(); i++) {
                add.accept(texts.get(i));
                add.accept(levels[i] + "/" + categories[i]);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Embeds every example and labelled comment not embedded yet, on all cores (the model runs one text per thread;
     * about 2,700 texts at first start, a few seconds a core), so a new node is ready sooner.
     */
    private void embedNew(ExampleList list) {
        var texts = new java.util.LinkedHashSet<String>();
        list.examples().forEach(e -> texts.add(prepare(e.text())));
        if (list.learned() != null) {
            list.learned().comments().forEach(e -> texts.add(prepare(e.text())));
        }
        texts.removeIf(EMBEDDED::containsKey);
        texts.parallelStream().forEach(text -> EMBEDDED.putIfAbsent(text, embedder.embed(text)));
    }

    /**
     * The classifier, trained on every example and the labelled comments beside them ({@code texts} as read, examples
     * first; {@code levels} 2 urgent, 1 concern, 0 ordinary or harmless).
     */
    private SeverityClassifier train(ExampleList.Learned learned, List<String> texts, int[] levels,
            int[] categories) {
        var xs = new float[texts.size()][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i < examples.length ? vectors[i] : EMBEDDED.computeIfAbsent(texts.get(i), embedder::embed);
        }
        return SeverityClassifier.train(xs, levels, categories, learned.penalty(), learned.neighbours(),
                learned.neighbourWeight());
    }

    /** One example's closeness to a text, for "try a sentence". */
    public record Scored(MeaningExample example, double similarity, int start, int end) {
    }

    /** The closest examples to the text, most similar first (each scored on its best stretch of the text). */
    public List<Scored> closest(String text, int limit) {
        var segments = segments(text);
        var scored = new ArrayList<Scored>();
        for (int i = 0; i < examples.length; i++) {
            Scored best = null;
            for (var segment : segments) {
                double s = dot(segment.vector(), vectors[i]);
                if (best == null || s > best.similarity()) {
                    best = new Scored(examples[i], s, segment.start(), segment.end());
                }
            }
            scored.add(best);
        }
        scored.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    /** What the phrase list found plus what meaning finds. */
    public ScreeningResult screen(ScreeningResult byPhrase) {
        String text = byPhrase.text();
        if (text.isBlank() || examples.length == 0) {
            return byPhrase;
        }
        Candidate found = null;
        var segments = segments(text);
        for (var segment : segments) {
            var candidate = candidate(segment, byPhrase.flagged());
            if (candidate != null && (found == null || candidate.better(found))) {
                found = candidate;
            }
        }
        var matches = new ArrayList<Match>();
        var setAside = new ArrayList<>(byPhrase.setAside());
        setAsideHarmlessPhrases(byPhrase, segments, matches, setAside);
        if (found == null) {
            return matches.size() == byPhrase.matches().size() ? byPhrase
                    : new ScreeningResult(text, matches, setAside);
        }
        var example = examples[found.example()];
        Adjustment adjustment = null;
        String cue = null;
        // when the classifier (which learnt the harmless examples and ordinary comments) is sure enough, nothing lowers
        if (found.kept()) {
            adjustment = null;
        } else if (found.harmless() >= 0
                && found.harmlessSimilarity() >= found.similarity() - list.harmlessMargin()) {
            adjustment = Adjustment.LIKE_HARMLESS_EXAMPLE;
            cue = examples[found.harmless()].text();
        } else {
            var signal = phraseSignal(byPhrase);
            if (signal != null) {
                adjustment = signal.adjustment();
                cue = signal.cue();
            }
        }
        found = shownInItsCategory(found);
        example = examples[found.example()];
        if (adjustment == null) {
            matches.add(match(found, example, found.severity(), null, null));
        } else if (found.severity() == Severity.URGENT) {
            matches.add(match(found, example, Severity.CONCERN, adjustment, cue));
        } else {
            setAside.add(match(found, example, Severity.CONCERN, adjustment, cue));
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new ScreeningResult(text, matches, setAside);
    }

    /**
     * Keeps the phrase list's matches, except its concerns when the stretch of text they are in is closest to a
     * harmless example and at least {@code harmlessOverPhrase} similar to it ("I used to be bullied but it stopped").
     * Urgent phrase matches, and urgent ones lowered by a negation or a joke, always stay.
     */
    private void setAsideHarmlessPhrases(ScreeningResult byPhrase, List<Segment> segments, List<Match> matches,
            List<Match> setAside) {
        for (var m : byPhrase.matches()) {
            var segment = segmentOf(segments, m.start());
            int harmless = m.listedSeverity() == Severity.CONCERN ? harmlessFor(segment) : -1;
            var adjustment = Adjustment.LIKE_HARMLESS_EXAMPLE;
            var learned = list.learned();
            if (harmless < 0 && learned != null && learned.phraseDoubt() > 0
                    && m.listedSeverity() == Severity.CONCERN && m.severity() == Severity.CONCERN
                    && StarterPhrases.KEYS.contains(StarterPhrases.key(m.category(), m.phrase()))) {
                // the classifier learnt thousands of labelled comments: when it is sure the sentence around a concern
                // phrase is ordinary ("a bruise from the trampoline", "police came in to talk about scams"), the
                // phrase alone does not flag it
                var p = probabilities(segment);
                if (p != null && p.flagged() < learned.phraseDoubt()) {
                    harmless = closestHarmless(segment);
                    adjustment = Adjustment.READS_AS_ORDINARY;
                }
            }
            if (harmless >= 0) {
                setAside.add(new Match(m.category(), m.severity(), m.listedSeverity(), m.phrase(), m.start(), m.end(),
                        m.words(), adjustment, examples[harmless].text()));
            } else {
                matches.add(m);
            }
        }
    }

    private static Segment segmentOf(List<Segment> segments, int offset) {
        for (var segment : segments) {
            if (offset >= segment.start() && offset < segment.end()) {
                return segment;
            }
        }
        return segments.getLast();
    }

    /** The harmless example a stretch is closest to, if close enough and closer than to any other; else -1. */
    private int harmlessFor(Segment segment) {
        int harmless = -1;
        double closestHarmless = -1;
        double closestOther = -1;
        for (int i = 0; i < examples.length; i++) {
            double s = dot(segment.vector(), vectors[i]);
            if (examples[i].isHarmless()) {
                if (s > closestHarmless) {
                    closestHarmless = s;
                    harmless = i;
                }
            } else {
                closestOther = Math.max(closestOther, s);
            }
        }
        return closestHarmless >= list.harmlessOverPhrase() && closestHarmless > closestOther ? harmless : -1;
    }

    /**
     * The match as a lead is shown it: when the labelled comments and examples most like the text are mostly of
     * another category than the closest example, the closest example of that category and of the same severity is
     * shown instead (if it has none, nothing changes: an urgent match is never shown with a concern example), so "the rope is in my wardrobe" reads as self-harm, not as whatever statement
     * happened to be nearest. An example at least {@value #NAMES_ITS_CATEGORY} alike is kept: it says nearly what the
     * text says, and a lead who added it expects to see it (held out, keeping those costs no category; 0.60, 0.7%).
     */
    private Candidate shownInItsCategory(Candidate found) {
        if (classifier == null || found.similarity() >= NAMES_ITS_CATEGORY) {
            return found;
        }
        int category = classifier.category(found.vector());
        if (category < 0 || category == examples[found.example()].category().ordinal()) {
            return found;
        }
        int best = -1;
        double closest = -2;
        for (int i = 0; i < examples.length; i++) {
            var e = examples[i];
            if (e.isHarmless() || e.category().ordinal() != category || e.severity() != found.severity()) {
                continue;
            }
            double s = dot(found.vector(), vectors[i]);
            if (s > closest) {
                best = i;
                closest = s;
            }
        }
        return best < 0 ? found : new Candidate(best, found.severity(), closest, found.harmless(),
                found.harmlessSimilarity(), found.start(), found.end(), found.kept(), found.vector());
    }

    private static Match match(Candidate found, MeaningExample example, Severity severity,
            @Nullable Adjustment adjustment, @Nullable String cue) {
        return new Match(example.category(), severity, example.severity(), "", found.start(), found.end(), List.of(),
                adjustment, cue, example.text(), found.similarity());
    }

    /** A negation, figure of speech or joke the phrase list saw anywhere in the text. */
    private static @Nullable Match phraseSignal(ScreeningResult byPhrase) {
        for (var m : byPhrase.setAside()) {
            if (m.adjustment() != null && !m.byMeaning()) {
                return m;
            }
        }
        for (var m : byPhrase.matches()) {
            if (m.adjustment() != null && !m.byMeaning()) {
                return m;
            }
        }
        return null;
    }

    /** @param kept the classifier is sure enough of this severity that nothing lowers it */
    private record Candidate(int example, Severity severity, double similarity, int harmless,
            double harmlessSimilarity, int start, int end, boolean kept, float[] vector) {

        boolean better(Candidate other) {
            return severity != other.severity ? severity.compareTo(other.severity) < 0
                    : similarity > other.similarity;
        }
    }

    /**
     * What meaning finds in one stretch, if anything.
     *
     * @param flaggedByPhrase whether the phrase list flagged the text: then, as when meaning flags it, the classifier's
     *                        lower "urgent when flagged" threshold decides whether it is urgent
     */
    private @Nullable Candidate candidate(Segment segment, boolean flaggedByPhrase) {
        int bestUrgent = -1;
        double urgent = -1;
        int bestAny = -1;
        double any = -1;
        int bestHarmless = -1;
        double harmless = -1;
        for (int i = 0; i < examples.length; i++) {
            double s = dot(segment.vector(), vectors[i]);
            var example = examples[i];
            if (example.isHarmless()) {
                if (s > harmless) {
                    harmless = s;
                    bestHarmless = i;
                }
                continue;
            }
            if (example.severity() == Severity.URGENT && s > urgent) {
                urgent = s;
                bestUrgent = i;
            }
            if (s > any) {
                any = s;
                bestAny = i;
            }
        }
        var learned = list.learned();
        boolean learnedUrgent = false;
        boolean learnedFlagged = false;
        boolean urgentWhenFlagged = false;
        boolean keepUrgent = false;
        boolean keepFlagged = false;
        if (classifier != null && learned != null) {
            var probabilities = probabilities(segment);
            double p = probabilities.urgent();
            keepUrgent = p >= learned.keepUrgent();
            keepFlagged = probabilities.flagged() >= learned.keepFlagged();
            learnedUrgent = p >= learned.urgent();
            learnedFlagged = learnedUrgent || probabilities.flagged() >= learned.flagged();
            urgentWhenFlagged = p >= learned.urgentWhenFlagged()
                    && (learnedFlagged || flaggedByPhrase || bestAny >= 0 && any >= list.concern());
        }
        if (bestUrgent >= 0 && (urgent >= list.urgent() || learnedUrgent || urgentWhenFlagged)) {
            return new Candidate(bestUrgent, Severity.URGENT, urgent, bestHarmless, harmless, segment.start(),
                    segment.end(), keepUrgent, segment.vector());
        }
        if (bestAny >= 0 && (any >= list.concern() || learnedFlagged)) {
            return new Candidate(bestAny, Severity.CONCERN, any, bestHarmless, harmless, segment.start(),
                    segment.end(), keepFlagged, segment.vector());
        }
        return null;
    }

    /** What the classifier (and the word model, for its share) gives the stretch; null without a classifier. */
    private SeverityClassifier.@Nullable Probabilities probabilities(Segment segment) {
        var learned = list.learned();
        if (classifier == null || learned == null) {
            return null;
        }
        var probabilities = classifier.probabilities(segment.vector());
        if (words == null) {
            return probabilities;
        }
        var w = words.probabilities(segment.prepared());
        double share = learned.wordWeight();
        return new SeverityClassifier.Probabilities((1 - share) * probabilities.urgent() + share * w.urgent(),
                (1 - share) * probabilities.flagged() + share * w.flagged());
    }

    /** The harmless example closest to the stretch (-1 if there is none). */
    private int closestHarmless(Segment segment) {
        int harmless = -1;
        double closest = -2;
        for (int i = 0; i < examples.length; i++) {
            if (examples[i].isHarmless()) {
                double s = dot(segment.vector(), vectors[i]);
                if (s > closest) {
                    closest = s;
                    harmless = i;
                }
            }
        }
        return harmless;
    }

    /**
     * The phrases the starter list ships with. Only they can be doubted: a phrase an officer or lead added was added
     * on purpose, and flags whatever the classifier thinks of the sentence.
     */
    private static final class StarterPhrases {
        static final java.util.Set<String> KEYS = PhraseList.englishStarter().phrases()
                .stream().map(p -> key(p.category(), p.pattern())).collect(java.util.stream.Collectors.toSet());

        static String key(Category category, String pattern) {
            return category.name() + "\n" + pattern;
        }
    }

    private record Segment(int start, int end, String prepared, float[] vector) {
        Segment(int start, int end, String prepared, SentenceEmbedder embedder) {
            this(start, end, prepared, embedder.embed(prepared));
        }
    }

    /**
     * The text cut into stretches of whole sentences of at least {@value #CHUNK_WORDS} words each (a short sentence
     * joins the next, a short last one the one before), so each word is embedded once: a short comment is one
     * stretch; in a long one a disclosure is not diluted by the rest. A stretch longer than {@value #LONG_WORDS} words
     * (a long answer typed with no full stops) is read in windows of {@value #WINDOW_WORDS} words, each starting half a
     * window after the last, so a disclosure anywhere in it is read with little around it. Every part of a comment is
     * read, up to {@value #MAX_SEGMENTS} stretches (600 words or more); only beyond that does the last take the rest.
     * Six words (12 until 7 Dec 2026): "the youth club is my favourite thing." no longer dilutes the sentence after it.
     * Until the afternoon of 7 Dec 2026 there were at most six stretches and the last took the rest, so a disclosure
     * after five ordinary sentences was read with everything after them (note 0025).
     * A short comment (at most {@value #LONG_WORDS} words) cut into stretches is also read whole: the classifier
     * learnt from whole comments, and a veiled plan is often in no one sentence of it ("made a playlist for my
     * funeral. i know what day").
     */
    private List<Segment> segments(String text) {
        var bounds = new ArrayList<int[]>();
        var matcher = SENTENCE_END.matcher(text);
        int from = 0;
        int words = 0;
        while (matcher.find()) {
            words += wordCount(text.substring(from, matcher.start()));
            if (words >= CHUNK_WORDS) {
                int chunkStart = bounds.isEmpty() ? 0 : bounds.getLast()[1];
                bounds.add(new int[] {chunkStart, matcher.end()});
                words = 0;
            }
            from = matcher.end();
        }
        int lastStart = bounds.isEmpty() ? 0 : bounds.getLast()[1];
        if (lastStart < text.length()) {
            if (!bounds.isEmpty() && wordCount(text.substring(lastStart)) < CHUNK_WORDS) {
                bounds.getLast()[1] = text.length();
            } else {
                bounds.add(new int[] {lastStart, text.length()});
            }
        }
        var stretches = new ArrayList<int[]>(bounds.size() + 1);
        for (var b : bounds) {
            windows(text, b[0], b[1], stretches);
        }
        if (bounds.size() > 1 && wordCount(text) <= LONG_WORDS) {
            stretches.add(new int[] {0, text.length()});
        }
        if (stretches.size() > MAX_SEGMENTS) {
            stretches.get(MAX_SEGMENTS - 1)[1] = stretches.getLast()[1];
            stretches.subList(MAX_SEGMENTS, stretches.size()).clear();
        }
        var segments = new ArrayList<Segment>(stretches.size());
        for (var b : stretches) {
            segments.add(new Segment(b[0], b[1], prepare(text.substring(b[0], b[1])), embedder));
        }
        if (segments.isEmpty()) {
            segments.add(new Segment(0, text.length(), prepare(text), embedder));
        }
        return segments;
    }

    /** The stretch {@code from}-{@code to} as it is, or in overlapping windows of words when it is long. */
    private static void windows(String text, int from, int to, List<int[]> out) {
        var word = WORD.matcher(text).region(from, to);
        var starts = new ArrayList<Integer>();
        var ends = new ArrayList<Integer>();
        while (word.find()) {
            starts.add(word.start());
            ends.add(word.end());
        }
        if (starts.size() <= LONG_WORDS) {
            out.add(new int[] {from, to});
            return;
        }
        int step = WINDOW_WORDS / 2;
        for (int first = 0; ; first += step) {
            int last = Math.min(first + WINDOW_WORDS, starts.size()) - 1;
            out.add(new int[] {first == 0 ? from : starts.get(first), last == starts.size() - 1 ? to : ends.get(last)});
            if (last == starts.size() - 1) {
                return;
            }
        }
    }

    /** How alike the closest example must be for its category to be shown whatever the labelled texts say. */
    private static final double NAMES_ITS_CATEGORY = 0.70;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final int LONG_WORDS = 40;
    private static final int WINDOW_WORDS = 20;

    private static final int CHUNK_WORDS = 6;

    private static int wordCount(String s) {
        var stripped = s.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /**
     * Lower case, and text speak written out the way the model read it in training: apostrophes put back ("im" and
     * "I'm" embed alike), short forms spelled out ("skl", "wiv", "rn"), dropped g's put back ("cuttin"), and the
     * words young people use online to get past filters ("unalive", "sewerslide") said plainly. Punctuation around a
     * word stays.
     */
    private static final Pattern NAME_PLACEHOLDER = Pattern.compile("\\[name\\]");
    private static final Pattern OTHER_PLACEHOLDER = Pattern.compile("\\[(phone|postcode|email|address|place|school)\\]");

    public static String prepare(String text) {
        var lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        // an officer's redaction ("[name] is kind to me") is read as the plain words it stands for: the model never
        // saw brackets in training, and "[name]" embedded far from any name
        lower = NAME_PLACEHOLDER.matcher(lower).replaceAll("sam");
        lower = OTHER_PLACEHOLDER.matcher(lower).replaceAll("");
        for (var phrase : SLANG_PHRASES) {
            lower = phrase.getKey().matcher(lower).replaceAll(phrase.getValue());
        }
        var words = lower.strip().split("\\s+");
        var out = new StringBuilder(text.length() + 8);
        for (var word : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int from = 0;
            int to = word.length();
            while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
                from++;
            }
            while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
                to--;
            }
            out.append(word, 0, from).append(spelledOut(word.substring(from, to))).append(word, to, word.length());
        }
        return out.toString();
    }

    private static String spelledOut(String word) {
        var known = TEXT_SPEAK.get(word);
        if (known == null) {
            known = SLANG.get(word);
        }
        if (known != null) {
            return known;
        }
        if (word.length() >= 5 && word.endsWith("in") && !NOT_DROPPED_G.matcher(word).find()) {
            return word + "g";
        }
        return word;
    }

    /** Words that end in "in" without a g left off ("again", "cousin", "within"). */
    private static final Pattern NOT_DROPPED_G = Pattern.compile("(ain|ein|oin|uin|[^a-z].*|^(cousin|within|begin|"
            + "cabin|robin|violin|basin|margin|origin|raisin|muffin|pumpkin|napkin|dolphin|admin|satin|toxin|vitamin|"
            + "insulin|javelin|heroin|goblin|assassin|kevin|martin|austin|dublin|berlin|latin|erin|colin|robbin|"
            + "catkin|bumpkin|mannequin|zeppelin|aspirin|penicillin|lanolin|gremlin|bulletin|tannin|chaplin|"
            + "nissin|odin|lenin|bitcoin|noggin|dunkin|stalin))$");

    private static final Map<String, String> TEXT_SPEAK = Map.ofEntries(Map.entry("im", "i'm"),
            Map.entry("dont", "don't"), Map.entry("cant", "can't"), Map.entry("wont", "won't"),
            Map.entry("didnt", "didn't"), Map.entry("doesnt", "doesn't"), Map.entry("isnt", "isn't"),
            Map.entry("ive", "i've"), Map.entry("id", "i'd"), Map.entry("ill", "i'll"), Map.entry("u", "you"),
            Map.entry("ur", "your"), Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("bc", "because"),
            Map.entry("cos", "because"), Map.entry("coz", "because"), Map.entry("cuz", "because"),
            Map.entry("tbh", "to be honest"), Map.entry("idk", "i don't know"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("nite", "night"), Map.entry("kms", "kill myself"),
            Map.entry("pics", "pictures"), Map.entry("pic", "picture"), Map.entry("bf", "boyfriend"),
            Map.entry("gf", "girlfriend"), Map.entry("yr", "year"), Map.entry("hes", "he's"), Map.entry("shes", "she's"),
            Map.entry("theyre", "they're"), Map.entry("wasnt", "wasn't"), Map.entry("havent", "haven't"),
            Map.entry("mums", "mum's"), Map.entry("dads", "dad's"), Map.entry("thats", "that's"),
            Map.entry("whats", "what's"), Map.entry("ppl", "people"), Map.entry("n", "and"), Map.entry("b4", "before"),
            Map.entry("nudes", "nude pictures"), Map.entry("skl", "school"), Map.entry("skool", "school"),
            Map.entry("wen", "when"), Map.entry("wiv", "with"), Map.entry("wif", "with"), Map.entry("lil", "little"),
            Map.entry("evry", "every"), Map.entry("til", "till"), Map.entry("sis", "sister"),
            Map.entry("bro", "brother"), Map.entry("r", "are"), Map.entry("yday", "yesterday"),
            Map.entry("rn", "right now"), Map.entry("rlly", "really"), Map.entry("rly", "really"),
            Map.entry("bout", "about"), Map.entry("wud", "would"), Map.entry("wudnt", "wouldn't"),
            Map.entry("cud", "could"), Map.entry("shud", "should"), Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"), Map.entry("ngl", "not going to lie"), Map.entry("fr", "for real"),
            Map.entry("tho", "though"), Map.entry("sed", "said"), Map.entry("smth", "something"),
            Map.entry("sumthin", "something"), Map.entry("hom", "home"), Map.entry("agen", "again"),
            Map.entry("alot", "a lot"), Map.entry("kinda", "kind of"), Map.entry("wnt", "want"),
            Map.entry("wot", "what"), Map.entry("wat", "what"), Map.entry("luv", "love"), Map.entry("ya", "you"),
            Map.entry("y", "why"), Map.entry("abt", "about"), Map.entry("ppls", "people's"), Map.entry("msg", "message"),
            Map.entry("msgs", "messages"), Map.entry("txt", "text"), Map.entry("pic's", "pictures"),
            Map.entry("gunna", "going to"), Map.entry("tryna", "trying to"), Map.entry("lemme", "let me"),
            Map.entry("gimme", "give me"), Map.entry("dunno", "don't know"), Map.entry("nuffin", "nothing"),
            Map.entry("nothin", "nothing"), Map.entry("sewerslide", "suicide"), Map.entry("unalive", "kill"),
            Map.entry("unalived", "killed"), Map.entry("unaliving", "killing"), Map.entry("kys", "kill yourself"),
            Map.entry("stepdad", "step dad"), Map.entry("stepmum", "step mum"));

    /**
     * Words the model never learnt, said plainly (issue 13, the eighth tuning set): street and county-lines slang as
     * published in police and children's charities' glossaries for parents and professionals ("shotting",
     * "ching", "cuckooed"), the short forms of self-harm and suicide forums ("od", "sh", "ctb"), words that dodge
     * filters ("seggs", "sa'd"), and the phonetic spelling of the youngest children ("becos", "privat", "tuches").
     * Only words that almost always mean this; "lines", "shot", "plugged", "opps" (often "oops"), "olders" (a
     * youth club's age group), "wetted", "merked", "shank", "food", "grape" and "link" are left alone, and "od" is
     * read as "overdose" only after words such as "to", "i" or "an" ("od funny" means "very funny").
     */
    private static final Map<String, String> SLANG = Map.ofEntries(
            Map.entry("od'd", "overdosed"), Map.entry("od'ed", "overdosed"), Map.entry("oded", "overdosed"),
            Map.entry("sh", "self harm"), Map.entry("ctb", "kill myself"), Map.entry("seggs", "sex"),
            Map.entry("sa'd", "sexually assaulted"), Map.entry("sa'ed", "sexually assaulted"),
            Map.entry("dv", "domestic violence"), Map.entry("noods", "nude pictures"),
            Map.entry("shotting", "selling drugs"), Map.entry("shotter", "drug dealer"), Map.entry("ching", "knife"),
            Map.entry("chinged", "stabbed"), Map.entry("chinging", "stabbing"),
            Map.entry("burner", "secret phone"), Map.entry("cuckooed", "taken over by drug dealers"),
            Map.entry("cuckooing", "taking over a home to deal drugs"), Map.entry("bando", "drug house"),
            Map.entry("feds", "police"), Map.entry("becos", "because"), Map.entry("becoz", "because"),
            Map.entry("becuz", "because"), Map.entry("cus", "because"), Map.entry("scard", "scared"),
            Map.entry("skared", "scared"), Map.entry("privat", "private"), Map.entry("privit", "private"),
            Map.entry("tuches", "touches"), Map.entry("tuched", "touched"), Map.entry("tuch", "touch"),
            Map.entry("sumtimes", "sometimes"), Map.entry("sumone", "someone"), Map.entry("sum1", "someone"),
            Map.entry("trubble", "trouble"), Map.entry("secrit", "secret"), Map.entry("sekret", "secret"),
            Map.entry("hurted", "hurt"), Map.entry("hitted", "hit"), Map.entry("frend", "friend"),
            Map.entry("fink", "think"), Map.entry("sez", "says"), Map.entry("ded", "dead"), Map.entry("agin", "again"),
            Map.entry("thay", "they"));

    /** Slang of more than one word, said plainly before the words are ("going country", "trap house"). */
    private static final List<Map.Entry<Pattern, String>> SLANG_PHRASES = List.of(
            Map.entry(Pattern.compile("\\b(going|gone|went|sent|goes)\\s+country\\b(?!\\s+(dancing|side|music|walk|walks|"
                    + "park|show|fair|club|song|songs|singer|style|lane|lanes|road|roads|house|houses|cottage))"),
                    "$1 to another town to sell drugs"),
            Map.entry(Pattern.compile("\\btrap\\s?house\\b"), "drug house"),
            Map.entry(Pattern.compile("\\bself[ -]?delet(e|ed|ing)\\b"), "kill myself"),
            Map.entry(Pattern.compile("\\b(to|i|gonna|wanna|gunna|tryna|might|will|could|did|nearly|almost|an)\\s+od\\b(?!')"),
                    "$1 overdose"),
            Map.entry(Pattern.compile("\\bwet\\s+(him|her|me|them|you|u)\\s+up\\b"), "stab $1"));

    private static double dot(float[] a, float[] b) {
        return Vectors.dot(a, b);
    }
}

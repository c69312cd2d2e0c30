package org.youthvoice.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.youthvoice.base.SystemTask;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.internal.SuggestionIndex;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

/**
 * Prints how long suggested tags take with 50,000 officer-tagged texts: building the in-memory index once, then one
 * suggestion for a new text (goal ≤ 200 ms), both through {@link TaggingService#suggestions} (the item, its tags,
 * rejected codes, the safeguarding flag and the index) and the index alone. Texts are 8 to 20 words, most from the
 * words of one of 12 codes, the rest everyday words; each tagged with its code. The bench's rows are deleted at the
 * end. Run with {@code ./mvnw verify -Pbench -Dit.test=TaggingSuggestionBench}; figures only, no pass/fail.
 */
@IntegrationTest
class TaggingSuggestionBench {

    static final int TEXTS = 50_000;
    static final int RUNS = 200;
    static final String[] CODES = {"CP-2022.OPP", "CYPS-2022.SAFE.1", "CYPS-2022.SAFE.3", "CYPS-2022.SAFE.6",
            "CYPS-2022.HEALTH.1", "CYPS-2022.HEALTH.2", "CYPS-2022.HEALTH.4", "CYPS-2022.HEALTH.6",
            "CYPS-2022.LEARN.1", "CYPS-2022.LEARN.3", "CYPS-2022.START.1", "CYPS-2022.POVERTY"};
    static final String[][] TOPICS = {
            {"jobs", "apprenticeship", "college", "course", "training", "work", "experience", "cv", "interview"},
            {"social", "worker", "services", "together", "team", "meeting", "plan", "review", "changed"},
            {"home", "safe", "family", "foster", "carer", "placement", "room", "house", "shouting"},
            {"street", "gang", "knife", "night", "scared", "police", "park", "older", "boys"},
            {"doctor", "gp", "dentist", "appointment", "ill", "hospital", "nurse", "medicine", "waiting"},
            {"anxious", "worried", "sad", "camhs", "counsellor", "talk", "feelings", "stress", "lonely"},
            {"football", "swimming", "gym", "food", "healthy", "sport", "pitch", "leisure", "centre"},
            {"voice", "listen", "forum", "say", "heard", "council", "youth", "vote", "decide"},
            {"maths", "english", "homework", "exams", "grades", "teacher", "lessons", "results", "revision"},
            {"sixth", "form", "university", "post", "16", "neet", "options", "careers", "advice"},
            {"nursery", "baby", "toddler", "early", "years", "playgroup", "parents", "sure", "start"},
            {"money", "poor", "bus", "fare", "cost", "cold", "heating", "free", "meals"}};
    static final String[] EVERYDAY = {"the", "i", "we", "it", "is", "really", "good", "bad", "more", "need", "want",
            "please", "think", "like", "would", "could", "always", "never", "sometimes", "when", "because", "people",
            "help", "better", "time", "every", "week", "my", "our", "they"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaggingService tagging;

    @Autowired
    SuggestionIndex index;

    @Test
    void print_suggestion_time_with_50000_tagged_texts() {
        try {
            long loaded = System.nanoTime();
            load();
            long loadMs = (System.nanoTime() - loaded) / 1_000_000;
            jdbc.update("UPDATE insight_tag_revision SET revision = revision + 1 WHERE id = 1");

            long built = System.nanoTime();
            int size = index.size();
            long buildMs = (System.nanoTime() - built) / 1_000_000;

            var random = new SplittableRandom(7);
            var probes = new ArrayList<Long>();
            var truth = new ArrayList<String>();
            for (int i = 0; i < RUNS; i++) {
                int code = random.nextInt(CODES.length);
                truth.add(CODES[code]);
                jdbc.update("INSERT INTO insight_text (source_type, source_id, place_kind, place_id, place_title, text,"
                        + " written_on) VALUES ('BENCH', ?, 'CHANNEL', 1, 'Bench', ?, CURDATE())",
                        TEXTS + i, text(random, code));
                probes.add(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class));
            }
            for (int i = 0; i < 50; i++) {
                suggest(probes.get(i)); // warm-up
            }
            long[] serviceMs = new long[RUNS];
            long[] indexUs = new long[RUNS];
            int offered = 0;
            int right = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                var suggested = suggest(probes.get(i));
                offered += suggested.isEmpty() ? 0 : 1;
                right += !suggested.isEmpty() && suggested.getFirst().code().equals(truth.get(i)) ? 1 : 0;
                serviceMs[i] = (System.nanoTime() - start) / 1_000_000;
                String text = jdbc.queryForObject("SELECT text FROM insight_text WHERE id = ?", String.class,
                        probes.get(i));
                start = System.nanoTime();
                index.codesFor(text, probes.get(i));
                indexUs[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(serviceMs);
            Arrays.sort(indexUs);
            System.out.println(String.format(Locale.ROOT, "BENCH tagging-load %,d tagged texts inserted in %,d ms;"
                    + " index of %,d texts built in %,d ms", TEXTS, loadMs, size, buildMs));
            System.out.println(String.format(Locale.ROOT, "BENCH tagging-suggest one suggestion (service, with its"
                    + " database reads): p50 %d ms, p95 %d ms, max %d ms over %d texts; %d had a suggestion, the"
                    + " first one was the text's own code for %d", serviceMs[RUNS / 2], serviceMs[RUNS * 95 / 100],
                    serviceMs[RUNS - 1], RUNS, offered, right));
            System.out.println(String.format(Locale.ROOT, "BENCH tagging-suggest index alone: p50 %.1f ms,"
                    + " p95 %.1f ms, max %.1f ms", indexUs[RUNS / 2] / 1000.0, indexUs[RUNS * 95 / 100] / 1000.0,
                    indexUs[RUNS - 1] / 1000.0));
        } finally {
            jdbc.update("DELETE FROM insight_text WHERE source_type = 'BENCH'");
            jdbc.update("UPDATE insight_tag_revision SET revision = revision + 1 WHERE id = 1");
        }
    }

    private List<org.youthvoice.insight.TextItem.Suggestion> suggest(long textId) {
        return SystemTask.runAs(() -> tagging.suggestions(textId), Roles.OFFICER);
    }

    private void load() {
        jdbc.update("DELETE FROM insight_text WHERE source_type = 'BENCH'");
        var random = new SplittableRandom(2026);
        int[] codes = new int[TEXTS];
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < TEXTS; i++) {
            codes[i] = random.nextInt(CODES.length);
            rows.add(new Object[] {i, text(random, codes[i])});
            if (rows.size() == 2000 || i == TEXTS - 1) {
                jdbc.batchUpdate("INSERT INTO insight_text (source_type, source_id, place_kind, place_id, place_title,"
                        + " text, written_on) VALUES ('BENCH', ?, 'CHANNEL', 1, 'Bench', ?, CURDATE())", rows);
                rows.clear();
            }
        }
        for (int k = 0; k < CODES.length; k++) {
            var ids = new StringBuilder();
            for (int i = 0; i < TEXTS; i++) {
                if (codes[i] == k) {
                    ids.append(ids.isEmpty() ? "" : ",").append(i);
                }
            }
            jdbc.update("INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_by, tagged_at) SELECT id, ?,"
                    + " 'OFFICER', 'bench', NOW() FROM insight_text WHERE source_type = 'BENCH' AND source_id IN ("
                    + ids + ")", CODES[k]);
        }
    }

    private static String text(SplittableRandom random, int code) {
        int words = 8 + random.nextInt(13);
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String[] from = random.nextInt(10) < 4 ? TOPICS[code] : EVERYDAY;
            text.append(w == 0 ? "" : " ").append(from[random.nextInt(from.length)]);
        }
        return text.toString();
    }
}

package org.youthvoice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Screening;

/**
 * Prints how many comments per second one thread screens with the English starter list, and, with screening by
 * meaning (issue 13), how long one comment takes (p50, p95, p99 on one thread, model included), how long the model
 * takes to load and how much memory it holds. Comments are one to three sentences (about 150 characters) drawn from
 * the evaluation set and everyday sentences, about one in ten a possible disclosure. Run with
 * {@code taskset -c 0 ./mvnw verify -Pbench -Dit.test=ScreeningBench} (one core); figures only, no pass/fail. The
 * meaning figures are printed first, because the model must load in a JVM that has not loaded it yet.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ScreeningBench {

    static final int COMMENTS = 200_000;

    static final String[] EVERYDAY = {"The youth club is good but it shuts too early on Fridays.",
            "I would like more trips in the summer holidays, like the beach or a theme park.",
            "My social worker keeps changing and I have to tell my story again every time.",
            "Can the buses run later? I can't get back from college after 6.",
            "The staff at the centre are really kind and they listen to us.",
            "I think there should be more support with money when you turn 18.",
            "School is okay, I like art and PE but maths is hard.",
            "Please make the survey shorter, it took ages on my phone.",
            "We need somewhere warm to go after school that isn't the shops.",
            "My review meeting was fine but I didn't understand some of the words they used."};

    static final int MEANING_COMMENTS = 5_000;

    @Test
    @org.junit.jupiter.api.Order(1)
    void print_latency_with_meaning_and_model_load() throws IOException {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long rssBefore = residentKiB();
        long loadStart = System.nanoTime();
        var model = org.youthvoice.safeguarding.internal.SentenceEmbedder.shared();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        System.gc();
        long heapAfterLoad = memory.getHeapMemoryUsage().getUsed();
        long rssAfterLoad = residentKiB();

        long buildStart = System.nanoTime();
        var screening = Screening.of(PhraseList.englishStarter(), org.youthvoice.safeguarding.ExampleList.englishStarter());
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
        System.gc();
        long heapAfterBuild = memory.getHeapMemoryUsage().getUsed();

        var comments = comments().subList(0, MEANING_COMMENTS + 500);
        for (int i = 0; i < 500; i++) {
            screening.screen(comments.get(MEANING_COMMENTS + i));
        }
        var nanos = new long[MEANING_COMMENTS];
        int flagged = 0;
        long start = System.nanoTime();
        for (int i = 0; i < MEANING_COMMENTS; i++) {
            long t = System.nanoTime();
            flagged += screening.screen(comments.get(i)).flagged() ? 1 : 0;
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        java.util.Arrays.sort(nanos);
        double average = comments.subList(0, MEANING_COMMENTS).stream().mapToInt(String::length).average().orElse(0);
        System.out.println(String.format(Locale.ROOT, "BENCH screening with meaning: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms per comment (%d comments of %.0f chars on average, one thread, one ONNX thread, %.1f s,"
                + " %d flagged)", nanos[MEANING_COMMENTS / 2] / 1e6, nanos[MEANING_COMMENTS * 95 / 100] / 1e6,
                nanos[MEANING_COMMENTS * 99 / 100] / 1e6, nanos[MEANING_COMMENTS - 1] / 1e6, MEANING_COMMENTS, average,
                seconds, flagged));
        System.out.println(String.format(Locale.ROOT, "BENCH screening model: loaded in %d ms (model %s); Java heap +%.1f MB"
                + " after loading, +%.1f MB after embedding %d examples and %d labelled comments, training the classifier"
                + " and building the phrase list (%d ms); resident"
                + " memory +%.0f MB after loading (ONNX Runtime holds the model outside the heap)", loadMillis,
                model.getClass().getSimpleName(), (heapAfterLoad - heapBefore) / 1048576.0,
                (heapAfterBuild - heapBefore) / 1048576.0,
                org.youthvoice.safeguarding.ExampleList.englishStarter().examples().size(),
                org.youthvoice.safeguarding.ExampleList.englishStarter().learned() == null ? 0
                        : org.youthvoice.safeguarding.ExampleList.englishStarter().learned().comments().size(),
                buildMillis,
                (rssAfterLoad - rssBefore) / 1024.0));
    }

    /** This process's resident set in KiB (Linux), or 0. */
    static long residentKiB() {
        try {
            for (var line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void print_screening_throughput() throws IOException {
        long built = System.nanoTime();
        var screening = Screening.of(PhraseList.englishStarter());
        long buildMillis = (System.nanoTime() - built) / 1_000_000;

        var comments = comments();
        double averageLength = comments.stream().mapToInt(String::length).average().orElse(0);
        int flagged = 0;
        for (int i = 0; i < 20_000; i++) {
            flagged += screening.screen(comments.get(i)).flagged() ? 1 : 0;
        }
        flagged = 0;
        long start = System.nanoTime();
        for (var comment : comments) {
            flagged += screening.screen(comment).flagged() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.println(String.format(Locale.ROOT, "BENCH screening: %,.0f comments/s (%d comments of %.0f chars"
                + " on average, one thread, %.1f s, %d flagged; list built in %d ms)", COMMENTS / seconds, COMMENTS,
                averageLength, seconds, flagged, buildMillis));
    }

    static List<String> comments() throws IOException {
        var examples = new ArrayList<String>();
        try (var in = ScreeningBench.class.getResourceAsStream("/safeguarding/evaluation.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("text\t") && !l.isBlank())
                    .map(l -> l.substring(0, l.indexOf('\t'))).forEach(examples::add);
        }
        var random = new Random(6);
        var comments = new ArrayList<String>(COMMENTS);
        for (int i = 0; i < COMMENTS; i++) {
            var comment = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    comment.append(' ');
                }
                // about one sentence in five from the evaluation set, half of those disclosures
                comment.append(random.nextInt(5) == 0 ? examples.get(random.nextInt(examples.size())) + "."
                        : EVERYDAY[random.nextInt(EVERYDAY.length)]);
            }
            comments.add(comment.toString());
        }
        return comments;
    }
}

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
 * Prints how many comments per second one thread screens with the English starter list. Comments are one to three
 * sentences (about 150 characters) drawn from the evaluation set and everyday sentences, about one in ten a possible
 * disclosure. Run with {@code ./mvnw verify -Pbench -Dit.test=ScreeningBench}; figures only, no pass/fail.
 */
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

    @Test
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

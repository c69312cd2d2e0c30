package org.youthvoice.safeguarding;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.youthvoice.safeguarding.ScreeningEvaluationTest.Example;

/**
 * A tool for tuning screening by meaning on the two TUNING sets only ({@code evaluation-tuning.tsv} and
 * {@code evaluation-tuning-2.tsv}); never on {@code evaluation-untouched.tsv}. Run it by hand:
 * {@code ./mvnw -o -q test -Dtest=ScreeningTuningTest -Dscreening.tune=true} (add {@code -Dscreening.misses=true} to
 * print the tuning sets' misses). It prints a grid of thresholds against the three figures on each tuning set.
 */
@EnabledIfSystemProperty(named = "screening.tune", matches = "true")
class ScreeningTuningTest {

    @Test
    void thresholds_against_the_three_figures_on_the_tuning_sets() throws IOException {
        var sets = List.of(ScreeningEvaluationTest.read("evaluation-tuning.tsv"),
                ScreeningEvaluationTest.read("evaluation-tuning-2.tsv"));
        var names = List.of("tuning", "tuning-2");
        var base = ExampleList.englishStarter();
        var phrases = PhraseList.englishStarter();
        double[] urgents = doubles(System.getProperty("screening.urgent", String.valueOf(base.urgent())));
        double[] concerns = doubles(System.getProperty("screening.concern", String.valueOf(base.concern())));
        boolean misses = Boolean.getBoolean("screening.misses");
        double[] penalties = doubles(System.getProperty("screening.penalty", "0"));
        double[] learnedUrgents = doubles(System.getProperty("screening.lurgent", "0.5"));
        double[] learnedFlaggeds = doubles(System.getProperty("screening.lflagged", "0.5"));
        for (double u : urgents) {
            for (double c : concerns) {
                if (c > u) {
                    continue;
                }
              for (double penalty : penalties) {
               for (double lu : learnedUrgents) {
                for (double lf : learnedFlaggeds) {
                  if (penalty > 0 && lf > lu || penalty == 0 && (lu != learnedUrgents[0] || lf != learnedFlaggeds[0])) {
                      continue;
                  }
                  var line = new StringBuilder(String.format(Locale.ROOT, "TUNE urgent>=%.2f concern>=%.2f", u, c));
                  if (penalty > 0) {
                      line.append(String.format(Locale.ROOT, " classifier penalty %.3f urgent>=%.2f flagged>=%.2f"
                              + " (trained on the other set)", penalty, lu, lf));
                  }
                  for (int i = 0; i < sets.size(); i++) {
                      // cross-validation: the classifier is trained on the examples and the OTHER tuning set
                      var learned = penalty > 0 ? new ExampleList.Learned(comments(sets.get(1 - i)), lu, lf, penalty)
                              : null;
                      var screening = Screening.of(phrases, base.withThresholds(u, c, learned));
                      var f = ScreeningEvaluationTest.measure(names.get(i), sets.get(i), screening::screen);
                      line.append(String.format(Locale.ROOT, " | %s %.1f%% %.1f%% %.1f%%", names.get(i),
                              100 * f.urgentRate(), 100 * f.flaggedRate(), 100 * f.ordinaryRate()));
                      if (misses) {
                          f.misses().forEach(m -> System.out.println("TUNE miss " + f.set() + " " + m));
                      }
                  }
                  System.out.println(line);
                }
               }
              }
            }
        }
    }

    static List<MeaningExample> comments(List<Example> set) {
        return set.stream().map(e -> e.level().equals("ORDINARY") ? MeaningExample.harmless(e.text())
                : new MeaningExample(Category.valueOf(e.category()), Severity.valueOf(e.level()), e.text())).toList();
    }

    private static double[] doubles(String csv) {
        return java.util.Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}

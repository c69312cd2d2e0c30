package org.youthvoice.safeguarding;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.youthvoice.safeguarding.ScreeningEvaluationTest.Example;

/**
 * A tool for tuning screening by meaning on the TUNING sets only ({@code evaluation-tuning.tsv},
 * {@code evaluation-tuning-2.tsv} … {@code evaluation-tuning-10.tsv}); never on {@code evaluation-untouched.tsv}. Each
 * set is held out in turn: the classifier is trained on the examples and the other sets, and measured on it. Run it by hand:
 * {@code ./mvnw -o -q test -Dtest=ScreeningTuningTest -Dscreening.tune=true} (add {@code -Dscreening.misses=true} to
 * print the tuning sets' misses). It prints a grid of thresholds against the three figures on each held-out tuning set, and
 * their pooled figures.
 */
@EnabledIfSystemProperty(named = "screening.tune", matches = "true")
class ScreeningTuningTest {

    /** The tuning sets, each held out in turn ({@code -Dscreening.sets=tuning,tuning-2} to choose). */
    static final List<String> TUNING_SETS = List.of("tuning", "tuning-2", "tuning-3", "tuning-4", "tuning-5", "tuning-6",
            "tuning-7", "tuning-8", "tuning-9", "tuning-10", "tuning-11", "tuning-12", "tuning-13", "tuning-14");

    @Test
    void thresholds_against_the_three_figures_on_the_tuning_sets() throws IOException {
        var names = List.of(System.getProperty("screening.sets", String.join(",", TUNING_SETS)).split(","));
        var sets = new java.util.ArrayList<List<Example>>();
        for (var name : names) {
            sets.add(ScreeningEvaluationTest.read("evaluation-" + name + ".tsv"));
        }
        var base = ExampleList.englishStarter();
        var phrases = PhraseList.englishStarter();
        double[] urgents = doubles(System.getProperty("screening.urgent", String.valueOf(base.urgent())));
        double[] concerns = doubles(System.getProperty("screening.concern", String.valueOf(base.concern())));
        boolean misses = Boolean.getBoolean("screening.misses");
        double[] penalties = doubles(System.getProperty("screening.penalty", "0"));
        double[] learnedUrgents = doubles(System.getProperty("screening.lurgent", "0.5"));
        double[] learnedFlaggeds = doubles(System.getProperty("screening.lflagged", "0.5"));
        double[] whenFlaggeds = doubles(System.getProperty("screening.lwhen", "1"));
        double[] keepUrgents = doubles(System.getProperty("screening.keepu", "2"));
        double[] keepFlaggeds = doubles(System.getProperty("screening.keepf", "2"));
        for (String wg : System.getProperty("screening.wgammas", "0").split(",")) {
        for (String wl : System.getProperty("screening.wlambdas", "0.0001").split(",")) {
        for (String pd : System.getProperty("screening.pdoubts", "0").split(",")) {
        for (double keepU : keepUrgents) {
        for (double keepF : keepFlaggeds) {
        for (String knn : System.getProperty("screening.knns", "0").split(",")) {
        for (double beta : doubles(System.getProperty("screening.betas", "0.5"))) {
        for (double u : urgents) {
            for (double c : concerns) {
                if (c > u) {
                    continue;
                }
              for (double penalty : penalties) {
               for (double lu : learnedUrgents) {
                for (double lf : learnedFlaggeds) {
                 for (double lw0 : whenFlaggeds) {
                  double lw = Math.min(lw0, lu);
                  if (penalty > 0 && lf > lu || penalty == 0 && (lu != learnedUrgents[0] || lf != learnedFlaggeds[0])) {
                      continue;
                  }
                  var line = new StringBuilder(String.format(Locale.ROOT, "TUNE doubt %s words %s/%s keep %.2f/%.2f knn %s beta %.2f"
                          + " urgent>=%.2f concern>=%.2f", pd, wg, wl, keepU, keepF, knn, beta, u, c));
                  if (penalty > 0) {
                      line.append(String.format(Locale.ROOT, " classifier penalty %.3f urgent>=%.2f flagged>=%.2f"
                              + " urgent-when-flagged>=%.2f", penalty, lu, lf, lw));
                  }
                  int[] pooled = new int[8];
                  for (int i = 0; i < sets.size(); i++) {
                      // cross-validation: the classifier is trained on the examples and the OTHER tuning sets
                      var others = new java.util.ArrayList<Example>();
                      for (int j = 0; j < sets.size(); j++) {
                          if (j != i) {
                              others.addAll(sets.get(j));
                          }
                      }
                      var learned = penalty > 0 ? new ExampleList.Learned(comments(others), lu, lf, penalty, lw,
                              Integer.parseInt(knn), beta, keepU, keepF, Double.parseDouble(wg),
                              Double.parseDouble(wl), Double.parseDouble(pd))
                              : null;
                      var screening = Screening.of(phrases, base.withThresholds(u, c, learned));
                      var f = ScreeningEvaluationTest.measure(names.get(i), sets.get(i), screening::screen);
                      line.append(String.format(Locale.ROOT, " | %s %.1f%% %.1f%% %.1f%%", names.get(i),
                              100 * f.urgentRate(), 100 * f.flaggedRate(), 100 * f.ordinaryRate()));
                      if (misses) {
                          f.misses().forEach(m -> System.out.println("TUNE miss " + f.set() + " " + m));
                      }
                      pooled[0] += f.urgentAsUrgent();
                      pooled[1] += f.urgent();
                      pooled[2] += f.disclosuresFlagged();
                      pooled[3] += f.disclosures();
                      pooled[4] += f.ordinaryFlagged();
                      pooled[5] += f.ordinary();
                      pooled[6] += f.concernAsUrgent();
                      pooled[7] += f.disclosures() - f.urgent();
                  }
                  line.append(String.format(Locale.ROOT, " | pooled %.1f%% %.1f%% %.1f%% (concerns urgent %.1f%%)",
                          100.0 * pooled[0] / pooled[1], 100.0 * pooled[2] / pooled[3], 100.0 * pooled[4] / pooled[5],
                          100.0 * pooled[6] / pooled[7]));
                  System.out.println(line);
                 }
                }
               }
              }
            }
        }
        }
        }
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

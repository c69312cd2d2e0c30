package org.youthvoice.safeguarding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two logistic regressions over the words of a text and the pairs of words next to each other ("urgent?" and "urgent
 * or concern?"), trained on the same examples and labelled comments as {@link SeverityClassifier}. A sentence
 * embedding blurs single words that carry a disclosure ("tonight", "pills", "goodbye", "bruises"); a word model keeps
 * them. Only words and pairs seen in at least two training texts count, so one comment cannot teach a word alone.
 * Training is deterministic (full-batch gradient steps with AdaGrad, a fixed number of them, in a fixed order).
 */
public final class WordModel {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final int STEPS = 300;
    private static final double RATE = 0.5;

    private final Map<String, Integer> index;
    private final double[] urgent;
    private final double[] flagged;

    private WordModel(Map<String, Integer> index, double[] urgent, double[] flagged) {
        this.index = index;
        this.urgent = urgent;
        this.flagged = flagged;
    }

    /**
     * @param texts  prepared (lower-cased, spelled out) training texts
     * @param levels 2 urgent, 1 concern, 0 ordinary or harmless
     */
    public static WordModel train(List<String> texts, int[] levels, double lambda) {
        var counts = new HashMap<String, Integer>();
        var featureSets = new ArrayList<List<String>>(texts.size());
        for (var text : texts) {
            var features = features(text);
            featureSets.add(features);
            features.forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        var names = counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).sorted().toList();
        var index = new HashMap<String, Integer>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int n = texts.size();
        var rows = new int[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = featureSets.get(i).stream().map(index::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
        }
        var isUrgent = new boolean[n];
        var isFlagged = new boolean[n];
        for (int i = 0; i < n; i++) {
            isUrgent[i] = levels[i] >= 2;
            isFlagged[i] = levels[i] >= 1;
        }
        return new WordModel(index, fit(rows, isUrgent, names.size(), lambda), fit(rows, isFlagged, names.size(), lambda));
    }

    /** How likely the prepared text is urgent, and urgent or a concern. */
    public SeverityClassifier.Probabilities probabilities(String prepared) {
        var row = features(prepared).stream().map(index::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        return new SeverityClassifier.Probabilities(probability(urgent, row), probability(flagged, row));
    }

    /** @param prepared as {@link MeaningMatcher#prepare} leaves it (which also reads an officer's redactions) */
    static List<String> features(String prepared) {
        var words = Arrays.stream(SPLIT.split(prepared.toLowerCase(java.util.Locale.ROOT)))
                .map(w -> w.replaceAll("^'+|'+$", "")).filter(w -> !w.isEmpty()).toList();
        var out = new LinkedHashSet<String>();
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i));
            if (i + 1 < words.size()) {
                out.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return List.copyOf(out);
    }

    private static double probability(double[] w, int[] row) {
        double scale = row.length == 0 ? 0 : 1 / Math.sqrt(row.length);
        double z = w[w.length - 1];
        for (int f : row) {
            z += w[f] * scale;
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] fit(int[][] rows, boolean[] ys, int features, double lambda) {
        int n = rows.length;
        int positives = 0;
        for (boolean y : ys) {
            positives += y ? 1 : 0;
        }
        double[] w = new double[features + 1];
        if (positives == 0 || positives == n) {
            w[features] = positives == 0 ? -10 : 10;
            return w;
        }
        double positiveWeight = n / (2.0 * positives);
        double negativeWeight = n / (2.0 * (n - positives));
        double[] squares = new double[features + 1];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[features + 1];
            for (int i = 0; i < n; i++) {
                double p = probability(w, rows[i]);
                double g = (ys[i] ? positiveWeight : negativeWeight) * (p - (ys[i] ? 1 : 0)) / n;
                double scale = rows[i].length == 0 ? 0 : 1 / Math.sqrt(rows[i].length);
                for (int f : rows[i]) {
                    gradient[f] += g * scale;
                }
                gradient[features] += g;
            }
            for (int f = 0; f <= features; f++) {
                double g = gradient[f] + (f < features ? lambda * w[f] : 0);
                squares[f] += g * g;
                if (squares[f] > 0) {
                    w[f] -= RATE * g / Math.sqrt(squares[f]);
                }
            }
        }
        return w;
    }
}

package org.youthvoice.safeguarding.internal;

import java.util.Arrays;

/**
 * Two small logistic regressions over a text's 384-number sentence embedding: how likely it is urgent, and how
 * likely it is urgent or a concern (worth a lead's reading). Trained when the screening is built, from the example
 * statements (urgent, concern, harmless) and the labelled comments kept beside them, so the weights are always derived
 * from data a lead can read; nothing is stored but that data. Training is deterministic (Newton's method on an
 * L2-regularised log-loss, with each class weighted to half of the total), so every node gets the same weights.
 * Optionally the most alike training texts vote as well (their labels, weighted by likeness), blended with the
 * regressions (issue 13: cross-validated on the tuning sets, it catches more and flags fewer ordinary comments).
 *
 * <p>It decides only whether a text is close enough to flag; what a lead is shown is the closest example of that
 * severity and how alike it is, as for a match by meaning without it.
 */
public final class SeverityClassifier {

    private static final int NEWTON_STEPS = 12;

    private final double[] urgent;
    private final double[] flagged;
    private final float[][] vectors;
    private final int[] levels;
    private final int[] categories;
    private final int neighbours;
    private final double neighbourWeight;

    private SeverityClassifier(double[] urgent, double[] flagged, float[][] vectors, int[] levels, int[] categories,
            int neighbours, double neighbourWeight) {
        this.urgent = urgent;
        this.flagged = flagged;
        this.vectors = vectors;
        this.levels = levels;
        this.categories = categories;
        this.neighbours = neighbours;
        this.neighbourWeight = neighbours == 0 ? 0 : neighbourWeight;
    }

    /**
     * @param vectors unit-length embeddings, one per training text
     * @param levels 2 urgent, 1 concern, 0 ordinary or harmless
     * @param lambda L2 penalty (on the weights, not the bias)
     */
    public static SeverityClassifier train(float[][] vectors, int[] levels, double lambda) {
        var noCategories = new int[levels.length];
        Arrays.fill(noCategories, -1);
        return train(vectors, levels, noCategories, lambda, 0, 0);
    }

    /**
     * As {@link #train(float[][], int[], double)}, and the {@code neighbours} most alike training texts vote too: each
     * probability is {@code neighbourWeight} times their vote (weighted by how alike they are) plus the rest times the
     * regression's. The regression draws one straight boundary through all the meanings; the neighbours follow the
     * labels where the boundary bends, such as a harmless way of saying something that usually is not.
     */
    public static SeverityClassifier train(float[][] vectors, int[] levels, int[] categories, double lambda,
            int neighbours, double neighbourWeight) {
        if (categories.length != levels.length) {
            throw new IllegalArgumentException("one category per training text");
        }
        var isUrgent = new boolean[levels.length];
        var isFlagged = new boolean[levels.length];
        for (int i = 0; i < levels.length; i++) {
            isUrgent[i] = levels[i] >= 2;
            isFlagged[i] = levels[i] >= 1;
        }
        // the two regressions are independent: trained side by side
        var urgentWeights = java.util.concurrent.CompletableFuture.supplyAsync(() -> fit(vectors, isUrgent, lambda));
        double[] flaggedWeights = fit(vectors, isFlagged, lambda);
        return new SeverityClassifier(urgentWeights.join(), flaggedWeights, vectors.clone(), levels.clone(),
                categories.clone(), Math.min(neighbours, vectors.length), neighbourWeight);
    }

    /** How likely a text is urgent, and urgent or a concern, each 0 to 1. */
    public record Probabilities(double urgent, double flagged) {
    }

    /** Both probabilities for the text of this embedding. */
    public Probabilities probabilities(float[] vector) {
        double u = probability(urgent, vector);
        double f = probability(flagged, vector);
        if (neighbours == 0) {
            return new Probabilities(u, f);
        }
        var vote = neighbourVote(vector);
        return new Probabilities((1 - neighbourWeight) * u + neighbourWeight * vote.urgent(),
                (1 - neighbourWeight) * f + neighbourWeight * vote.flagged());
    }

    /** How likely the text of this embedding is urgent, 0 to 1. */
    public double urgent(float[] vector) {
        return probabilities(vector).urgent();
    }

    /** How likely the text of this embedding is urgent or a concern, 0 to 1. */
    public double flagged(float[] vector) {
        return probabilities(vector).flagged();
    }

    /** How many of the most alike labelled disclosures vote on a text's category. */
    static final int CATEGORY_NEIGHBOURS = 10;

    /**
     * The category most of the {@value #CATEGORY_NEIGHBOURS} most alike training texts that are urgent or a concern
     * have, each vote weighted by how alike it is; -1 if there is none. Thousands of labelled comments name the kind
     * of harm better than the one closest example statement does (cross-validated on the tuning sets, issue 13).
     *
     * @return the category's index, as given to {@link #train(float[][], int[], int[], double, int, double)}
     */
    public int category(float[] v) {
        int[] nearest = nearest(v, CATEGORY_NEIGHBOURS, true);
        var votes = new java.util.HashMap<Integer, Double>();
        for (int i : nearest) {
            if (i >= 0 && categories[i] >= 0) {
                votes.merge(categories[i], Math.max(Vectors.dot(vectors[i], v), 0), Double::sum);
            }
        }
        int winner = -1;
        double most = 0;
        for (var vote : votes.entrySet()) {
            if (vote.getValue() > most || vote.getValue() == most && winner >= 0 && vote.getKey() < winner) {
                most = vote.getValue();
                winner = vote.getKey();
            }
        }
        return winner;
    }

    /** The share of the most alike training texts that are urgent, and urgent or a concern, weighted by likeness. */
    private Probabilities neighbourVote(float[] v) {
        double all = 0;
        double urgentVotes = 0;
        double flaggedVotes = 0;
        for (int i : nearest(v, neighbours, false)) {
            if (i < 0) {
                continue;
            }
            double w = Math.max(Vectors.dot(vectors[i], v), 0);
            all += w;
            urgentVotes += levels[i] >= 2 ? w : 0;
            flaggedVotes += levels[i] >= 1 ? w : 0;
        }
        return all == 0 ? new Probabilities(0, 0) : new Probabilities(urgentVotes / all, flaggedVotes / all);
    }

    /**
     * The indices of the {@code k} training texts most alike to {@code v}, most alike first (-1 where there are fewer);
     * only urgent and concern ones if {@code flaggedOnly}.
     */
    private int[] nearest(float[] v, int k, boolean flaggedOnly) {
        double[] best = new double[k];
        int[] index = new int[k];
        Arrays.fill(best, -2);
        Arrays.fill(index, -1);
        for (int i = 0; i < vectors.length; i++) {
            if (flaggedOnly && levels[i] < 1) {
                continue;
            }
            double s = Vectors.dot(vectors[i], v);
            if (s > best[k - 1]) {
                int j = k - 1;
                while (j > 0 && best[j - 1] < s) {
                    best[j] = best[j - 1];
                    index[j] = index[j - 1];
                    j--;
                }
                best[j] = s;
                index[j] = i;
            }
        }
        return index;
    }

    private static double probability(double[] w, float[] x) {
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] fit(float[][] xs, boolean[] ys, double lambda) {
        int n = xs.length;
        int d = xs[0].length + 1;
        int positives = 0;
        for (boolean y : ys) {
            positives += y ? 1 : 0;
        }
        double[] w = new double[d];
        if (positives == 0 || positives == n) {
            w[d - 1] = positives == 0 ? -10 : 10;
            return w;
        }
        double positiveWeight = n / (2.0 * positives);
        double negativeWeight = n / (2.0 * (n - positives));
        // each vector widened to double once, with a 1 for the bias last, so the inner loop is plain arithmetic the
        // JIT can vectorise (the same sums in the same order as with the floats: the weights do not change)
        double[][] wide = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d - 1; j++) {
                wide[i][j] = xs[i][j];
            }
            wide[i][d - 1] = 1;
        }
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < n; i++) {
                double[] x = wide[i];
                double p = probability(w, xs[i]);
                double c = ys[i] ? positiveWeight : negativeWeight;
                double g = c * (p - (ys[i] ? 1 : 0));
                double h = c * p * (1 - p);
                for (int a = 0; a < d; a++) {
                    double xa = x[a];
                    gradient[a] += g * xa;
                    double hx = h * xa;
                    double[] row = hessian[a];
                    for (int b = 0; b <= a; b++) {
                        row[b] += hx * x[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a < d - 1) {
                    gradient[a] += lambda * w[a];
                    hessian[a][a] += lambda;
                } else {
                    hessian[a][a] += 1e-6;
                }
            }
            double[] delta = solve(hessian, gradient);
            for (int a = 0; a < d; a++) {
                w[a] -= delta[a];
            }
        }
        return w;
    }

    /** Solves H x = g for a symmetric positive definite H (Cholesky). */
    private static double[] solve(double[][] h, double[] g) {
        int d = g.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < d; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}

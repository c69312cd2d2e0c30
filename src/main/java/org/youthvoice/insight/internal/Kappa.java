package org.youthvoice.insight.internal;

/**
 * Cohen's kappa for two coders' yes/no decisions: {@code bothYes} items both gave the code, {@code onlyFirst} and
 * {@code onlySecond} one of them, {@code bothNo} neither. Kappa is (observed agreement - agreement expected by chance)
 * / (1 - agreement expected by chance); {@link #kappa()} is NaN when chance agreement is already total (both coders
 * said the same thing to every item), where kappa is undefined.
 */
public record Kappa(long bothYes, long onlyFirst, long onlySecond, long bothNo) {

    public long items() {
        return bothYes + onlyFirst + onlySecond + bothNo;
    }

    public double observed() {
        return items() == 0 ? Double.NaN : (double) (bothYes + bothNo) / items();
    }

    public double expected() {
        double n = items();
        if (n == 0) {
            return Double.NaN;
        }
        double firstYes = bothYes + onlyFirst;
        double secondYes = bothYes + onlySecond;
        return (firstYes * secondYes + (n - firstYes) * (n - secondYes)) / (n * n);
    }

    public double kappa() {
        double pe = expected();
        return items() == 0 || pe >= 1.0 ? Double.NaN : (observed() - pe) / (1.0 - pe);
    }

    public Kappa plus(Kappa other) {
        return new Kappa(bothYes + other.bothYes, onlyFirst + other.onlyFirst, onlySecond + other.onlySecond,
                bothNo + other.bothNo);
    }

    /**
     * Landis and Koch's (1977) words for a kappa: below 0 poor, to 0.20 slight, to 0.40 fair, to 0.60 moderate, to
     * 0.80 substantial, above almost perfect; UNDEFINED when kappa cannot be worked out.
     */
    public Band band() {
        double k = kappa();
        if (Double.isNaN(k)) {
            return Band.UNDEFINED;
        }
        if (k < 0) {
            return Band.POOR;
        }
        if (k <= 0.20) {
            return Band.SLIGHT;
        }
        if (k <= 0.40) {
            return Band.FAIR;
        }
        if (k <= 0.60) {
            return Band.MODERATE;
        }
        return k <= 0.80 ? Band.SUBSTANTIAL : Band.ALMOST_PERFECT;
    }

    public enum Band {
        UNDEFINED, POOR, SLIGHT, FAIR, MODERATE, SUBSTANTIAL, ALMOST_PERFECT
    }
}

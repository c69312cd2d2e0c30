package org.youthvoice.insight.internal;

import java.util.List;

/**
 * How far two coders of a sample agree: per code (given or not, item by item) and pooled over every item and code.
 *
 * @param items how many items both coded
 */
public record Agreement(String firstCoder, String secondCoder, long items, List<CodeAgreement> perCode,
        Kappa pooled) {

    public record CodeAgreement(String code, String title, Kappa kappa) {
    }
}

package org.youthvoice.safeguarding.internal;

/** Arithmetic on sentence embeddings, kept fast because screening does it thousands of times per comment. */
final class Vectors {

    private Vectors() {
    }

    /**
     * The dot product (for unit-length embeddings, the cosine similarity). Four running sums, so the processor can
     * work on several products at once instead of waiting for each addition; with 384 numbers per embedding and
     * about 4,000 labelled texts compared per stretch, this is most of the neighbours' cost.
     */
    static double dot(float[] a, float[] b) {
        int n = a.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}

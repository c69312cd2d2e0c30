package org.youthvoice.survey.results;

import org.jspecify.annotations.Nullable;

/**
 * A figure to compare a result with, such as a national average, entered by an officer.
 *
 * @param optionKey null for the average answer of a 0-10 scale; otherwise the answer whose share this is
 * @param value an average from 0 to 10, or a percentage from 0 to 100
 * @param described who the figure is about, e.g. "Young people aged 10 to 15, UK"
 */
public record Benchmark(long id, String questionKey, @Nullable String optionKey, double value, String described,
        String source, int year) {

    /** What an officer typed; checked by {@link SurveyBenchmarks#add}. */
    public record New(String questionKey, @Nullable String optionKey, @Nullable Double value,
            @Nullable String described, @Nullable String source, @Nullable Integer year) {
    }
}

/**
 * The results room: the running totals, folded in from sent responses as they are released
 * ({@code ResultTally}, {@code Released}, design notes 0017 and 0027), the counting behind every results view done in
 * the database ({@code ResultQueries}) and which answers a narrowed view hides with the views beside it
 * ({@code LinkedResults}, design note 0024), and the figures results are compared with ({@code SurveyBenchmarks}). Read
 * through the root's {@code SurveyAnalysis}; the officers' results screen is in {@code ui}. Their SQL is in this room's
 * own stores ({@code SurveyResultStore}, {@code SurveyTallyStore}, {@code SurveyBenchmarkStore}).
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.survey.results;

/**
 * The exchange room: what goes in and out of Youth Voice as files. The JSON survey format councils share surveys in
 * ({@code SurveyFormat}, described in {@code docs/survey-format.md}), the anonymised responses as CSV
 * ({@code ResponseExport}, reading through {@code ResponseExportStore}) and the results as an XLSX workbook
 * ({@code SurveyExports}, {@code Workbook}).
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.survey.exchange;

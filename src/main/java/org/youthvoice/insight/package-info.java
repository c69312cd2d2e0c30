/**
 * Insight: what young people said, made ready to use. The tagging stream (a copy of every piece of free text, with
 * where it was written but never who wrote it, tagged to framework priorities and outcomes), quotes (de-identified and
 * approved before anything public shows them), results per priority and exports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "framework", "safeguarding",
        "security", "survey"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.insight;

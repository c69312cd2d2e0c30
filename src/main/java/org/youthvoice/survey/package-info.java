/**
 * Surveys with age-banded versions that share core questions, answered anonymously on phones one question at a
 * time, saved as they go. The root package is the public API: definitions, taking, and response counts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "framework", "people",
        "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.survey;

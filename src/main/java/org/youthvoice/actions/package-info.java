/**
 * "You said, we did": actions that answer what young people said, linked to the council's priorities and published to
 * young people in plain words, per age band where the officer writes it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "feedback", "framework",
        "insight", "people", "security", "survey", "voting"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.actions;

/**
 * Votes: counting ballots (motions, single choice, approval, instant runoff, single transferable vote) and reading
 * files of paper ballots. The root package is the module's public API; {@code counting} and {@code internal} are its
 * own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "framework", "insight",
        "people", "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting;

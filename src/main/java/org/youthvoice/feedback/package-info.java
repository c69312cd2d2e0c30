/**
 * Always-open "tell us" channels: a face rating and a comment, anonymous unless the young person chooses to be
 * contacted; officers triage what arrives.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "insight", "people", "safeguarding",
        "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.feedback;

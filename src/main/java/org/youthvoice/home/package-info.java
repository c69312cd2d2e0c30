/**
 * Where people land: a young member's home and the staff start page. Reads other modules' public services; no module
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actions", "base", "feedback", "framework", "insight", "people", "safeguarding",
        "security", "survey", "voting"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.home;

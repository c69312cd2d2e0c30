/**
 * The participation log: events young people took part in, attendance counted by group and age band, and the counts
 * the corporate parenting plan measures (children in care and care leavers at events and in surveys) per quarter and
 * year, with small numbers suppressed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"actions", "audit", "base", "feedback",
        "people", "security", "survey", "voting"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.participation;

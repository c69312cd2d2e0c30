/**
 * Strategy frameworks: plans, their priorities and outcomes, as a versioned tag tree with stable codes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.framework;

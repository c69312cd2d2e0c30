/**
 * Who did what to which record, kept for a configurable time. Every module writes here; it reads no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.audit;

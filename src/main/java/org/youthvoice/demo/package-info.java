/**
 * Demo accounts and data for trying Youth Voice on the embedded database. Never runs against an external database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "feedback", "people", "security",
        "survey"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.demo;

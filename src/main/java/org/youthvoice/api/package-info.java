/**
 * The read-only JSON API for programs (dashboards, analysts' notebooks): aggregated results only, never anything a
 * young person wrote, each call made as the staff member whose personal token it carries. The root package holds the
 * token service; the endpoints and their security live in {@code internal}, the tokens page in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "framework", "security",
        "survey"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.api;

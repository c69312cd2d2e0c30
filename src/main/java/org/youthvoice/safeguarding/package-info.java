/**
 * Safeguarding: screening free text for possible disclosures of harm. The root package is the module's public API
 * ({@link org.youthvoice.safeguarding.Screening} and its records); {@code internal} holds the text analysis
 * and the SQL of the queue and the lists ({@code QueueStore}, {@code ScreeningListStore}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "people", "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.safeguarding;

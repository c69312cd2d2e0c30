/**
 * "Get help now", privacy information per age band and the accessibility statement: public pages, reachable from
 * every screen.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.help;

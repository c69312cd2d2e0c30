/**
 * Who may do what: roles, the login page, throttling, security headers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.security;

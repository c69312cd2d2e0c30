/**
 * Who may do what: roles, the login page, throttling, security headers.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.security;

/**
 * The young people's front door: what every server-rendered page shares (the shell's words, the CSRF token, the
 * inline styles and the one small script). Features keep their own controllers and templates; this imports none.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.base.web;

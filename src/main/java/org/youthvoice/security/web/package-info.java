/**
 * The front door and the login page: plain server-rendered pages that work without script and keep no server session
 * for anyone who has not logged in.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.security.web;

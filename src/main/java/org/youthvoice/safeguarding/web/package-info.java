/**
 * "Tell someone now" on a young member's phone as plain pages: a box, who will read it and what happens next, and a
 * page that says it has gone. Works with script switched off.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.safeguarding.web;

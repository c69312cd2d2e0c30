/**
 * "Tell us" on a young person's phone as plain pages: a face, a comment, a way back to them only if they want it, and
 * a thank-you page reached by redirect. Works with script switched off; no server session.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.feedback.web;

/**
 * Always-open "tell us" channels: a face rating and a comment, anonymous unless the young person chooses to be
 * contacted; officers triage what arrives.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.feedback;

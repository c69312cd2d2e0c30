/** Voting on a member's phone, as plain pages that work without script: the ballot, and the published result. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.web;

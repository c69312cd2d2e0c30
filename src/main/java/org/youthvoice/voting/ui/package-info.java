/** Screens for votes: officers' forums and ballots, members' voting on a phone, the meeting projector. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.ui;

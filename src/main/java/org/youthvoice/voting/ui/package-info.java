/** Screens for votes: officers' forums and ballots, the city-wide ballot, and the meeting projector. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.ui;

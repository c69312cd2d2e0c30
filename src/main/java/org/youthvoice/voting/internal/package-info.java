/**
 * The module's own: its SQL, in stores that return records with named fields ({@link
 * org.youthvoice.voting.internal.BallotStore}, {@link org.youthvoice.voting.internal.VoteStore}, {@link
 * org.youthvoice.voting.internal.ResultStore}, {@link org.youthvoice.voting.internal.CityGroupStore}, {@link
 * org.youthvoice.voting.internal.ForumStore}); readers for ballot files (reached only through {@link
 * org.youthvoice.voting.internal.BallotFile}); and how stored ballot papers are written and counted. City-wide
 * ballots ({@link org.youthvoice.voting.internal.CityBallotService}, used by no other module) are here too, sharing
 * with the root's services how a ballot is set up ({@link org.youthvoice.voting.internal.BallotSetup}) and how a
 * paper's marks are checked ({@link org.youthvoice.voting.internal.PaperMarks}).
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.internal;

/**
 * The module's own: its SQL, in stores that return records with named fields ({@link
 * org.youthvoice.voting.internal.BallotStore}, {@link org.youthvoice.voting.internal.VoteStore}, {@link
 * org.youthvoice.voting.internal.ResultStore}, {@link org.youthvoice.voting.internal.CityGroupStore}, {@link
 * org.youthvoice.voting.internal.ForumStore}); readers for ballot files (reached only through {@link
 * org.youthvoice.voting.internal.BallotFile}); and how stored ballot papers are written and counted.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.internal;

/** Readers for ballot files; reached only through {@link org.youthvoice.voting.BallotFile}. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.internal;

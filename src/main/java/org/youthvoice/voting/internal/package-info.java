/**
 * Readers for ballot files (reached only through {@link org.youthvoice.voting.internal.BallotFile}), and how stored ballot
 * papers are written and counted.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.internal;

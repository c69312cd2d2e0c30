package org.youthvoice.voting;

/** Votes for an option (first preferences, for ranked ballots) cast online and on paper, shown apart. */
public record SourceCount(String option, long online, long paper) {
}

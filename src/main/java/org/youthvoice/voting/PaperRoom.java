package org.youthvoice.voting;

/**
 * Room for paper ballots: each member ticked as voting on paper, and each person the officer said may vote on paper
 * without being a member, can add one paper ballot.
 *
 * @param paperVoters people who may vote on paper without being members (stated by the officer)
 * @param papers paper ballots entered or imported so far
 * @param ticked members ticked as voting on paper
 */
public record PaperRoom(int paperVoters, long papers, long ticked) {

    /** How many more paper ballots can be added. */
    public long left() {
        return Math.max(0, paperVoters + ticked - papers);
    }

    /** The fewest people voting on paper without being members that still covers the papers in. */
    public long fewestPaperVoters() {
        return Math.max(0, papers - ticked);
    }
}

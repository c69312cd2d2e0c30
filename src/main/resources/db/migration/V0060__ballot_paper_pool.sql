-- Secret ballots: a paper cast online waits here, sealed, until enough others wait with it; then a random batch of
-- them moves to ballot_paper together, in shuffled order and with new random ids (see
-- docs/design-decisions/0022-secret-ballots-and-small-votes.md). No member, no time, no order: the id is random and
-- the sealed paper (AES-GCM with a key kept outside the database, padded to one length) says nothing to someone who
-- reads this table while the vote runs.
CREATE TABLE ballot_paper_pending (
    id        CHAR(32)        NOT NULL PRIMARY KEY,
    ballot_id BIGINT          NOT NULL,
    sealed    VARBINARY(1200) NOT NULL,
    CONSTRAINT fk_ballot_paper_pending FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_paper_pending ON ballot_paper_pending (ballot_id);

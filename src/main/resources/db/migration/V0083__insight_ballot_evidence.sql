-- Published ballot results as evidence, kept by insight from the events voting sends when it publishes or corrects a
-- result (design note 0036). The evidence pages read these tables instead of asking voting to recount every tagged
-- ballot, STV included, on every view. Raw counts are kept, as voting keeps them; the small-number rules are applied
-- when they are shown, so a change of the rules applies to old results too.
CREATE TABLE insight_ballot (
    ballot_id      BIGINT        NOT NULL PRIMARY KEY,  -- voting's ballot id: the same ballot, not a foreign key
    version        INT           NOT NULL,              -- the published version this is
    question       VARCHAR(500)  NOT NULL,
    forum          VARCHAR(120)  NOT NULL,              -- empty for a city-wide ballot
    published_at   DATETIME(0)   NOT NULL,
    summary        VARCHAR(1000) NULL,
    motion_outcome VARCHAR(20)   NULL,                  -- PASSED, FAILED or NO_QUORUM for a motion
    papers         BIGINT        NOT NULL,
    KEY ix_insight_ballot_published (published_at, ballot_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Votes per option (first choices for a ranked ballot), in the ballot's order; winner_rank orders the winners
-- (several for a tie or several seats), NULL for the rest.
CREATE TABLE insight_ballot_option (
    ballot_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(200) NOT NULL,
    votes       BIGINT       NOT NULL,
    winner_rank INT          NULL,
    PRIMARY KEY (ballot_id, position),
    CONSTRAINT fk_insight_ballot_option FOREIGN KEY (ballot_id) REFERENCES insight_ballot (ballot_id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The framework codes the ballot is tagged with.
CREATE TABLE insight_ballot_code (
    ballot_id BIGINT      NOT NULL,
    code      VARCHAR(64) NOT NULL,
    PRIMARY KEY (ballot_id, code),
    KEY ix_insight_ballot_code (code),
    CONSTRAINT fk_insight_ballot_code FOREIGN KEY (ballot_id) REFERENCES insight_ballot (ballot_id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which published version of each ballot voting has sent to insight: results published before this migration are
-- sent at the next start (0 < published_version), and a node that stopped between publishing and sending catches up.
ALTER TABLE ballot ADD COLUMN evidence_version INT NOT NULL DEFAULT 0;

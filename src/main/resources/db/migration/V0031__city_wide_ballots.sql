-- City-wide ballots (Make Your Mark style): no forum; young people vote with a code per school or group. A code
-- identifies the group, never the person; a group's eligible number lets turnout show, and caps its votes.
ALTER TABLE ballot MODIFY forum_id BIGINT NULL;

CREATE TABLE ballot_group (
    code      CHAR(10)     NOT NULL PRIMARY KEY,
    ballot_id BIGINT       NOT NULL,
    name      VARCHAR(120) NOT NULL,
    eligible  INT          NOT NULL,
    cast_votes INT         NOT NULL DEFAULT 0,   -- votes taken with this code; never more than eligible
    CONSTRAINT ck_ballot_group_cap CHECK (cast_votes <= eligible),
    CONSTRAINT uk_ballot_group_name UNIQUE (ballot_id, name),
    CONSTRAINT fk_ballot_group FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_group_ballot ON ballot_group (ballot_id);

-- Which group a city-wide paper came from (null for forum ballots).
ALTER TABLE ballot_paper ADD COLUMN group_code CHAR(10) NULL;
CREATE INDEX ix_ballot_paper_group ON ballot_paper (ballot_id, group_code);

-- Forums (a children in care council, a SEND youth forum) and their members: young member accounts.
CREATE TABLE forum (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(500) NULL,
    created_at  DATETIME(0)  NOT NULL,
    CONSTRAINT uk_forum_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_member (
    forum_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    joined_on DATE   NOT NULL,
    PRIMARY KEY (forum_id, member_id),
    CONSTRAINT fk_forum_member_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_member_account FOREIGN KEY (member_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_forum_member_member ON forum_member (member_id);

-- A ballot for a forum. Open from opened_at (manual) or opens_at (scheduled) until closed_at or closes_at.
CREATE TABLE ballot (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id      BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,   -- MOTION, SINGLE_CHOICE, APPROVAL, INSTANT_RUNOFF, STV
    question      VARCHAR(500) NOT NULL,
    secret        BOOLEAN      NOT NULL,
    choices       INT          NOT NULL DEFAULT 1,   -- approval: up to N marks; STV: N seats
    quorum        INT          NOT NULL DEFAULT 0,   -- minimum turnout; 0 for none
    threshold     VARCHAR(16)  NULL,                 -- motions: SIMPLE_MAJORITY, TWO_THIRDS
    live_results  BOOLEAN      NOT NULL DEFAULT FALSE,
    meeting_code  CHAR(20)     NOT NULL,             -- the unguessable part of the projector link
    opens_at      DATETIME(0)  NULL,
    closes_at     DATETIME(0)  NULL,
    opened_at     DATETIME(0)  NULL,
    closed_at     DATETIME(0)  NULL,
    eligible      INT          NULL,                 -- forum members when it closed
    lot_seed      BIGINT       NOT NULL,             -- drawn at creation, shown once closed: ties settled by lot
    correcting    BOOLEAN      NOT NULL DEFAULT FALSE,
    published_version INT      NOT NULL DEFAULT 0,
    created_at    DATETIME(0)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_ballot_meeting_code UNIQUE (meeting_code),
    CONSTRAINT fk_ballot_forum FOREIGN KEY (forum_id) REFERENCES forum (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_forum ON ballot (forum_id);

CREATE TABLE ballot_option (
    ballot_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    label     VARCHAR(200) NOT NULL,
    picture   VARCHAR(40)  NULL,
    PRIMARY KEY (ballot_id, position),
    CONSTRAINT fk_ballot_option FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ballot_tag (
    ballot_id BIGINT      NOT NULL,
    code      VARCHAR(64) NOT NULL,
    PRIMARY KEY (ballot_id, code),
    CONSTRAINT fk_ballot_tag FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- THAT a member voted (online, or ticked as voting on paper). The key is the whole row: one vote per member per
-- ballot, enforced here. No time, no sequence: nothing to line up with a ballot paper.
CREATE TABLE ballot_voter (
    ballot_id BIGINT  NOT NULL,
    member_id BIGINT  NOT NULL,
    on_paper  BOOLEAN NOT NULL,
    PRIMARY KEY (ballot_id, member_id),
    CONSTRAINT fk_ballot_voter_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_voter_account FOREIGN KEY (member_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_voter_member ON ballot_voter (member_id);

-- WHAT was voted. No member, no time; the id is random, so neither it nor the clustered order follows voting order.
-- marks: MOTION "YES"/"NO"/"ABSTAIN"; choices as option positions "3" or "1,4"; rankings in order "2,4,5|6,1"
-- ("|" joins options ranked equal: an overvote); "" is blank. weight > 1 only for identical imported paper ballots.
CREATE TABLE ballot_paper (
    id        CHAR(32)      NOT NULL PRIMARY KEY,
    ballot_id BIGINT        NOT NULL,
    on_paper  BOOLEAN       NOT NULL,
    marks     VARCHAR(1000) NOT NULL,
    weight    INT           NOT NULL DEFAULT 1,
    CONSTRAINT fk_ballot_paper FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_paper_ballot ON ballot_paper (ballot_id, on_paper);

-- Open ballots only: who voted what, shown to the officer.
CREATE TABLE ballot_open_vote (
    ballot_id BIGINT   NOT NULL,
    member_id BIGINT   NOT NULL,
    paper_id  CHAR(32) NOT NULL,
    PRIMARY KEY (ballot_id, member_id),
    CONSTRAINT fk_open_vote_voter FOREIGN KEY (ballot_id, member_id) REFERENCES ballot_voter (ballot_id, member_id) ON DELETE CASCADE,
    CONSTRAINT fk_open_vote_paper FOREIGN KEY (paper_id) REFERENCES ballot_paper (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A published result: the votes counted, frozen. A correction is a new version, never a change to an old one.
CREATE TABLE ballot_result (
    ballot_id    BIGINT        NOT NULL,
    version      INT           NOT NULL,
    published_at DATETIME(0)   NOT NULL,
    published_by VARCHAR(64)   NOT NULL,
    summary      VARCHAR(1000) NULL,     -- plain words for everyone
    correction   VARCHAR(500)  NULL,     -- why this version replaced the one before
    PRIMARY KEY (ballot_id, version),
    CONSTRAINT fk_ballot_result FOREIGN KEY (ballot_id) REFERENCES ballot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ballot_result_band (
    ballot_id BIGINT        NOT NULL,
    version   INT           NOT NULL,
    age_band  VARCHAR(16)   NOT NULL,
    summary   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (ballot_id, version, age_band),
    CONSTRAINT fk_ballot_result_band FOREIGN KEY (ballot_id, version) REFERENCES ballot_result (ballot_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ballot_result_tally (
    ballot_id BIGINT        NOT NULL,
    version   INT           NOT NULL,
    on_paper  BOOLEAN       NOT NULL,
    marks     VARCHAR(1000) NOT NULL,
    votes     BIGINT        NOT NULL,
    CONSTRAINT fk_ballot_result_tally FOREIGN KEY (ballot_id, version) REFERENCES ballot_result (ballot_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_result_tally ON ballot_result_tally (ballot_id, version);

-- The database itself refuses to change or remove a published result.
CREATE TRIGGER ballot_result_no_update BEFORE UPDATE ON ballot_result FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published result cannot be changed: publish a correction';
CREATE TRIGGER ballot_result_no_delete BEFORE DELETE ON ballot_result FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published result cannot be removed: publish a correction';
CREATE TRIGGER ballot_result_tally_no_update BEFORE UPDATE ON ballot_result_tally FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published result cannot be changed: publish a correction';
CREATE TRIGGER ballot_result_tally_no_delete BEFORE DELETE ON ballot_result_tally FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published result cannot be removed: publish a correction';
CREATE TRIGGER ballot_result_band_no_update BEFORE UPDATE ON ballot_result_band FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published result cannot be changed: publish a correction';
CREATE TRIGGER ballot_result_band_no_delete BEFORE DELETE ON ballot_result_band FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published result cannot be removed: publish a correction';

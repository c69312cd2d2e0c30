-- The participation log: events young people took part in, with attendance counted by group and age band, as the
-- corporate parenting plan measures it. Numbers only: no names, except members an officer ticked from the list.
CREATE TABLE participation_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    held_on          DATE          NOT NULL,
    event_type       VARCHAR(24)   NOT NULL,   -- CIC_MEETING, YOUTH_FORUM, WORKSHOP, FUN_DAY, SURVEY_SESSION, OTHER
    group_name       VARCHAR(200)  NOT NULL,   -- the forum or group, as text for now
    in_care          INT           NOT NULL DEFAULT 0,
    care_leavers     INT           NOT NULL DEFAULT 0,
    other_young      INT           NOT NULL DEFAULT 0,
    age_4_7          INT           NOT NULL DEFAULT 0,
    age_8_11         INT           NOT NULL DEFAULT 0,
    age_11_17        INT           NOT NULL DEFAULT 0,
    age_16_25        INT           NOT NULL DEFAULT 0,
    asked            VARCHAR(2000) NULL,
    came_out         VARCHAR(2000) NULL,
    created_at       DATETIME(0)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_participation_counts CHECK (in_care >= 0 AND care_leavers >= 0 AND other_young >= 0
        AND age_4_7 >= 0 AND age_8_11 >= 0 AND age_11_17 >= 0 AND age_16_25 >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_participation_event_held ON participation_event (held_on);

-- Young members an officer ticked as there (account ids from people); who came, never what they said.
CREATE TABLE participation_event_member (
    event_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, account_id),
    CONSTRAINT fk_participation_member_event FOREIGN KEY (event_id) REFERENCES participation_event (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Actions (from "you said, we did") that came out of an event.
CREATE TABLE participation_event_action (
    event_id  BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, action_id),
    CONSTRAINT fk_participation_action_event FOREIGN KEY (event_id) REFERENCES participation_event (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Survey responses per calendar quarter by the care status young people gave, counted from the survey module's
-- event: never read from the survey tables, and holding no survey, version, group or day.
CREATE TABLE participation_survey_count (
    quarter_start DATE        NOT NULL,   -- 1 January, 1 April, 1 July or 1 October
    care_status   VARCHAR(16) NOT NULL,   -- in-care, care-leaver, other, unknown
    responses     INT         NOT NULL,
    PRIMARY KEY (quarter_start, care_status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

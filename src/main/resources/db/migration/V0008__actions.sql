-- "You said, we did": what young people said, what the council will do or did, who owns it, and when.
CREATE TABLE council_action (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    you_said     VARCHAR(1000) NOT NULL,
    we_do        VARCHAR(1000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,   -- PLANNED, IN_PROGRESS, DONE
    owner        VARCHAR(120)  NOT NULL,
    due_on       DATE          NULL,
    published_on DATE          NULL,       -- null while it is a draft
    created_at   DATETIME(0)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_council_action_published ON council_action (published_on);

-- The same action in simpler words for an age band, where the officer writes them.
CREATE TABLE council_action_band (
    action_id BIGINT        NOT NULL,
    age_band  VARCHAR(16)   NOT NULL,
    you_said  VARCHAR(1000) NOT NULL,
    we_do     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (action_id, age_band),
    CONSTRAINT fk_action_band FOREIGN KEY (action_id) REFERENCES council_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE council_action_priority (
    action_id BIGINT      NOT NULL,
    code      VARCHAR(64) NOT NULL,
    PRIMARY KEY (action_id, code),
    CONSTRAINT fk_action_priority FOREIGN KEY (action_id) REFERENCES council_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

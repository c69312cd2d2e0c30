-- The phrases screening looks for, as data officers edit. The starter list is copied in at first start; phrases are
-- switched off, never deleted, so the record of what was screened for stays.
CREATE TABLE screening_phrase (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category  VARCHAR(32)  NOT NULL,
    severity  VARCHAR(16)  NOT NULL,
    pattern   VARCHAR(300) NOT NULL,
    source    VARCHAR(16)  NOT NULL,    -- STARTER or OFFICER
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    added_by  VARCHAR(64)  NOT NULL,
    added_at  DATETIME(0)  NOT NULL,
    CONSTRAINT uk_screening_phrase UNIQUE (category, pattern)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Bumped on every change, so every app node rebuilds its screening from the same list.
CREATE TABLE screening_list_state (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO screening_list_state (id, revision) VALUES (1, 0);

-- Officers keep an edited copy of a comment for quotes (names and places taken out); the original stays for
-- safeguarding and is deleted on the free-text schedule.
ALTER TABLE feedback_item ADD COLUMN redacted_comment TEXT NULL;

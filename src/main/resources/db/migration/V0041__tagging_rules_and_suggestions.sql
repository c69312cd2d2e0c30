-- Keyword rules: a framework code and the words or phrases (one a line) that tag a piece of text with it.
CREATE TABLE insight_rule (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tag_code    VARCHAR(64)   NOT NULL,
    words       TEXT          NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(0)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A suggestion an officer said no to is not offered again for that text.
CREATE TABLE insight_rejected_suggestion (
    text_id     BIGINT        NOT NULL,
    tag_code    VARCHAR(64)   NOT NULL,
    rejected_by VARCHAR(64)   NOT NULL,
    rejected_at DATETIME(0)   NOT NULL,
    PRIMARY KEY (text_id, tag_code),
    CONSTRAINT fk_insight_rejected_text FOREIGN KEY (text_id) REFERENCES insight_text (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row counting changes to officers' tags: each node rebuilds its suggestion index when the count moved on.
CREATE TABLE insight_tag_revision (
    id          TINYINT       NOT NULL PRIMARY KEY,
    revision    BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO insight_tag_revision (id, revision) VALUES (1, 0);

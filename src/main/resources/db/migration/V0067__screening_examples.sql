-- Example statements for screening by meaning (issue 13): each comment is compared with them by a sentence-embedding
-- model. Like the phrase list, the starter examples are copied in at first start, leads add their own, and examples
-- are switched off, never deleted. Severity URGENT or CONCERN with a category; HARMLESS examples (figures of speech,
-- recovery, topics, everyday uses) have category NONE and can only lower a match found by meaning.
CREATE TABLE screening_example (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category  VARCHAR(32)  NOT NULL,
    severity  VARCHAR(16)  NOT NULL,
    text      VARCHAR(300) NOT NULL,
    source    VARCHAR(16)  NOT NULL,    -- STARTER or OFFICER
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    added_by  VARCHAR(64)  NOT NULL,
    added_at  DATETIME(0)  NOT NULL,
    CONSTRAINT uk_screening_example UNIQUE (category, text)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

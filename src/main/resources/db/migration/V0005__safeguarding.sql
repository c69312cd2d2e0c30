-- Spring Modulith's event publication log: an event is marked complete only after its listener succeeded, and
-- unfinished ones are sent again at start, so no free text escapes screening because a node stopped.
-- (Modulith's own MariaDB schema, with the payload as LONGTEXT: a 2,000-character comment can serialise to more.)
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       LONGTEXT     NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) DEFAULT NULL NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6),
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A possible disclosure: a copy of the text (the source may delete its own after its retention period), what
-- matched, and what the safeguarding lead did. Rows are never deleted by the application.
CREATE TABLE disclosure (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_type   VARCHAR(32)   NOT NULL,
    source_id     BIGINT        NOT NULL,
    source_label  VARCHAR(400)  NOT NULL,
    group_code    VARCHAR(64)   NULL,
    contact_given BOOLEAN       NOT NULL,
    text          TEXT          NOT NULL,
    severity      VARCHAR(16)   NOT NULL,     -- URGENT or CONCERN
    categories    VARCHAR(400)  NOT NULL,     -- comma-separated category codes
    matches       TEXT          NOT NULL,     -- start:end:category;... offsets into text, for highlighting
    flagged_at    DATETIME(0)   NOT NULL,
    first_opened_by VARCHAR(64) NULL,
    first_opened_at DATETIME(0) NULL,
    outcome       VARCHAR(20)   NULL,         -- NO_CONCERN, ADVICE_GIVEN, REFERRED
    reference     VARCHAR(100)  NULL,
    note          VARCHAR(2000) NULL,
    closed_by     VARCHAR(64)   NULL,
    closed_at     DATETIME(0)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_disclosure_source UNIQUE (source_type, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_disclosure_open ON disclosure (closed_at, flagged_at);

-- Quotes: a young person's words, de-identified by an officer (names, places, contacts taken out) and approved before
-- anything public shows them. Only the de-identified text is kept here; the original stays where it was written and
-- is deleted on its own schedule.
CREATE TABLE insight_quote (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_type VARCHAR(20)   NOT NULL,   -- where the words came from, e.g. FEEDBACK
    source_id   BIGINT        NOT NULL,
    text        VARCHAR(1000) NOT NULL,   -- de-identified
    written_by  VARCHAR(64)   NOT NULL,
    approved_by VARCHAR(64)   NULL,       -- null while waiting for approval; any change to the text clears it
    approved_on DATE          NULL,
    created_at  DATETIME(0)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_insight_quote_source UNIQUE (source_type, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Quotes an action shows, and survey questions it points at as evidence (other evidence is linked where it lives).
CREATE TABLE council_action_quote (
    action_id BIGINT NOT NULL,
    quote_id  BIGINT NOT NULL,
    position  INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (action_id, quote_id),
    CONSTRAINT fk_action_quote_action FOREIGN KEY (action_id) REFERENCES council_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE council_action_survey_question (
    action_id    BIGINT      NOT NULL,
    survey_id    BIGINT      NOT NULL,
    question_key VARCHAR(40) NOT NULL,
    PRIMARY KEY (action_id, survey_id, question_key),
    CONSTRAINT fk_action_question_action FOREIGN KEY (action_id) REFERENCES council_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Feedback an action answers (kept by feedback: its triage shows the link).
CREATE TABLE feedback_item_action (
    item_id   BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, action_id),
    CONSTRAINT fk_feedback_action_item FOREIGN KEY (item_id) REFERENCES feedback_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_feedback_item_action ON feedback_item_action (action_id);

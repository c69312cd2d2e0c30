-- Always-open "tell us" channels. Feedback is anonymous: no account, address, device or exact time is stored with it.
CREATE TABLE feedback_channel (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(40)   NOT NULL,     -- the unguessable part of the public link
    title        VARCHAR(200)  NOT NULL,
    prompt       VARCHAR(500)  NOT NULL,
    ask_rating   BOOLEAN       NOT NULL DEFAULT TRUE,
    ask_comment  BOOLEAN       NOT NULL DEFAULT TRUE,
    allow_contact BOOLEAN      NOT NULL DEFAULT TRUE,
    open         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at   DATETIME(0)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_feedback_channel_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel_id      BIGINT        NOT NULL,
    received_on     DATE          NOT NULL,  -- the day only: a finer time could identify a young person
    rating          TINYINT       NULL,      -- 1 (really bad) to 5 (really good)
    comment         TEXT          NULL,
    comment_deleted BOOLEAN       NOT NULL DEFAULT FALSE,
    wants_contact   BOOLEAN       NOT NULL DEFAULT FALSE,
    status          VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    assignee        VARCHAR(64)   NULL,
    status_note     VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_feedback_item_channel FOREIGN KEY (channel_id) REFERENCES feedback_channel (id),
    CONSTRAINT ck_feedback_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_feedback_item_received ON feedback_item (received_on, channel_id);
CREATE INDEX ix_feedback_item_status ON feedback_item (status, channel_id);

-- Contact details given by choice, kept apart from the comment, readable by officers only, deleted on schedule.
CREATE TABLE feedback_contact (
    item_id      BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    how_to_reach VARCHAR(200) NOT NULL,
    delete_after DATE         NOT NULL,
    CONSTRAINT fk_feedback_contact_item FOREIGN KEY (item_id) REFERENCES feedback_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_feedback_contact_delete ON feedback_contact (delete_after);

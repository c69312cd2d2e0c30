-- Optional access codes per group for "tell us" channels, like surveys: feedback sent with a code records the group
-- (never the person), so officers can see what a school or a children's home said.
CREATE TABLE feedback_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel_id BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    created_at DATETIME(0)  NOT NULL,
    CONSTRAINT uk_feedback_group_code UNIQUE (channel_id, code),
    CONSTRAINT fk_feedback_group_channel FOREIGN KEY (channel_id) REFERENCES feedback_channel (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE feedback_item ADD COLUMN group_id BIGINT NULL,
    ADD CONSTRAINT fk_feedback_item_group FOREIGN KEY (group_id) REFERENCES feedback_group (id);

-- Wrong codes per network address in a sliding window; only a hash of the address, forgotten after a day.
CREATE TABLE feedback_code_attempt (
    address_key  CHAR(64)    NOT NULL PRIMARY KEY,
    window_start DATETIME(0) NOT NULL,
    failures     INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

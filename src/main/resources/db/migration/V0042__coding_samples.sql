-- Agreement between coders: a sample of texts that two or more officers code on their own. Their codes are kept per
-- coder, apart from the shared tags, so Cohen's kappa can be counted per pair of coders.
CREATE TABLE insight_sample (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(0)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insight_sample_item (
    sample_id   BIGINT        NOT NULL,
    text_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    PRIMARY KEY (sample_id, text_id),
    CONSTRAINT fk_insight_sample_item_sample FOREIGN KEY (sample_id) REFERENCES insight_sample (id) ON DELETE CASCADE,
    CONSTRAINT fk_insight_sample_item_text FOREIGN KEY (text_id) REFERENCES insight_text (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- That a coder has coded an item (possibly with no code at all: "none of these" is a decision too).
CREATE TABLE insight_sample_coded (
    sample_id   BIGINT        NOT NULL,
    text_id     BIGINT        NOT NULL,
    coder       VARCHAR(64)   NOT NULL,
    coded_at    DATETIME(0)   NOT NULL,
    PRIMARY KEY (sample_id, coder, text_id),
    CONSTRAINT fk_insight_sample_coded_item FOREIGN KEY (sample_id, text_id)
        REFERENCES insight_sample_item (sample_id, text_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insight_sample_code (
    sample_id   BIGINT        NOT NULL,
    text_id     BIGINT        NOT NULL,
    coder       VARCHAR(64)   NOT NULL,
    tag_code    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (sample_id, coder, text_id, tag_code),
    CONSTRAINT fk_insight_sample_code_coded FOREIGN KEY (sample_id, coder, text_id)
        REFERENCES insight_sample_coded (sample_id, coder, text_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

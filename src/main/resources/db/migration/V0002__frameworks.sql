-- Strategy frameworks: plan -> priority -> outcome. Codes are stable tag identifiers and are never deleted.
CREATE TABLE framework (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(64)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    source     VARCHAR(300)  NULL,
    vision     VARCHAR(2000) NULL,
    note       VARCHAR(2000) NULL,
    retired    BOOLEAN       NOT NULL DEFAULT FALSE,
    revision   INT           NOT NULL DEFAULT 1,
    updated_at DATETIME(0)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_framework_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_node (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT       NOT NULL,
    parent_id    BIGINT       NULL,
    kind         VARCHAR(16)  NOT NULL,     -- PRIORITY, OUTCOME, CROSS_CUTTING
    code         VARCHAR(64)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    position     INT          NOT NULL,
    removed      BOOLEAN      NOT NULL DEFAULT FALSE,  -- dropped from the plan; tags stay readable
    CONSTRAINT uk_framework_node_code UNIQUE (code),
    CONSTRAINT fk_node_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_node_parent FOREIGN KEY (parent_id) REFERENCES framework_node (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_framework_node_framework ON framework_node (framework_id, position);

CREATE TABLE framework_measure (
    node_id  BIGINT        NOT NULL,
    position INT           NOT NULL,
    text     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (node_id, position),
    CONSTRAINT fk_measure_node FOREIGN KEY (node_id) REFERENCES framework_node (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Statements in young people's words ("good care looks like") that surveys can reuse.
CREATE TABLE framework_statement (
    framework_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    text         VARCHAR(500) NOT NULL,
    PRIMARY KEY (framework_id, position),
    CONSTRAINT fk_statement_framework FOREIGN KEY (framework_id) REFERENCES framework (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An old code read as a new one: findings tagged to a retired plan count towards the current plan too.
CREATE TABLE code_mapping (
    old_code   VARCHAR(64)  NOT NULL,
    new_code   VARCHAR(64)  NOT NULL,
    created_at DATETIME(0)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (old_code, new_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

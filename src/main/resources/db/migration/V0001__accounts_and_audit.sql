-- Staff and young members share one account table: both log in through the same form.
CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,            -- STAFF or MEMBER
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(0)  NULL,
    must_change_secret BOOLEAN   NOT NULL DEFAULT FALSE,
    age_band        VARCHAR(16)  NULL,                -- members only: 8-11, 11-17, 16-25
    created_at      DATETIME(0)  NOT NULL,
    last_login_at   DATETIME(0)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per network address, so throttling holds across several app nodes.
CREATE TABLE login_throttle (
    address_key   CHAR(64)    NOT NULL PRIMARY KEY,   -- SHA-256 of the address, never the address itself
    window_start  DATETIME(0) NOT NULL,
    failures      INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(0)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    record_type VARCHAR(64)   NULL,
    record_id   VARCHAR(64)   NULL,
    details     VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id);

-- Scheduled jobs run once across nodes (ShedLock).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

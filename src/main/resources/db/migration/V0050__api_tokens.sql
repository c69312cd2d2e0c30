-- Read-only API tokens: each belongs to one staff member and acts with that person's roles at the time of each call
-- (a switched-off account's tokens stop working at once). Only a SHA-256 hash of the token is kept: it is shown once.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(0)  NOT NULL,
    expires_on   DATE         NULL,
    last_used_at DATETIME(0)  NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_user ON api_token (username);

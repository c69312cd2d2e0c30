-- One throttle for wrong codes per network address, shared by every place that takes a code (survey group and card
-- codes, resume codes, feedback group codes). Only a hash of the address is kept.
CREATE TABLE address_attempt (
    purpose      VARCHAR(32) NOT NULL,
    address_key  CHAR(64)    NOT NULL,
    window_start DATETIME(0) NOT NULL,
    failures     INT         NOT NULL,
    PRIMARY KEY (purpose, address_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_address_attempt_window ON address_attempt (window_start);

DROP TABLE survey_code_attempt;
DROP TABLE feedback_code_attempt;

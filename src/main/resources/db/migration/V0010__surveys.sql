-- Surveys with age-banded versions that share core questions. Rounds of the same survey share a series key, and a
-- question keeps its key from round to round, so results compare.
CREATE TABLE survey (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_key  CHAR(12)      NOT NULL,
    round_no    INT           NOT NULL DEFAULT 1,
    slug        CHAR(24)      NOT NULL,      -- the unguessable part of the public link
    title       VARCHAR(200)  NOT NULL,
    intro       VARCHAR(2000) NULL,
    thank_you   VARCHAR(2000) NULL,
    status      VARCHAR(12)   NOT NULL DEFAULT 'DRAFT',  -- DRAFT, OPEN, CLOSED
    access      VARCHAR(12)   NOT NULL DEFAULT 'LINK',   -- LINK, GROUP_CODE, CARD, MEMBERS
    opens_at    DATETIME(0)   NULL,
    closes_at   DATETIME(0)   NULL,
    published   BOOLEAN       NOT NULL DEFAULT FALSE,    -- once true, questions may only change in ways that keep answers
    created_at  DATETIME(0)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_survey_slug UNIQUE (slug),
    CONSTRAINT uk_survey_round UNIQUE (series_key, round_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id   BIGINT        NOT NULL,
    version_key VARCHAR(40)   NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    age_band    VARCHAR(16)   NULL,          -- null for a custom version
    assisted    BOOLEAN       NOT NULL DEFAULT FALSE,  -- made for a child and a trusted adult together
    intro       VARCHAR(2000) NULL,
    position    INT           NOT NULL,
    CONSTRAINT uk_survey_version UNIQUE (survey_id, version_key),
    CONSTRAINT fk_survey_version FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_question (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id     BIGINT        NOT NULL,
    question_key  VARCHAR(40)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    text          VARCHAR(500)  NOT NULL,
    help          VARCHAR(500)  NULL,
    picture       VARCHAR(40)   NULL,
    optional      BOOLEAN       NOT NULL DEFAULT FALSE,
    max_length    INT           NULL,
    low_label     VARCHAR(100)  NULL,
    high_label    VARCHAR(100)  NULL,
    demographic   VARCHAR(20)   NULL,
    show_if_key   VARCHAR(40)   NULL,
    show_if_options VARCHAR(500) NULL,       -- option keys, comma separated
    position      INT           NOT NULL,
    CONSTRAINT uk_survey_question UNIQUE (survey_id, question_key),
    CONSTRAINT fk_survey_question FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_option (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT        NOT NULL,
    option_key  VARCHAR(40)   NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    picture     VARCHAR(40)   NULL,
    position    INT           NOT NULL,
    CONSTRAINT uk_survey_option UNIQUE (question_id, option_key),
    CONSTRAINT fk_survey_option FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which questions a version asks, in which order and section: a question in several versions is a core question.
CREATE TABLE survey_version_question (
    version_id  BIGINT        NOT NULL,
    question_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    section     VARCHAR(200)  NULL,
    PRIMARY KEY (version_id, question_id),
    CONSTRAINT fk_svq_version FOREIGN KEY (version_id) REFERENCES survey_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_svq_question FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_question_tag (
    question_id BIGINT      NOT NULL,
    tag_code    VARCHAR(64) NOT NULL,
    PRIMARY KEY (question_id, tag_code),
    CONSTRAINT fk_survey_question_tag FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A survey's words in another language: text keys such as title, q.KEY.text or o.KEY.OPTION.
CREATE TABLE survey_translation (
    survey_id BIGINT        NOT NULL,
    language  VARCHAR(8)    NOT NULL,
    text_key  VARCHAR(100)  NOT NULL,
    text      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (survey_id, language, text_key),
    CONSTRAINT fk_survey_translation FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Groups (a school, a team): an access code says which group answered, never who.
CREATE TABLE survey_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id   BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    code        VARCHAR(16)  NULL,
    cohort_size INT          NULL,          -- how many young people could answer, so the response rate shows
    CONSTRAINT uk_survey_group_code UNIQUE (code),
    CONSTRAINT fk_survey_group FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Single-use codes printed on cards: one child, one response. Nothing joins a card to the response it opened.
CREATE TABLE survey_card (
    code      VARCHAR(16) NOT NULL PRIMARY KEY,
    survey_id BIGINT      NOT NULL,
    group_id  BIGINT      NULL,
    used      BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_survey_card FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A response stores no account, address, device or time of day. While unfinished it holds hashes of the token kept
-- on the young person's device and of the short resume code shown to them; both are cleared when it is sent.
CREATE TABLE survey_response (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id    BIGINT      NOT NULL,
    version_id   BIGINT      NOT NULL,
    group_id     BIGINT      NULL,
    language     VARCHAR(8)  NOT NULL DEFAULT 'en',
    adult_helped BOOLEAN     NOT NULL DEFAULT FALSE,
    status       VARCHAR(12) NOT NULL DEFAULT 'STARTED',  -- STARTED, SUBMITTED
    started_on   DATE        NOT NULL,
    submitted_on DATE        NULL,
    step         INT         NOT NULL DEFAULT 0,
    device_key   CHAR(64)    NULL,
    resume_key   CHAR(64)    NULL,
    CONSTRAINT uk_survey_response_device UNIQUE (device_key),
    CONSTRAINT uk_survey_response_resume UNIQUE (resume_key),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_response_version FOREIGN KEY (version_id) REFERENCES survey_version (id),
    CONSTRAINT fk_survey_response_group FOREIGN KEY (group_id) REFERENCES survey_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_survey_response_counts ON survey_response (survey_id, status, version_id, group_id);
CREATE INDEX ix_survey_response_day ON survey_response (submitted_on, survey_id);

-- One row per chosen option (with its rank for ranking questions), per number, or per free text.
CREATE TABLE survey_answer (
    id           BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT   NOT NULL,
    question_id  BIGINT   NOT NULL,
    option_id    BIGINT   NULL,
    number_value SMALLINT NULL,
    rank_value   TINYINT  NULL,
    text_value   TEXT     NULL,
    text_deleted BOOLEAN  NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
    CONSTRAINT fk_survey_answer_option FOREIGN KEY (option_id) REFERENCES survey_option (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_survey_answer_response ON survey_answer (response_id, question_id);
CREATE INDEX ix_survey_answer_option ON survey_answer (question_id, option_id);
CREATE INDEX ix_survey_answer_number ON survey_answer (question_id, number_value);

-- That a member took part in a members-only survey, so nobody answers twice. No time, no order, no link to the
-- response: the primary key keeps rows in account order.
CREATE TABLE survey_member_taken (
    survey_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (survey_id, account_id),
    CONSTRAINT fk_survey_member_taken FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Wrong codes per network address in a sliding window; only a hash of the address is kept.
CREATE TABLE survey_code_attempt (
    address_key  CHAR(64)    NOT NULL PRIMARY KEY,
    window_start DATETIME(0) NOT NULL,
    failures     INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

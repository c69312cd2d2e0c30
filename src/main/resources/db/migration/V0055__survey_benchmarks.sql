-- Figures to compare a survey's results with, such as national averages for the ONS well-being questions, entered by
-- officers with what they describe, their source and year. Kept per survey series, so every round shows them.
CREATE TABLE survey_benchmark (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_key   CHAR(12)      NOT NULL,
    question_key VARCHAR(40)   NOT NULL,
    option_key   VARCHAR(40)   NULL,      -- null: the average answer of a 0-10 scale; else the share choosing it
    value        DECIMAL(5, 2) NOT NULL,  -- an average from 0 to 10, or a percentage from 0 to 100
    described    VARCHAR(200)  NOT NULL,  -- who the figure is about, e.g. "Young people aged 10 to 15, UK"
    source       VARCHAR(300)  NOT NULL,
    year         SMALLINT      NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(0)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_survey_benchmark_series ON survey_benchmark (series_key, question_key);

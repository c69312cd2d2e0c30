-- Survey results read from running totals instead of counting every answer each time (design note 0017).
-- A sent response is folded into the totals by a background job shortly after it is sent; until then the results
-- page counts it live. The totals are kept per version and group, and again for those who gave each answer to an
-- "about you" question, so every view of the page sums a few hundred or thousand rows. Nothing here can identify a
-- young person: these are counts only, shown with the same small-number rules as before.

-- FALSE until the response's answers are in survey_tally. Only sent responses are ever folded.
ALTER TABLE survey_response ADD COLUMN tallied BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_survey_response_untallied ON survey_response (status, tallied, survey_id, version_id, group_id);

-- Answers per question and option (0: none) or number (-2147483648: none), per version and group (0: no group),
-- of everyone (about_key 0) and of those who chose the "about you" option about_key.
CREATE TABLE survey_tally (
    survey_id    BIGINT NOT NULL,
    about_key    BIGINT NOT NULL,
    version_id   BIGINT NOT NULL,
    group_key    BIGINT NOT NULL,
    question_id  BIGINT NOT NULL,
    option_key   BIGINT NOT NULL,
    number_key   INT    NOT NULL,
    answers      BIGINT NOT NULL,
    rank_sum     BIGINT NOT NULL,  -- sum of the places given, for the average place in rankings
    ranked       BIGINT NOT NULL,  -- answers with a place
    first_places BIGINT NOT NULL,
    texts        BIGINT NOT NULL,  -- free text written (still kept, or deleted on schedule)
    PRIMARY KEY (survey_id, about_key, version_id, group_key, question_id, option_key, number_key),
    CONSTRAINT fk_survey_tally_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Responses that answered each question (several answer rows each for multiple choice), per version and group.
CREATE TABLE survey_tally_question (
    survey_id   BIGINT NOT NULL,
    about_key   BIGINT NOT NULL,
    version_id  BIGINT NOT NULL,
    group_key   BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    responses   BIGINT NOT NULL,
    PRIMARY KEY (survey_id, about_key, version_id, group_key, question_id),
    CONSTRAINT fk_survey_tally_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

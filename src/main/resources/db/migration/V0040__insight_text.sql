-- The tagging stream: a copy of every piece of free text young people wrote (survey answers, feedback comments), made
-- from the FreeTextReceived event, with where and when it was written but never who wrote it. The words are blanked on
-- the same schedule as the original (youthvoice.retention.free-text-days); the tags stay, so counts per priority last.
CREATE TABLE insight_text (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_type   VARCHAR(20)   NOT NULL,   -- FEEDBACK or SURVEY_ANSWER
    source_id     BIGINT        NOT NULL,
    place_kind    VARCHAR(10)   NULL,       -- SURVEY or CHANNEL
    place_id      BIGINT        NULL,
    place_title   VARCHAR(200)  NULL,
    question_key  VARCHAR(40)   NULL,       -- for a survey answer: kept between rounds
    question_text VARCHAR(500)  NULL,
    group_name    VARCHAR(120)  NULL,       -- the access-code group, never a person
    age_band      VARCHAR(16)   NULL,
    rating        TINYINT       NULL,       -- feedback: the face sent with the comment, 1 to 5
    text          TEXT          NULL,       -- null once deleted by retention
    text_deleted  BOOLEAN       NOT NULL DEFAULT FALSE,
    written_on    DATE          NOT NULL,
    received_at   DATETIME(0)   NOT NULL,
    CONSTRAINT uk_insight_text_source UNIQUE (source_type, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_insight_text_written ON insight_text (written_on);
CREATE INDEX ix_insight_text_place ON insight_text (place_kind, place_id, question_key);

-- Framework codes (priorities or outcomes) a piece of text is about. QUESTION tags come from the question's own tags
-- and apply until an officer changes them; OFFICER, RULE and SUGGESTION say how the others were made.
CREATE TABLE insight_text_tag (
    text_id   BIGINT      NOT NULL,
    tag_code  VARCHAR(64) NOT NULL,
    origin    VARCHAR(12) NOT NULL,
    tagged_by VARCHAR(64) NULL,
    tagged_at DATETIME(0) NOT NULL,
    PRIMARY KEY (text_id, tag_code),
    CONSTRAINT fk_insight_text_tag_text FOREIGN KEY (text_id) REFERENCES insight_text (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_insight_text_tag_code ON insight_text_tag (tag_code, text_id);

-- Text written before this table existed joins the stream once (new text arrives through the event).
INSERT INTO insight_text (source_type, source_id, place_kind, place_id, place_title, group_name, age_band, rating,
                          text, written_on, received_at)
SELECT 'FEEDBACK', i.id, 'CHANNEL', c.id, c.title, g.name, c.age_band, i.rating, i.comment, i.received_on, NOW()
FROM feedback_item i JOIN feedback_channel c ON c.id = i.channel_id LEFT JOIN feedback_group g ON g.id = i.group_id
WHERE i.comment IS NOT NULL;

INSERT INTO insight_text (source_type, source_id, place_kind, place_id, place_title, question_key, question_text,
                          group_name, age_band, text, written_on, received_at)
SELECT 'SURVEY_ANSWER', a.id, 'SURVEY', s.id, s.title, q.question_key, q.text, g.name, v.age_band, a.text_value,
       r.submitted_on, NOW()
FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
JOIN survey_question q ON q.id = a.question_id JOIN survey_version v ON v.id = r.version_id
LEFT JOIN survey_group g ON g.id = r.group_id
WHERE a.text_value IS NOT NULL AND r.status = 'SUBMITTED';

INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_at)
SELECT t.id, qt.tag_code, 'QUESTION', NOW()
FROM insight_text t JOIN survey_answer a ON t.source_type = 'SURVEY_ANSWER' AND a.id = t.source_id
JOIN survey_question_tag qt ON qt.question_id = a.question_id;

-- What each "you said, we did" action points at as what young people said, kept by actions whichever module holds the
-- thing (design note 0038): feedback and ballots (asked of feedback and voting, below actions), participation events
-- (kept below from participation's events) and survey questions. Until now each module kept its own links and
-- implemented an interface of actions' to reach them, which made actions depend at run time on the modules above it.
CREATE TABLE council_action_evidence (
    action_id BIGINT      NOT NULL,
    kind      VARCHAR(20) NOT NULL,  -- BALLOT, FEEDBACK, PARTICIPATION, SURVEY_QUESTION
    ref       VARCHAR(80) NOT NULL,  -- the thing's id in its module; for a survey question, survey id:question key
    PRIMARY KEY (action_id, kind, ref),
    KEY ix_council_action_evidence_ref (kind, ref),
    CONSTRAINT fk_action_evidence_action FOREIGN KEY (action_id) REFERENCES council_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO council_action_evidence (action_id, kind, ref)
SELECT l.action_id, 'FEEDBACK', CAST(l.item_id AS CHAR) FROM feedback_item_action l
JOIN council_action a ON a.id = l.action_id;

INSERT INTO council_action_evidence (action_id, kind, ref)
SELECT l.action_id, 'BALLOT', CAST(l.ballot_id AS CHAR) FROM ballot_action l;

INSERT INTO council_action_evidence (action_id, kind, ref)
SELECT l.action_id, 'PARTICIPATION', CAST(l.event_id AS CHAR) FROM participation_event_action l
JOIN council_action a ON a.id = l.action_id;

INSERT INTO council_action_evidence (action_id, kind, ref)
SELECT l.action_id, 'SURVEY_QUESTION', CONCAT(l.survey_id, ':', l.question_key) FROM council_action_survey_question l;

DROP TABLE feedback_item_action;
DROP TABLE ballot_action;
DROP TABLE participation_event_action;
DROP TABLE council_action_survey_question;

-- Participation events as officers choose and see them as evidence, kept by actions from the ParticipationEventSaved
-- events participation sends when it records or changes one (participation sits above actions). Officers' words only.
CREATE TABLE council_action_participation_event (
    event_id   BIGINT        NOT NULL PRIMARY KEY,  -- participation's id: the same event, not a foreign key
    held_on    DATE          NOT NULL,
    group_name VARCHAR(200)  NOT NULL,
    asked      VARCHAR(2000) NULL,
    KEY ix_council_action_participation_event_held (held_on, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The events recorded before this migration, copied as they are; from now on each reaches this table in the
-- transaction that records or changes it. Run again, it copies only what is missing
-- (EvidenceKeptByActionsIntegrationTest runs it twice).
INSERT INTO council_action_participation_event (event_id, held_on, group_name, asked)
SELECT e.id, e.held_on, e.group_name, e.asked FROM participation_event e
WHERE NOT EXISTS (SELECT 1 FROM council_action_participation_event k WHERE k.event_id = e.id);

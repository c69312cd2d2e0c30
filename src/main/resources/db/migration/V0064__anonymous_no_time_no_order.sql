-- Anonymous means no time and no order (design note 0023). Nothing keyed to an anonymous answer or comment keeps a
-- time finer than the day it was written, and the rows written for it get random ids (RandomIds), so neither an id
-- nor a table's order says which came first, and nothing lines up with a member's login times.

-- The safeguarding queue keeps the day an item was flagged, not the second: urgent first, then the oldest day, and
-- "overdue" counted in working days. The times a lead opened and closed it are staff actions and stay.
ALTER TABLE disclosure ADD COLUMN flagged_on DATE NULL AFTER matches;
UPDATE disclosure SET flagged_on = DATE(flagged_at);
ALTER TABLE disclosure MODIFY flagged_on DATE NOT NULL;
DROP INDEX ix_disclosure_open ON disclosure;
ALTER TABLE disclosure DROP COLUMN flagged_at;
CREATE INDEX ix_disclosure_open ON disclosure (outcome, severity, flagged_on);

-- That an urgent item was e-mailed to the leads, and to how many, is kept on the item (it was an audit entry: its
-- time, to the second, and its place among the login entries dated the answer).
ALTER TABLE disclosure ADD COLUMN alert_recipients INT NULL AFTER flagged_on;
UPDATE disclosure d JOIN audit_entry e ON e.action = 'DISCLOSURE_ALERT_SENT' AND e.record_type = 'disclosure'
    AND CAST(e.record_id AS UNSIGNED) = d.id
SET d.alert_recipients = CAST(SUBSTRING_INDEX(e.details, ' ', 1) AS UNSIGNED);
DELETE FROM audit_entry WHERE action = 'DISCLOSURE_ALERT_SENT';

-- The tagging stream keeps the day the text was written (written_on) and no longer when it arrived.
ALTER TABLE insight_text DROP COLUMN received_at;

-- Tags made as the text arrived (the question's own, keyword rules) carry the day, not the second. Tags an officer
-- makes keep their time: that is the officer's action, not the young person's.
UPDATE insight_text_tag tt JOIN insight_text t ON t.id = tt.text_id
SET tt.tagged_at = CAST(t.written_on AS DATETIME)
WHERE tt.origin = 'QUESTION' OR (tt.origin = 'RULE' AND tt.tagged_at < CAST(t.written_on AS DATETIME) + INTERVAL 1 DAY);

-- Spring Modulith's event log keeps a publication only until its listener is done (completion-mode=delete). One that
-- failed and waits to be sent again keeps its words until then, but its dates are cut to the day by a job
-- (EventLogTimes); here, those already waiting.
UPDATE EVENT_PUBLICATION SET PUBLICATION_DATE = DATE(PUBLICATION_DATE),
    LAST_RESUBMISSION_DATE = DATE(LAST_RESUBMISSION_DATE)
WHERE COMPLETION_DATE IS NULL;
DELETE FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL;

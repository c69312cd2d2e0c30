-- Where a safeguarding lead reads the contact details a young person left with a flagged text (design note 0038): a
-- relative staff route of the module that holds them, which shows them to leads and records every read there.
-- Safeguarding links to it and no longer reaches into that module for the details.
ALTER TABLE disclosure ADD COLUMN contact_at VARCHAR(200) NULL AFTER contact_given;

-- Until now only feedback left contact details: its items' screen for leads is feedback/contact/<item id>.
UPDATE disclosure SET contact_at = CONCAT('feedback/contact/', source_id)
WHERE source_type = 'FEEDBACK' AND contact_given = TRUE AND contact_at IS NULL;

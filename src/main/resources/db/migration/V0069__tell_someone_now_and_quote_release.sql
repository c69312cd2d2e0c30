-- "Tell someone now" (design note 0026): a young member's message goes straight to the safeguarding queue, urgent and
-- named. The queue keeps who sent it (their account and the name their officer gave them) and when it is due: by the
-- end of the working day it arrived, or of the next working day when it arrives after hours.
ALTER TABLE disclosure
    ADD COLUMN named_account VARCHAR(64)  NULL,
    ADD COLUMN named_person  VARCHAR(120) NULL,
    ADD COLUMN due_by        DATETIME(0)  NULL;

-- A flagged text may be quoted or published only once a safeguarding lead released it for quoting.
ALTER TABLE disclosure
    ADD COLUMN released_for_quoting_by VARCHAR(64) NULL,
    ADD COLUMN released_for_quoting_at DATETIME(0) NULL;

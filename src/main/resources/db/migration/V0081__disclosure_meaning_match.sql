-- Screening by meaning (design note 0025): a queue item keeps the example statement its text was closest to and how
-- alike they were (0 to 1), so a lead sees why an item found by meaning alone is there ("Close in meaning to: ...").
-- Empty for items found by phrase only, and for items queued before this column existed.
ALTER TABLE disclosure
    ADD COLUMN meaning_example    VARCHAR(300)  NULL,
    ADD COLUMN meaning_similarity DECIMAL(4, 3) NULL;

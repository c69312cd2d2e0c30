-- Paper ballots an officer types while a secret ballot is open wait in the pool with the online papers (design note
-- 0022), so the live count never moves by the one paper just handed over. Whether a waiting paper was typed in is not
-- secret (the officer typed it); it is kept in the open so turnout and the room for papers count it at once.
ALTER TABLE ballot_paper_pending ADD COLUMN on_paper BOOLEAN NOT NULL DEFAULT FALSE;

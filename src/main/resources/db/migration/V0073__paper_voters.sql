-- How many people may vote on paper who are not forum members (stated by the officer). Eligible voters are the
-- forum's members (or a city-wide ballot's groups) plus this number; paper ballots beyond the members ticked as
-- voting on paper plus this number are refused. See docs/design-decisions/0006-vote-counting.md, "Turnout".
ALTER TABLE ballot ADD COLUMN paper_voters INT NOT NULL DEFAULT 0;
ALTER TABLE ballot ADD CONSTRAINT ck_ballot_paper_voters CHECK (paper_voters BETWEEN 0 AND 1000000);

-- Ballots with paper ballots already in keep every one of them eligible: the papers beyond the ticked members.
UPDATE ballot SET paper_voters = LEAST(1000000, GREATEST(0,
    (SELECT COALESCE(SUM(p.weight), 0) FROM ballot_paper p WHERE p.ballot_id = ballot.id AND p.on_paper = TRUE)
    - (SELECT COUNT(*) FROM ballot_voter v WHERE v.ballot_id = ballot.id AND v.on_paper = TRUE)));

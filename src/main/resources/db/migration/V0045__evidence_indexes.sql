-- Evidence per priority looks things up by framework code: the tagged survey questions, ballots and actions. Each
-- module still reads only its own table; these indexes let each answer "what is tagged with this code" directly.
CREATE INDEX ix_survey_question_tag_code ON survey_question_tag (tag_code, question_id);
CREATE INDEX ix_ballot_tag_code ON ballot_tag (code, ballot_id);
CREATE INDEX ix_council_action_priority_code ON council_action_priority (code, action_id);

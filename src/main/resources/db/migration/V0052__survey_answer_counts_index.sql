-- Survey results count every answer of a survey's sent responses in one grouped pass. With the answer's option,
-- number and rank in the index beside the response and question, that pass reads only this index and never the rows
-- (whose free text would make them wide). It starts with response_id, so it also serves the foreign key and the
-- per-response reads the old index served; the old index then goes.
CREATE INDEX ix_survey_answer_counts ON survey_answer (response_id, question_id, option_id, number_value, rank_value);
DROP INDEX ix_survey_answer_response ON survey_answer;

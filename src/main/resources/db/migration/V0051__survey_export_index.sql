-- The response export reads a survey's sent responses in id order, joined to their answers: with this index it walks
-- them in order without sorting (InnoDB keeps the primary key at the end of every secondary index).
CREATE INDEX ix_survey_response_export ON survey_response (survey_id, status, id);

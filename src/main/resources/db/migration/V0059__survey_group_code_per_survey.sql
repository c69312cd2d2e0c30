-- Officers may type a group's code (a school's own name, say). A code is only ever looked up within its survey, so it
-- need be unique only there: two surveys may each have an OAKWOOD group.
ALTER TABLE survey_group ADD CONSTRAINT uk_survey_group_survey_code UNIQUE (survey_id, code);
ALTER TABLE survey_group DROP INDEX uk_survey_group_code;

-- A group that answers on shared phones or tablets (a children's home, a class with the school's tablets): its young
-- people's devices keep an unfinished survey only briefly and nothing for no signal, as for a whole survey marked so.
ALTER TABLE survey_group ADD COLUMN shared_devices BOOLEAN NOT NULL DEFAULT FALSE;

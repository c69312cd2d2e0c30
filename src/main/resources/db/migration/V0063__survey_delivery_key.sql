-- Answers given with no signal reach the server later, perhaps more than once (the phone cannot tell whether a
-- sending that lost its signal arrived). The phone makes an id for its sending; the response keeps a hash of it, so
-- the same sending arriving again stores nothing twice. The id is random and says nothing of who or when.
ALTER TABLE survey_response ADD COLUMN delivery_key CHAR(64) NULL;
CREATE UNIQUE INDEX survey_response_delivery_key ON survey_response (delivery_key);

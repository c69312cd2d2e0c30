-- A survey used on shared phones or tablets (a children's home, a group session): the device keeps the unfinished
-- response only while the browser is open and for a short while idle; the carry-on code does the rest.
ALTER TABLE survey ADD COLUMN shared_devices BOOLEAN NOT NULL DEFAULT FALSE;

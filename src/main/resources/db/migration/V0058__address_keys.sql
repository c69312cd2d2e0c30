-- Secrets made once per install (on first use, by the app, from a secure random source), shared by every node. The
-- first: the key that turns a network address into a keyed hash (HMAC-SHA256) for the throttles, so that a stored
-- value cannot be reversed by hashing every IPv4 address (design note 0021).
CREATE TABLE install_secret (
    name   VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret VARBINARY(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- The counters keyed by a plain SHA-256 of the address: they only ever matter for minutes, so they go.
DELETE FROM address_attempt;
DELETE FROM login_throttle;

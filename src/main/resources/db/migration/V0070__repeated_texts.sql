-- No floods (design note 0026): the same words sent again to the same channel within a few minutes are queued once.
-- Only a keyed hash (HMAC-SHA256) of the channel and the words is kept, never the words, and only while the window
-- lasts (a cleanup every minute). In the database, so it holds across nodes.
CREATE TABLE repeated_text (
    text_key CHAR(64)    NOT NULL PRIMARY KEY,
    seen_at  DATETIME(0) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
CREATE INDEX ix_repeated_text_seen ON repeated_text (seen_at);

-- Published ballot results as evidence for "you said, we did" actions: voting keeps the links itself.
CREATE TABLE ballot_action (
    ballot_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, action_id),
    CONSTRAINT fk_ballot_action_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_action_action FOREIGN KEY (action_id) REFERENCES council_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ballot_action_action ON ballot_action (action_id);

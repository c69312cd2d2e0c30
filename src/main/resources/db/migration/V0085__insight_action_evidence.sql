-- "You said, we did" actions as evidence, kept by insight from the ActionSaved events actions sends whenever an action
-- is made or its status or publishing changes (design note 0038). The evidence pages, the plan overview and the PDF
-- pack read these tables instead of asking actions, which sits above insight. Officers' words only.
CREATE TABLE insight_action (
    action_id BIGINT        NOT NULL PRIMARY KEY,  -- actions' id: the same action, not a foreign key
    you_said  VARCHAR(1000) NOT NULL,
    we_do     VARCHAR(1000) NOT NULL,
    status    VARCHAR(16)   NOT NULL,              -- PLANNED, IN_PROGRESS, DONE
    owner     VARCHAR(120)  NOT NULL,
    due_on    DATE          NULL,
    published BOOLEAN       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The framework codes (priorities and outcomes) the action is linked to.
CREATE TABLE insight_action_code (
    action_id BIGINT      NOT NULL,
    code      VARCHAR(64) NOT NULL,
    PRIMARY KEY (action_id, code),
    KEY ix_insight_action_code (code),
    CONSTRAINT fk_insight_action_code FOREIGN KEY (action_id) REFERENCES insight_action (action_id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The actions made before this migration, copied as they are: a plain copy, nothing to count, so it is done here
-- rather than sent from Java at start. From now on each change reaches these tables in the transaction that makes it.
-- Run again, it copies only what is missing (ActionsOnTheEvidencePagesIntegrationTest runs it twice).
INSERT INTO insight_action (action_id, you_said, we_do, status, owner, due_on, published)
SELECT a.id, a.you_said, a.we_do, a.status, a.owner, a.due_on, a.published_on IS NOT NULL FROM council_action a
WHERE NOT EXISTS (SELECT 1 FROM insight_action i WHERE i.action_id = a.id);

INSERT INTO insight_action_code (action_id, code)
SELECT p.action_id, p.code FROM council_action_priority p
WHERE NOT EXISTS (SELECT 1 FROM insight_action_code i WHERE i.action_id = p.action_id AND i.code = p.code);

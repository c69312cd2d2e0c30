-- "Get help now": help lines are data, so each council lists its own.
CREATE TABLE help_line (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    phone       VARCHAR(40)  NULL,
    url         VARCHAR(300) NULL,
    description VARCHAR(500) NOT NULL,
    position    INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO help_line (name, phone, url, description, position) VALUES
 ('Childline', '0800 1111', 'https://www.childline.org.uk', 'Free and private. Talk to someone any time, day or night.', 1),
 ('Emergency', '999', NULL, 'If you are in danger right now, call 999.', 2);

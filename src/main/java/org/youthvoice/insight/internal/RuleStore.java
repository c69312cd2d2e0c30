package org.youthvoice.insight.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Officers' keyword rules ({@code insight_rule}): a code and its words or phrases, one a line. */
@Component
public class RuleStore {

    public record Rule(long id, String tagCode, String words) {
    }

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, by code. */
    public List<Rule> all() {
        return jdbc.sql("SELECT id, tag_code, words FROM insight_rule ORDER BY tag_code, id").query(Rule.class).list();
    }

    public Optional<Rule> find(long id) {
        return jdbc.sql("SELECT id, tag_code, words FROM insight_rule WHERE id = ?").param(id).query(Rule.class)
                .optional();
    }

    /** Adds a rule and returns its id. */
    public long add(String code, String words, String by, LocalDateTime at) {
        jdbc.sql("INSERT INTO insight_rule (tag_code, words, created_by, updated_at) VALUES (?, ?, ?, ?)")
                .params(code, words, by, at).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    public void change(long id, String code, String words, LocalDateTime at) {
        jdbc.sql("UPDATE insight_rule SET tag_code = ?, words = ?, updated_at = ? WHERE id = ?")
                .params(code, words, at, id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM insight_rule WHERE id = ?").param(id).update();
    }
}

package org.youthvoice.insight.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.TextItem.TextTag;

/**
 * Tags on the stream's texts ({@code insight_text_tag}), suggestions officers said no to
 * ({@code insight_rejected_suggestion}) and the revision that tells every node's suggestion index that tags changed
 * ({@code insight_tag_revision}).
 */
@Component
public class TagStore {

    /** A suggestion said no to: not offered again for this text. */
    public record Rejection(long textId, String tagCode) {
    }

    /** A text that teaches suggestions: its words and its codes (space-separated). */
    public record TaughtText(long textId, String text, String codes) {
    }

    private static final String QUESTION = TagOrigin.QUESTION.name();
    private static final String RULE = TagOrigin.RULE.name();

    private final JdbcClient jdbc;

    TagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Tags the text; a tag it has from its question takes the new origin, any other stays as it was. Returns 1 for a
     * new tag, 2 for a question tag taken over, 0 for one already there.
     */
    public int tag(long textId, String code, TagOrigin origin, String by, LocalDateTime at) {
        return jdbc.sql("""
                INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_by, tagged_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE origin = IF(origin = ?, VALUES(origin), origin)""")
                .params(textId, code, origin.name(), by, at, QUESTION).update();
    }

    /** The question's own tag, which arrives with the text (no one tagged it). */
    public void tagFromQuestion(long textId, String code, LocalDateTime at) {
        jdbc.sql("INSERT IGNORE INTO insight_text_tag (text_id, tag_code, origin, tagged_at) VALUES (?, ?, ?, ?)")
                .params(textId, code, QUESTION, at).update();
    }

    /**
     * A rule's tag on one text if its words match {@code pattern} (MariaDB REGEXP), dated the day the text was
     * written; returns how many tags were added.
     */
    public int tagIfMatches(long textId, String code, String by, String pattern) {
        return jdbc.sql("""
                INSERT IGNORE INTO insight_text_tag (text_id, tag_code, origin, tagged_by, tagged_at)
                SELECT id, ?, ?, ?, CAST(written_on AS DATETIME) FROM insight_text
                WHERE id = ? AND text REGEXP ?""")
                .params(code, RULE, by, textId, pattern).update();
    }

    /** A rule's tag on every text whose words match {@code pattern}; returns how many tags were added. */
    public int tagAllMatching(String code, String by, LocalDateTime at, String pattern) {
        return jdbc.sql("""
                INSERT IGNORE INTO insight_text_tag (text_id, tag_code, origin, tagged_by, tagged_at)
                SELECT id, ?, ?, ?, ? FROM insight_text WHERE text IS NOT NULL AND text REGEXP ?""")
                .params(code, RULE, by, at, pattern).update();
    }

    public void untag(long textId, String code) {
        jdbc.sql("DELETE FROM insight_text_tag WHERE text_id = ? AND tag_code = ?").params(textId, code).update();
    }

    public boolean has(long textId, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_text_tag WHERE text_id = ? AND tag_code = ?")
                .params(textId, code).query(Integer.class).single() > 0;
    }

    /** The tags of these texts, each text's by code. */
    public Map<Long, List<TextTag>> tagsOf(Collection<Long> textIds) {
        var tags = new HashMap<Long, List<TextTag>>();
        jdbc.sql("SELECT text_id, tag_code, origin FROM insight_text_tag WHERE text_id IN (:ids) ORDER BY tag_code")
                .param("ids", textIds).query(rs -> {
                    tags.computeIfAbsent(rs.getLong("text_id"), k -> new ArrayList<>())
                            .add(new TextTag(rs.getString("tag_code"), rs.getString("origin")));
                });
        return tags;
    }

    public void reject(long textId, String code, String by, LocalDateTime at) {
        jdbc.sql("INSERT IGNORE INTO insight_rejected_suggestion (text_id, tag_code, rejected_by, rejected_at) "
                + "VALUES (?, ?, ?, ?)").params(textId, code, by, at).update();
    }

    /** The suggestions said no to for these texts. */
    public Set<Rejection> rejectionsOf(Collection<Long> textIds) {
        return new HashSet<>(jdbc.sql(
                "SELECT text_id, tag_code FROM insight_rejected_suggestion WHERE text_id IN (:ids)")
                .param("ids", textIds).query(Rejection.class).list());
    }

    /** Tells every node's suggestion index that officers' tags changed. */
    public void touch() {
        jdbc.sql("UPDATE insight_tag_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    public long revision() {
        return jdbc.sql("SELECT revision FROM insight_tag_revision WHERE id = 1").query(Long.class).single();
    }

    /**
     * Every text with an officer's, a rule's or an accepted suggestion's tag that still has its words, one at a time
     * (not held in memory all at once).
     */
    public void forEachTaught(Consumer<TaughtText> each) {
        // a plain join grouped on the tag table's primary key: a plan that stays good when statistics are stale
        jdbc.sql("""
                SELECT g.text_id, MAX(t.text) AS text, GROUP_CONCAT(g.tag_code SEPARATOR ' ') AS codes
                FROM insight_text_tag g JOIN insight_text t ON t.id = g.text_id
                WHERE g.origin IN (:taught) AND t.text IS NOT NULL
                GROUP BY g.text_id""")
                .param("taught", List.of(TagOrigin.OFFICER.name(), RULE, TagOrigin.SUGGESTION.name()))
                .query(rs -> {
                    each.accept(new TaughtText(rs.getLong("text_id"), rs.getString("text"), rs.getString("codes")));
                });
    }
}

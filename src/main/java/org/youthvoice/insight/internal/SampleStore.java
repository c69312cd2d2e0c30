package org.youthvoice.insight.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coding samples for agreement between coders: the sample ({@code insight_sample}), its texts in order
 * ({@code insight_sample_item}), which coder has coded which item ({@code insight_sample_coded}) and the codes each
 * gave ({@code insight_sample_code}). A coder's codes are kept apart from the stream's shared tags.
 */
@Component
public class SampleStore {

    /** A sample, with how many items it has and how many of them {@code coder} has coded. */
    public record Sample(long id, String name, String createdBy, LocalDateTime createdAt, int items,
            int codedByCoder) {
    }

    /** An item of a sample with the text's words (null once deleted) and whether the coder asking has coded it. */
    public record Item(long textId, int position, @Nullable String text, @Nullable String placeTitle,
            @Nullable String questionText, boolean coded) {
    }

    /** For one code, over the items two coders both coded: how many each gave it to, both, or neither. */
    public record CodeCounts(String tagCode, long bothYes, long onlyFirst, long onlySecond, long bothNo) {
    }

    private final JdbcClient jdbc;

    SampleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a sample of these texts, in this order; returns its id. */
    public long create(String name, List<Long> textIds, String by, LocalDateTime at) {
        jdbc.sql("INSERT INTO insight_sample (name, created_by, created_at) VALUES (?, ?, ?)")
                .params(name, by, at).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        int position = 0;
        for (long textId : textIds) {
            jdbc.sql("INSERT INTO insight_sample_item (sample_id, text_id, position) VALUES (?, ?, ?)")
                    .params(id, textId, ++position).update();
        }
        return id;
    }

    /** The newest samples' ids, newest first. */
    public List<Long> newestIds(int limit) {
        return jdbc.sql("SELECT id FROM insight_sample ORDER BY id DESC LIMIT ?").param(limit).query(Long.class)
                .list();
    }

    public Optional<Sample> find(long sampleId, String coder) {
        return jdbc.sql("""
                SELECT s.id, s.name, s.created_by, s.created_at,
                    (SELECT COUNT(*) FROM insight_sample_item i WHERE i.sample_id = s.id) AS items,
                    (SELECT COUNT(*) FROM insight_sample_coded c WHERE c.sample_id = s.id AND c.coder = ?)
                        AS coded_by_coder
                FROM insight_sample s WHERE s.id = ?""").params(coder, sampleId)
                .query(Sample.class).optional();
    }

    /** Everyone who has coded an item of the sample, by name. */
    public List<String> coders(long sampleId) {
        return jdbc.sql("SELECT DISTINCT coder FROM insight_sample_coded WHERE sample_id = ? ORDER BY coder")
                .param(sampleId).query(String.class).list();
    }

    /** The sample's items in order, whether {@code coder} has coded each. */
    public List<Item> items(long sampleId, String coder) {
        return jdbc.sql("""
                SELECT i.text_id, i.position, t.text, t.place_title, t.question_text,
                    EXISTS (SELECT 1 FROM insight_sample_coded c WHERE c.sample_id = i.sample_id
                        AND c.text_id = i.text_id AND c.coder = ?) AS coded
                FROM insight_sample_item i JOIN insight_text t ON t.id = i.text_id
                WHERE i.sample_id = ? ORDER BY i.position""").params(coder, sampleId)
                .query(Item.class).list();
    }

    /** The codes {@code coder} gave, text by text, each text's by code. */
    public Map<Long, List<String>> codesOf(long sampleId, String coder) {
        var codes = new HashMap<Long, List<String>>();
        jdbc.sql("""
                SELECT text_id, tag_code FROM insight_sample_code WHERE sample_id = ? AND coder = ?
                ORDER BY tag_code""")
                .params(sampleId, coder).query(rs -> {
                    codes.computeIfAbsent(rs.getLong("text_id"), k -> new ArrayList<>())
                            .add(rs.getString("tag_code"));
                });
        return codes;
    }

    public boolean contains(long sampleId, long textId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_sample_item WHERE sample_id = ? AND text_id = ?")
                .params(sampleId, textId).query(Integer.class).single() > 0;
    }

    /** Records that {@code coder} coded the item, with these codes only (none at all is a decision too). */
    public void code(long sampleId, long textId, String coder, Collection<String> codes, LocalDateTime at) {
        jdbc.sql("DELETE FROM insight_sample_code WHERE sample_id = ? AND coder = ? AND text_id = ?")
                .params(sampleId, coder, textId).update();
        jdbc.sql("INSERT INTO insight_sample_coded (sample_id, text_id, coder, coded_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE coded_at = VALUES(coded_at)")
                .params(sampleId, textId, coder, at).update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO insight_sample_code (sample_id, text_id, coder, tag_code) VALUES (?, ?, ?, ?)")
                    .params(sampleId, textId, coder, code).update();
        }
    }

    /** Every code any coder of the sample gave. */
    public List<String> codesUsed(long sampleId) {
        return jdbc.sql("SELECT DISTINCT tag_code FROM insight_sample_code WHERE sample_id = ?")
                .param(sampleId).query(String.class).list();
    }

    /** How many items both coders coded. */
    public long codedByBoth(long sampleId, String first, String second) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM insight_sample_coded a JOIN insight_sample_coded b
                    ON b.sample_id = a.sample_id AND b.text_id = a.text_id AND b.coder = :second
                WHERE a.sample_id = :sample AND a.coder = :first""")
                .param("sample", sampleId).param("first", first).param("second", second).query(Long.class).single();
    }

    /** Per code any coder of the sample used, by code: the two coders' agreement table over the items both coded. */
    public List<CodeCounts> codeCounts(long sampleId, String first, String second) {
        return jdbc.sql("""
                SELECT k.tag_code,
                    SUM(ca.tag_code IS NOT NULL AND cb.tag_code IS NOT NULL) AS both_yes,
                    SUM(ca.tag_code IS NOT NULL AND cb.tag_code IS NULL) AS only_first,
                    SUM(ca.tag_code IS NULL AND cb.tag_code IS NOT NULL) AS only_second,
                    SUM(ca.tag_code IS NULL AND cb.tag_code IS NULL) AS both_no
                FROM insight_sample_coded a
                JOIN insight_sample_coded b ON b.sample_id = a.sample_id AND b.text_id = a.text_id AND b.coder = :second
                CROSS JOIN (SELECT DISTINCT tag_code FROM insight_sample_code WHERE sample_id = :sample) k
                LEFT JOIN insight_sample_code ca ON ca.sample_id = a.sample_id AND ca.text_id = a.text_id
                    AND ca.coder = :first AND ca.tag_code = k.tag_code
                LEFT JOIN insight_sample_code cb ON cb.sample_id = a.sample_id AND cb.text_id = a.text_id
                    AND cb.coder = :second AND cb.tag_code = k.tag_code
                WHERE a.sample_id = :sample AND a.coder = :first
                GROUP BY k.tag_code ORDER BY k.tag_code""")
                .param("sample", sampleId).param("first", first).param("second", second)
                .query(CodeCounts.class).list();
    }
}

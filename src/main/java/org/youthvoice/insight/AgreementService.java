package org.youthvoice.insight;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.security.ForOfficers;

/**
 * How far officers agree when they code the same texts. An officer draws a sample from the stream; each coder codes
 * it on their own (their codes are kept apart from the shared tags, and nobody sees another coder's codes); once a
 * coder has coded every item they see Cohen's kappa for every pair of coders, per code and pooled.
 */
@Service
public class AgreementService {

    public static final int MAX_SAMPLE = 500;

    private final JdbcClient jdbc;
    private final TaggingService tagging;
    private final FrameworkService frameworks;
    private final Clock clock;

    AgreementService(JdbcClient jdbc, TaggingService tagging, FrameworkService frameworks, Clock clock) {
        this.jdbc = jdbc;
        this.tagging = tagging;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** Draws {@code size} random texts (that still have their words) from those the filter gives. */
    @ForOfficers
    @Transactional
    public CodingSample createSample(String name, TextFilter filter, int size) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120 || size < 1 || size > MAX_SAMPLE) {
            throw new UserFacingException("agreement.error.sample", MAX_SAMPLE);
        }
        var ids = tagging.randomIds(filter, size);
        if (ids.isEmpty()) {
            throw new UserFacingException("agreement.error.empty");
        }
        jdbc.sql("INSERT INTO insight_sample (name, created_by, created_at) VALUES (?, ?, ?)")
                .params(clean, TaggingService.who(), LocalDateTime.now(clock)).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        int position = 0;
        for (long textId : ids) {
            jdbc.sql("INSERT INTO insight_sample_item (sample_id, text_id, position) VALUES (?, ?, ?)")
                    .params(id, textId, ++position).update();
        }
        return sample(id);
    }

    /** Every sample, newest first, with how far the officer asking has got. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<CodingSample> samples() {
        return jdbc.sql("SELECT id FROM insight_sample ORDER BY id DESC LIMIT 100").query(Long.class).list().stream()
                .map(this::sample).toList();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public CodingSample sample(long sampleId) {
        String me = TaggingService.who();
        var coders = jdbc.sql("SELECT DISTINCT coder FROM insight_sample_coded WHERE sample_id = ? ORDER BY coder")
                .param(sampleId).query(String.class).list();
        return jdbc.sql("""
                SELECT s.id, s.name, s.created_by, s.created_at,
                    (SELECT COUNT(*) FROM insight_sample_item i WHERE i.sample_id = s.id),
                    (SELECT COUNT(*) FROM insight_sample_coded c WHERE c.sample_id = s.id AND c.coder = ?)
                FROM insight_sample s WHERE s.id = ?""").params(me, sampleId)
                .query((rs, n) -> new CodingSample(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getInt(5), rs.getInt(6), coders))
                .optional().orElseThrow(() -> new UserFacingException("agreement.error.gone"));
    }

    /** The sample's texts in order, with the asking officer's own codes only. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<SampleItem> items(long sampleId) {
        String me = TaggingService.who();
        var mine = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT text_id, tag_code FROM insight_sample_code WHERE sample_id = ? AND coder = ? ORDER BY tag_code")
                .params(sampleId, me).query(rs -> {
                    mine.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                SELECT i.text_id, i.position, t.text, t.place_title, t.question_text,
                    EXISTS (SELECT 1 FROM insight_sample_coded c WHERE c.sample_id = i.sample_id
                        AND c.text_id = i.text_id AND c.coder = ?)
                FROM insight_sample_item i JOIN insight_text t ON t.id = i.text_id
                WHERE i.sample_id = ? ORDER BY i.position""").params(me, sampleId)
                .query((rs, n) -> new SampleItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), mine.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Records the asking officer's codes for one item of the sample (none at all is a decision too). */
    @ForOfficers
    @Transactional
    public void code(long sampleId, long textId, Collection<String> codes) {
        String me = TaggingService.who();
        boolean inSample = jdbc.sql("SELECT COUNT(*) FROM insight_sample_item WHERE sample_id = ? AND text_id = ?")
                .params(sampleId, textId).query(Integer.class).single() > 0;
        if (!inSample) {
            throw new UserFacingException("agreement.error.gone");
        }
        if (!codes.isEmpty()) {
            var active = tagging.codes().stream().map(CodeChoice::code).toList();
            codes.stream().filter(c -> !active.contains(c)).findFirst().ifPresent(c -> {
                throw new UserFacingException("tagging.error.code", c);
            });
        }
        jdbc.sql("DELETE FROM insight_sample_code WHERE sample_id = ? AND coder = ? AND text_id = ?")
                .params(sampleId, me, textId).update();
        jdbc.sql("INSERT INTO insight_sample_coded (sample_id, text_id, coder, coded_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE coded_at = VALUES(coded_at)")
                .params(sampleId, textId, me, LocalDateTime.now(clock)).update();
        for (String code : new LinkedHashSet<>(codes)) {
            jdbc.sql("INSERT INTO insight_sample_code (sample_id, text_id, coder, tag_code) VALUES (?, ?, ?, ?)")
                    .params(sampleId, textId, me, code).update();
        }
    }

    /**
     * Cohen's kappa for every pair of coders, per code and pooled over every item and code, counted in SQL over the
     * items both coded; the codes are those any coder of the sample used. Only for an officer who has coded every
     * item, so nobody sees how others coded before deciding themselves.
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Agreement> agreement(long sampleId) {
        var sample = sample(sampleId);
        if (!sample.doneByMe()) {
            throw new UserFacingException("agreement.error.notDone");
        }
        var titles = frameworks.titlesOf(jdbc.sql("SELECT DISTINCT tag_code FROM insight_sample_code WHERE sample_id = ?")
                .param(sampleId).query(String.class).list());
        var coders = sample.coders();
        var result = new ArrayList<Agreement>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                result.add(pair(sampleId, coders.get(i), coders.get(j), titles));
            }
        }
        return result;
    }

    private Agreement pair(long sampleId, String first, String second, Map<String, String> titles) {
        long items = jdbc.sql("""
                SELECT COUNT(*) FROM insight_sample_coded a JOIN insight_sample_coded b
                    ON b.sample_id = a.sample_id AND b.text_id = a.text_id AND b.coder = :second
                WHERE a.sample_id = :sample AND a.coder = :first""")
                .param("sample", sampleId).param("first", first).param("second", second).query(Long.class).single();
        var perCode = jdbc.sql("""
                SELECT k.tag_code,
                    SUM(ca.tag_code IS NOT NULL AND cb.tag_code IS NOT NULL),
                    SUM(ca.tag_code IS NOT NULL AND cb.tag_code IS NULL),
                    SUM(ca.tag_code IS NULL AND cb.tag_code IS NOT NULL),
                    SUM(ca.tag_code IS NULL AND cb.tag_code IS NULL)
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
                .query((rs, n) -> new Agreement.CodeAgreement(rs.getString(1),
                        titles.getOrDefault(rs.getString(1), ""),
                        new Kappa(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list();
        var pooled = perCode.stream().map(Agreement.CodeAgreement::kappa).reduce(new Kappa(0, 0, 0, 0), Kappa::plus);
        return new Agreement(first, second, items, perCode, pooled);
    }
}

package org.youthvoice.insight.internal;

import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.insight.Place;
import org.youthvoice.insight.TextFilter;
import org.youthvoice.insight.TextItem;

/**
 * The tagging stream's texts ({@code insight_text}): adding them as they arrive, reading them filtered, and deleting
 * their words when retention is due. Texts come back without tags, suggestions or flags; the caller adds those.
 */
@Component
public class TextStore {

    /** A text to add to the stream, under a random id (design note 0023). */
    public record NewText(long id, String sourceType, long sourceId, @Nullable String placeKind,
            @Nullable Long placeId, @Nullable String placeTitle, @Nullable String questionKey,
            @Nullable String questionText, @Nullable String groupName, @Nullable String ageBand,
            @Nullable Integer rating, @Nullable String text, LocalDate writtenOn) {
    }

    /** A survey question that has free-text answers: its key and its words. */
    public record Question(String questionKey, String questionText) {
    }

    private static final String SURVEY = "SURVEY";

    private final JdbcClient jdbc;

    TextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the text unless its id is taken or its source is in the stream already; returns whether it was added. */
    public boolean add(NewText t) {
        return jdbc.sql("""
                INSERT IGNORE INTO insight_text (id, source_type, source_id, place_kind, place_id, place_title,
                    question_key, question_text, group_name, age_band, rating, text, written_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.sourceType(), t.sourceId(), t.placeKind(), t.placeId(), t.placeTitle(),
                        t.questionKey(), t.questionText(), t.groupName(), t.ageBand(), t.rating(), t.text(),
                        t.writtenOn())
                .update() == 1;
    }

    /** Whether the text from this source is in the stream. */
    public boolean has(String sourceType, long sourceId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_text WHERE source_type = ? AND source_id = ?")
                .params(sourceType, sourceId).query(Integer.class).single() > 0;
    }

    /** Deletes the words of texts written before the day, keeping the rows (and so their tags); returns how many. */
    public int deleteWordsBefore(LocalDate day) {
        return jdbc.sql("UPDATE insight_text SET text = NULL, text_deleted = TRUE "
                + "WHERE text IS NOT NULL AND written_on < ?").param(day).update();
    }

    /** Surveys and channels that texts came from, by title. */
    public List<Place> places() {
        return jdbc.sql("""
                SELECT place_kind AS kind, place_id AS id, MAX(place_title) AS title FROM insight_text
                WHERE place_id IS NOT NULL GROUP BY place_kind, place_id ORDER BY title""")
                .query(Place.class).list();
    }

    /** The questions of a survey that have free-text answers, by key. */
    public List<Question> questions(long surveyId) {
        return jdbc.sql("""
                SELECT question_key, MAX(question_text) AS question_text FROM insight_text
                WHERE place_kind = ? AND place_id = ? AND question_key IS NOT NULL
                GROUP BY question_key ORDER BY question_key""").params(SURVEY, surveyId)
                .query(Question.class).list();
    }

    /** A page of the filtered stream, newest first. */
    public List<TextItem> page(TextFilter filter, int offset, int limit) {
        var where = where(filter);
        var spec = jdbc.sql(SELECT + where.sql() + " ORDER BY t.written_on DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> row(rs)).list();
    }

    public long count(TextFilter filter) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT COUNT(*) FROM insight_text t" + where.sql());
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** How many texts of the filtered stream come before this one (newest first). */
    public long countBefore(TextFilter filter, long textId) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT COUNT(*) FROM insight_text t JOIN insight_text me ON me.id = :me" + where.sql()
                + " AND (t.written_on > me.written_on OR (t.written_on = me.written_on AND t.id > me.id))")
                .param("me", textId);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** Up to {@code size} random ids of texts (that still have their words) from the filtered stream. */
    public List<Long> randomIds(TextFilter filter, int size) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT t.id FROM insight_text t" + where.sql()
                + " AND t.text IS NOT NULL ORDER BY RAND() LIMIT :size").param("size", size);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).list();
    }

    public Optional<TextItem> find(long textId) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", textId).query((rs, n) -> row(rs)).optional();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(TextFilter f) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (f.sourceType() != null) {
            sql.append(" AND t.source_type = :sourceType");
            params.put("sourceType", f.sourceType());
        }
        if (f.placeKind() != null && f.placeId() != null) {
            sql.append(" AND t.place_kind = :placeKind AND t.place_id = :placeId");
            params.put("placeKind", f.placeKind());
            params.put("placeId", f.placeId());
        }
        if (f.questionKey() != null) {
            sql.append(" AND t.question_key = :questionKey");
            params.put("questionKey", f.questionKey());
        }
        if (f.from() != null) {
            sql.append(" AND t.written_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" AND t.written_on <= :to");
            params.put("to", f.to());
        }
        if (f.tagCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM insight_text_tag g WHERE g.text_id = t.id AND g.tag_code = :tag)");
            params.put("tag", f.tagCode());
        }
        if (f.untaggedOnly()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM insight_text_tag g WHERE g.text_id = t.id)");
        }
        if (f.search() != null && !f.search().isBlank()) {
            sql.append(" AND t.text LIKE :search");
            params.put("search", "%" + f.search().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return new Where(sql.toString(), params);
    }

    private static final String SELECT = """
            SELECT t.id, t.source_type, t.source_id, t.place_kind, t.place_title, t.question_text, t.group_name,
                t.age_band, t.rating, t.text, t.written_on FROM insight_text t""";

    private static TextItem row(ResultSet rs) throws SQLException {
        return new TextItem(rs.getLong("id"), rs.getString("source_type"), rs.getLong("source_id"),
                rs.getString("place_kind"), rs.getString("place_title"), rs.getString("question_text"),
                rs.getString("group_name"), rs.getString("age_band"), rs.getObject("rating", Integer.class),
                rs.getString("text"), rs.getObject("written_on", LocalDate.class), List.of(), List.of(), false);
    }
}

package org.youthvoice.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.people.AgeBand;
import org.youthvoice.survey.Demographic;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.ShowIf;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyLink;
import org.youthvoice.survey.SurveyNews;
import org.youthvoice.survey.SurveySettings;
import org.youthvoice.survey.SurveyStatus;
import org.youthvoice.survey.SurveySummary;

/**
 * Reads and writes surveys: the survey's row with its state ({@link SurveyStatus}: opened, closed, reopened here and
 * nowhere else) and how it is sent, and its definition. Writing a definition matches questions, options and versions
 * by key and updates them in place, so answers already given keep pointing at the same rows.
 */
@Component
public class SurveyStore {

    private static final String OPEN = SurveyStatus.OPEN.name();
    private static final String SUBMITTED = ResponseStatus.SUBMITTED.name();

    /** Open for answers now: opened, and between its opening and closing times. */
    private static final String OPEN_NOW = """
            s.status = :open AND (s.opens_at IS NULL OR s.opens_at <= :now)
              AND (s.closes_at IS NULL OR s.closes_at > :now)""";

    private static final String SUMMARY = """
            SELECT s.id, s.series_key, s.round_no, s.title, s.status, s.access, s.opens_at, s.closes_at, s.published,
              s.slug, (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id AND r.status = :submitted)
              AS responses, s.shared_devices
            FROM survey s""";

    /** What a survey's results are headed with, and the series its rounds are compared within. */
    public record Heading(String title, int round, String seriesKey) {
    }

    /** A round of a series: the survey and its number. */
    public record Round(long surveyId, int round) {
    }

    /** A question tagged with a framework code, by its survey and key. */
    public record TaggedQuestion(String code, long surveyId, String questionKey) {
    }

    /** A published survey with its count of sent responses, for the list of results. */
    public record Published(long id, String title, int round, SurveyStatus status, long responses) {
    }

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft, the first round of a new series; its id. */
    public long create(String seriesKey, String slug, String title, LocalDateTime createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey (series_key, round_no, slug, title, created_at) VALUES (?, 1, ?, ?, ?)")
                .params(seriesKey, slug, title, createdAt).update(keys);
        return keys.getKey().longValue();
    }

    /** A new draft, a later round of a series, sent the same way; its id. */
    public long createRound(String seriesKey, int round, String slug, String title, SurveyAccess access,
            LocalDateTime createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey (series_key, round_no, slug, title, access, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(seriesKey, round, slug, title, access.name(), createdAt).update(keys);
        return keys.getKey().longValue();
    }

    /** The series' latest round number. */
    public int lastRound(String seriesKey) {
        return jdbc.sql("SELECT MAX(round_no) FROM survey WHERE series_key = ?").param(seriesKey)
                .query(Integer.class).single();
    }

    public Optional<SurveySummary> summary(long surveyId) {
        return jdbc.sql(SUMMARY + " WHERE s.id = :id").param("submitted", SUBMITTED).param("id", surveyId)
                .query(SurveyStore::summary).optional();
    }

    /** Every survey, closed ones last, newest first. */
    public List<SurveySummary> summaries() {
        return jdbc.sql(SUMMARY + " ORDER BY s.status = :closed, s.created_at DESC, s.id DESC")
                .param("submitted", SUBMITTED).param("closed", SurveyStatus.CLOSED.name())
                .query(SurveyStore::summary).list();
    }

    /**
     * Surveys with responses sent on or after a day: open ones closing soonest first, then the most answered (one
     * grouped query on the day index).
     */
    public List<SurveyNews> withResponsesSince(LocalDate since, LocalDateTime now, int limit) {
        return jdbc.sql("""
                SELECT s.id, s.title, n.sent FROM (SELECT survey_id, COUNT(*) AS sent FROM survey_response
                  WHERE submitted_on >= :since AND status = :submitted GROUP BY survey_id) n
                JOIN survey s ON s.id = n.survey_id
                ORDER BY (s.status = :open AND s.closes_at IS NOT NULL AND s.closes_at >= :now) DESC, s.closes_at,
                  n.sent DESC, s.id DESC LIMIT :limit""")
                .param("since", since)
                .param("submitted", SUBMITTED)
                .param("open", OPEN)
                .param("now", now)
                .param("limit", limit)
                .query((rs, n) -> new SurveyNews(rs.getLong("id"), rs.getString("title"), rs.getLong("sent"), null))
                .list();
    }

    /** Open surveys closing from now until a time, soonest first. */
    public List<SurveyNews> closingBetween(LocalDateTime now, LocalDateTime until, int limit) {
        return jdbc.sql("""
                SELECT id, title, closes_at FROM survey WHERE status = ? AND closes_at >= ? AND closes_at < ?
                ORDER BY closes_at, id LIMIT ?""")
                .params(OPEN, now, until, limit)
                .query((rs, n) -> new SurveyNews(rs.getLong("id"), rs.getString("title"), 0,
                        rs.getObject("closes_at", LocalDateTime.class))).list();
    }

    /** Opens a survey for answers (again, with new settings, if it was open already), and marks it published. */
    public void publish(long surveyId, SurveySettings settings) {
        jdbc.sql("UPDATE survey SET status = ?, published = TRUE, access = ?, opens_at = ?, closes_at = ?, "
                + "shared_devices = ? "
                + "WHERE id = ?")
                .params(OPEN, settings.access().name(), settings.opensAt(), settings.closesAt(),
                        settings.sharedDevices(), surveyId).update();
    }

    public void close(long surveyId) {
        setStatus(surveyId, SurveyStatus.CLOSED);
    }

    public void reopen(long surveyId) {
        setStatus(surveyId, SurveyStatus.OPEN);
    }

    private void setStatus(long surveyId, SurveyStatus status) {
        jdbc.sql("UPDATE survey SET status = ? WHERE id = ?").params(status.name(), surveyId).update();
    }

    /** Deletes a survey with everything that belongs to it. */
    public void delete(long surveyId) {
        jdbc.sql("DELETE FROM survey WHERE id = ?").param(surveyId).update();
    }

    /** Open surveys whose closing time has come by {@code now}. */
    public List<Long> dueToClose(LocalDateTime now) {
        return jdbc.sql("SELECT id FROM survey WHERE status = ? AND closes_at IS NOT NULL AND closes_at <= ?")
                .params(OPEN, now).query(Long.class).list();
    }

    /** A survey's heading; one never published only when {@code evenUnpublished}. */
    public Optional<Heading> heading(long surveyId, boolean evenUnpublished) {
        return jdbc.sql("SELECT title, round_no, series_key FROM survey WHERE id = ? AND (published = TRUE OR ?)")
                .params(surveyId, evenUnpublished)
                .query((rs, n) -> new Heading(rs.getString("title"), rs.getInt("round_no"), rs.getString("series_key")))
                .optional();
    }

    /** The series' latest published round before this one. */
    public Optional<Round> publishedRoundBefore(String seriesKey, int round) {
        return jdbc.sql("SELECT id, round_no FROM survey WHERE series_key = ? AND round_no < ? "
                + "AND published = TRUE ORDER BY round_no DESC LIMIT 1")
                .params(seriesKey, round)
                .query((rs, n) -> new Round(rs.getLong("id"), rs.getInt("round_no"))).optional();
    }

    /**
     * Questions tagged with any of these codes in the latest published round of each series, by survey and then in
     * the survey's order.
     */
    public List<TaggedQuestion> taggedInLatestRounds(java.util.Collection<String> codes) {
        return jdbc.sql("""
                SELECT t.tag_code, s.id AS survey_id, q.question_key FROM survey_question_tag t
                JOIN survey_question q ON q.id = t.question_id JOIN survey s ON s.id = q.survey_id
                WHERE t.tag_code IN (:codes) AND s.published = TRUE
                  AND s.round_no = (SELECT MAX(s2.round_no) FROM survey s2
                                    WHERE s2.series_key = s.series_key AND s2.published = TRUE)
                ORDER BY s.id, q.position""")
                .param("codes", codes)
                .query((rs, n) -> new TaggedQuestion(rs.getString("tag_code"), rs.getLong("survey_id"),
                        rs.getString("question_key")))
                .list();
    }

    /** Every published survey, newest first, with its sent responses. */
    public List<Published> published() {
        return jdbc.sql("""
                SELECT s.id, s.title, s.round_no, s.status,
                       (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id AND r.status = ?) AS responses
                FROM survey s WHERE s.published = TRUE ORDER BY s.created_at DESC, s.id DESC""")
                .param(SUBMITTED)
                .query((rs, n) -> new Published(rs.getLong("id"), rs.getString("title"), rs.getInt("round_no"),
                        SurveyStatus.valueOf(rs.getString("status")), rs.getLong("responses")))
                .list();
    }

    /** The survey behind a public link, if it is open now. */
    public Optional<OpenSurvey> openNow(String slug, LocalDateTime now) {
        return jdbc.sql("SELECT s.id, s.version, s.access, s.shared_devices FROM survey s WHERE s.slug = :slug AND "
                + OPEN_NOW)
                .param("slug", slug)
                .param("open", OPEN)
                .param("now", now)
                .query((rs, n) -> new OpenSurvey(rs.getLong("id"), rs.getLong("version"),
                        SurveyAccess.valueOf(rs.getString("access")), rs.getBoolean("shared_devices")))
                .optional();
    }

    /** Open members-only surveys a member has not sent yet, newest first (at most 20). */
    public List<SurveyLink> openNotTakenBy(long accountId, LocalDateTime now) {
        return jdbc.sql("SELECT s.slug, s.title FROM survey s WHERE " + OPEN_NOW + """
                 AND s.access = :access
                  AND NOT EXISTS (SELECT 1 FROM survey_member_taken t
                                  WHERE t.survey_id = s.id AND t.account_id = :account)
                ORDER BY s.created_at DESC LIMIT 20""")
                .param("open", OPEN)
                .param("now", now)
                .param("access", SurveyAccess.MEMBERS.name())
                .param("account", accountId)
                .query((rs, n) -> new SurveyLink(rs.getString("slug"), rs.getString("title"))).list();
    }

    /** Open surveys anyone with the link may answer, newest first (at most 20). */
    public List<SurveyLink> openToAnyone(LocalDateTime now) {
        return jdbc.sql("SELECT s.slug, s.title FROM survey s WHERE " + OPEN_NOW + """
                 AND s.access = :access
                ORDER BY s.created_at DESC LIMIT 20""")
                .param("open", OPEN)
                .param("now", now)
                .param("access", SurveyAccess.LINK.name())
                .query((rs, n) -> new SurveyLink(rs.getString("slug"), rs.getString("title"))).list();
    }

    /** The survey row's version, which changes with every change of its definition. */
    public Optional<Long> rowVersion(long surveyId) {
        return jdbc.sql("SELECT version FROM survey WHERE id = ?").param(surveyId).query(Long.class).optional();
    }

    public String slug(long surveyId) {
        return jdbc.sql("SELECT slug FROM survey WHERE id = ?").param(surveyId).query(String.class).single();
    }

    private static SurveySummary summary(ResultSet rs, int row) throws SQLException {
        return new SurveySummary(rs.getLong("id"), rs.getString("series_key"), rs.getInt("round_no"),
                rs.getString("title"), SurveyStatus.valueOf(rs.getString("status")),
                SurveyAccess.valueOf(rs.getString("access")), rs.getObject("opens_at", LocalDateTime.class),
                rs.getObject("closes_at", LocalDateTime.class), rs.getBoolean("published"), rs.getString("slug"),
                rs.getLong("responses"), rs.getBoolean("shared_devices"));
    }

    public SurveyDefinition read(long surveyId) {
        record Head(String title, @Nullable String intro, @Nullable String thankYou) {
        }
        var head = jdbc.sql("SELECT title, intro, thank_you FROM survey WHERE id = ?").param(surveyId)
                .query((rs, n) -> new Head(rs.getString("title"), rs.getString("intro"), rs.getString("thank_you")))
                .single();
        Map<Long, List<OptionDefinition>> options = new HashMap<>();
        jdbc.sql("""
                SELECT o.question_id, o.option_key, o.label, o.picture FROM survey_option o
                JOIN survey_question q ON q.id = o.question_id WHERE q.survey_id = ? ORDER BY o.question_id, o.position""")
                .param(surveyId)
                .query((ResultSet rs) -> {
                    options.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                            .add(new OptionDefinition(rs.getString("option_key"), rs.getString("label"),
                                    rs.getString("picture")));
                });
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("""
                SELECT t.question_id, t.tag_code FROM survey_question_tag t
                JOIN survey_question q ON q.id = t.question_id WHERE q.survey_id = ? ORDER BY t.tag_code""")
                .param(surveyId)
                .query((ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                            .add(rs.getString("tag_code"));
                });
        var questions = jdbc.sql("SELECT * FROM survey_question WHERE survey_id = ? ORDER BY position")
                .param(surveyId)
                .query((rs, n) -> question(rs, options.getOrDefault(rs.getLong("id"), List.of()),
                        tags.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        Map<Long, List<VersionItem>> items = new HashMap<>();
        jdbc.sql("""
                SELECT vq.version_id, q.question_key, vq.section FROM survey_version_question vq
                JOIN survey_question q ON q.id = vq.question_id WHERE q.survey_id = ? ORDER BY vq.version_id, vq.position""")
                .param(surveyId)
                .query((ResultSet rs) -> {
                    items.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>())
                            .add(new VersionItem(rs.getString("question_key"), rs.getString("section")));
                });
        var versions = jdbc.sql("SELECT * FROM survey_version WHERE survey_id = ? ORDER BY position")
                .param(surveyId)
                .query((rs, n) -> new VersionDefinition(rs.getString("version_key"), rs.getString("label"),
                        ageBand(rs.getString("age_band")), rs.getBoolean("assisted"), rs.getString("intro"),
                        items.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        jdbc.sql("SELECT language, text_key, text FROM survey_translation WHERE survey_id = ? ORDER BY language, text_key")
                .param(surveyId)
                .query((ResultSet rs) -> {
                    translations.computeIfAbsent(rs.getString("language"), k -> new LinkedHashMap<>())
                            .put(rs.getString("text_key"), rs.getString("text"));
                });
        return new SurveyDefinition(head.title(), head.intro(), head.thankYou(), versions, questions, translations);
    }

    /** Writes a checked definition over what the survey had. */
    public void write(long surveyId, SurveyDefinition survey) {
        jdbc.sql("UPDATE survey SET title = ?, intro = ?, thank_you = ?, version = version + 1 WHERE id = ?")
                .params(survey.title().strip(), blankToNull(survey.intro()), blankToNull(survey.thankYou()), surveyId)
                .update();
        Map<String, Long> questionIds = questionIds(surveyId);
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            var q = survey.questions().get(i);
            Long id = questionIds.get(q.key());
            var showIf = q.showIf();
            List<@Nullable Object> values = Arrays.asList(q.kind().name(), q.text().strip(), blankToNull(q.help()),
                    q.picture(), q.optional(), q.kind() == QuestionKind.FREE_TEXT ? maxLength(q) : null,
                    blankToNull(q.lowLabel()), blankToNull(q.highLabel()),
                    q.demographic() == null ? null : q.demographic().name(), showIf == null ? null : showIf.question(),
                    showIf == null ? null : String.join(",", showIf.options()), i);
            if (id == null) {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO survey_question (kind, text, help, picture, optional, max_length, low_label,
                            high_label, demographic, show_if_key, show_if_options, position, survey_id, question_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(concat(values, surveyId, q.key())).update(keys);
                id = keys.getKey().longValue();
                questionIds.put(q.key(), id);
            } else {
                jdbc.sql("""
                        UPDATE survey_question SET kind = ?, text = ?, help = ?, picture = ?, optional = ?,
                            max_length = ?, low_label = ?, high_label = ?, demographic = ?, show_if_key = ?,
                            show_if_options = ?, position = ? WHERE id = ?""")
                        .params(concat(values, id)).update();
            }
            kept.add(id);
            writeOptions(id, q.options());
            jdbc.sql("DELETE FROM survey_question_tag WHERE question_id = ?").param(id).update();
            for (String tag : q.tags().stream().distinct().toList()) {
                jdbc.sql("INSERT INTO survey_question_tag (question_id, tag_code) VALUES (?, ?)").params(id, tag)
                        .update();
            }
        }
        Map<String, Long> versionIds = ids("SELECT version_key AS item_key, id FROM survey_version WHERE survey_id = ?",
                surveyId);
        List<Long> keptVersions = new ArrayList<>();
        for (int i = 0; i < survey.versions().size(); i++) {
            var v = survey.versions().get(i);
            Long id = versionIds.get(v.key());
            List<@Nullable Object> values = Arrays.asList(v.label().strip(),
                    v.ageBand() == null ? null : v.ageBand().name(), v.assisted(), blankToNull(v.intro()), i);
            if (id == null) {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO survey_version (label, age_band, assisted, intro, position, survey_id, version_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""").params(concat(values, surveyId, v.key())).update(keys);
                id = keys.getKey().longValue();
            } else {
                jdbc.sql("UPDATE survey_version SET label = ?, age_band = ?, assisted = ?, intro = ?, position = ? "
                        + "WHERE id = ?").params(concat(values, id)).update();
            }
            keptVersions.add(id);
            jdbc.sql("DELETE FROM survey_version_question WHERE version_id = ?").param(id).update();
            for (int p = 0; p < v.items().size(); p++) {
                var item = v.items().get(p);
                jdbc.sql("INSERT INTO survey_version_question (version_id, question_id, position, section) "
                        + "VALUES (?, ?, ?, ?)")
                        .params(id, questionIds.get(item.question()), p, blankToNull(item.section())).update();
            }
        }
        // Only a survey nobody has answered can lose questions or versions (the check refuses it otherwise).
        versionIds.values().stream().filter(id -> !keptVersions.contains(id)).forEach(id ->
                jdbc.sql("DELETE FROM survey_version WHERE id = ?").param(id).update());
        questionIds.values().stream().filter(id -> !kept.contains(id)).forEach(id ->
                jdbc.sql("DELETE FROM survey_question WHERE id = ?").param(id).update());
        jdbc.sql("DELETE FROM survey_translation WHERE survey_id = ?").param(surveyId).update();
        survey.translations().forEach((language, texts) -> texts.forEach((key, text) ->
                jdbc.sql("INSERT INTO survey_translation (survey_id, language, text_key, text) VALUES (?, ?, ?, ?)")
                        .params(surveyId, language, key, text.strip()).update()));
    }

    private void writeOptions(long questionId, List<OptionDefinition> options) {
        Map<String, Long> optionIds = ids("SELECT option_key AS item_key, id FROM survey_option WHERE question_id = ?",
                questionId);
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            var o = options.get(i);
            Long id = optionIds.get(o.key());
            if (id == null) {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO survey_option (question_id, option_key, label, picture, position) "
                        + "VALUES (?, ?, ?, ?, ?)")
                        .params(questionId, o.key(), o.label().strip(), o.picture(), i).update(keys);
                kept.add(keys.getKey().longValue());
            } else {
                jdbc.sql("UPDATE survey_option SET label = ?, picture = ?, position = ? WHERE id = ?")
                        .params(o.label().strip(), o.picture(), i, id).update();
                kept.add(id);
            }
        }
        optionIds.values().stream().filter(id -> !kept.contains(id)).forEach(id ->
                jdbc.sql("DELETE FROM survey_option WHERE id = ?").param(id).update());
    }

    /** A survey's question ids by question key. */
    public Map<String, Long> questionIds(long surveyId) {
        return ids("SELECT question_key AS item_key, id FROM survey_question WHERE survey_id = ?", surveyId);
    }

    /** An option of a question, by their keys, and the option's id. */
    public record OptionId(String questionKey, String optionKey, long id) {
    }

    /** Every option of a survey's questions, by key, with its id. */
    public List<OptionId> optionIds(long surveyId) {
        return jdbc.sql("""
                SELECT q.question_key, o.option_key, o.id FROM survey_option o
                JOIN survey_question q ON q.id = o.question_id WHERE q.survey_id = ?""").param(surveyId)
                .query((rs, n) -> new OptionId(rs.getString("question_key"), rs.getString("option_key"),
                        rs.getLong("id")))
                .list();
    }

    /** A survey's version keys by version id. */
    public Map<Long, String> versionKeys(long surveyId) {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("SELECT id, version_key FROM survey_version WHERE survey_id = ?").param(surveyId)
                .query((ResultSet rs) -> {
                    keys.put(rs.getLong("id"), rs.getString("version_key"));
                });
        return keys;
    }

    /** Ids by key: {@code sql} selects {@code item_key} and {@code id} of one parent's rows. */
    private Map<String, Long> ids(String sql, long parent) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql(sql).param(parent).query((ResultSet rs) -> {
            ids.put(rs.getString("item_key"), rs.getLong("id"));
        });
        return ids;
    }

    private static QuestionDefinition question(ResultSet rs, List<OptionDefinition> options, List<String> tags)
            throws SQLException {
        String showIfKey = rs.getString("show_if_key");
        ShowIf showIf = showIfKey == null ? null
                : new ShowIf(showIfKey, Arrays.asList(rs.getString("show_if_options").split(",")));
        Integer maxLength = rs.getObject("max_length", Integer.class);
        String demographic = rs.getString("demographic");
        return new QuestionDefinition(rs.getString("question_key"), QuestionKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getString("help"), rs.getString("picture"), rs.getBoolean("optional"),
                maxLength, rs.getString("low_label"),
                rs.getString("high_label"), demographic == null ? null : Demographic.valueOf(demographic), showIf,
                options, tags);
    }

    public static int maxLength(QuestionDefinition q) {
        return q.maxLength() == null ? DefinitionCheck.DEFAULT_TEXT_ANSWER : q.maxLength();
    }

    private static @Nullable AgeBand ageBand(@Nullable String value) {
        return value == null ? null : AgeBand.valueOf(value);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The parameters {@code values} followed by {@code more}. */
    private static List<@Nullable Object> concat(List<@Nullable Object> values, Object... more) {
        List<@Nullable Object> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return all;
    }
}

package org.youthvoice.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.people.AgeBand;

/**
 * Reads and writes the participation log ({@code participation_event}, the members ticked as there in
 * {@code participation_event_member}) and the survey responses counted per quarter
 * ({@code participation_survey_count}).
 */
@Component
public class ParticipationStore {

    /** An event as written: who came, counted, not named. Missing age bands count 0. */
    public record Event(LocalDate heldOn, EventType type, String group, int inCare, int careLeavers, int others,
            Map<AgeBand, Integer> byAge, @Nullable String asked, @Nullable String cameOut) {

        int age(AgeBand band) {
            return byAge.getOrDefault(band, 0);
        }
    }

    /** A calendar quarter's events and attendances, as counted in the database. */
    public record Quarter(LocalDate quarterStart, long events, long inCare, long careLeavers, long others,
            long age4To7, long age8To11, long age11To17, long age16To25) {
    }

    /** Survey responses sent in a quarter by young people who gave this care status. */
    public record SurveyCount(LocalDate quarterStart, String careStatus, long responses) {
    }

    /** A group's events and attendances in a period. */
    public record GroupCount(String group, long events, long attendances) {
    }

    private static final String SELECT = """
            SELECT id, held_on, event_type, group_name, in_care, care_leavers, other_young, age_4_7, age_8_11,
                   age_11_17, age_16_25, asked, came_out FROM participation_event""";

    private final JdbcClient jdbc;

    ParticipationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new event; its id. */
    public long add(Event event, LocalDateTime createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO participation_event (held_on, event_type, group_name, in_care, care_leavers, other_young,
                    age_4_7, age_8_11, age_11_17, age_16_25, asked, came_out, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.heldOn(), event.type().name(), event.group(), event.inCare(), event.careLeavers(),
                        event.others(), event.age(AgeBand.AGE_4_7), event.age(AgeBand.AGE_8_11),
                        event.age(AgeBand.AGE_11_17), event.age(AgeBand.AGE_16_25), event.asked(), event.cameOut(),
                        createdAt)
                .update(keys);
        return keys.getKey().longValue();
    }

    /** False when there is no such event. */
    public boolean change(long id, Event event) {
        return jdbc.sql("""
                UPDATE participation_event SET held_on = ?, event_type = ?, group_name = ?, in_care = ?,
                    care_leavers = ?, other_young = ?, age_4_7 = ?, age_8_11 = ?, age_11_17 = ?, age_16_25 = ?,
                    asked = ?, came_out = ?, version = version + 1
                WHERE id = ?""")
                .params(event.heldOn(), event.type().name(), event.group(), event.inCare(), event.careLeavers(),
                        event.others(), event.age(AgeBand.AGE_4_7), event.age(AgeBand.AGE_8_11),
                        event.age(AgeBand.AGE_11_17), event.age(AgeBand.AGE_16_25), event.asked(), event.cameOut(),
                        id)
                .update() > 0;
    }

    public void addMembers(long eventId, Collection<Long> memberIds) {
        for (long member : memberIds) {
            jdbc.sql("INSERT INTO participation_event_member (event_id, account_id) VALUES (?, ?)")
                    .params(eventId, member).update();
        }
    }

    public void removeMembers(long eventId) {
        jdbc.sql("DELETE FROM participation_event_member WHERE event_id = ?").param(eventId).update();
    }

    /** The members ticked as at each of these events. */
    public Map<Long, Set<Long>> members(Collection<Long> eventIds) {
        var members = new HashMap<Long, Set<Long>>();
        if (eventIds.isEmpty()) {
            return members;
        }
        jdbc.sql("SELECT event_id, account_id FROM participation_event_member WHERE event_id IN (:ids)")
                .param("ids", eventIds)
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong("event_id"), k -> new HashSet<>())
                            .add(rs.getLong("account_id"));
                });
        return members;
    }

    /** Newest first, without members or actions. */
    public List<ParticipationEventView> page(int limit, long offset) {
        return jdbc.sql(SELECT + " ORDER BY held_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> view(rs)).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM participation_event").query(Long.class).single();
    }

    /** Without members or actions. */
    public Optional<ParticipationEventView> event(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** Per calendar quarter with events held between the two days (inclusive). */
    public List<Quarter> quarters(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT MAKEDATE(YEAR(held_on), 1) + INTERVAL (QUARTER(held_on) - 1) QUARTER AS quarter_start,
                       COUNT(*) AS events, SUM(in_care) AS in_care, SUM(care_leavers) AS care_leavers,
                       SUM(other_young) AS other_young, SUM(age_4_7) AS age_4_7, SUM(age_8_11) AS age_8_11,
                       SUM(age_11_17) AS age_11_17, SUM(age_16_25) AS age_16_25
                FROM participation_event WHERE held_on BETWEEN ? AND ? GROUP BY quarter_start""")
                .params(from, to)
                .query((rs, n) -> new Quarter(rs.getObject("quarter_start", LocalDate.class), rs.getLong("events"),
                        rs.getLong("in_care"), rs.getLong("care_leavers"), rs.getLong("other_young"),
                        rs.getLong("age_4_7"), rs.getLong("age_8_11"), rs.getLong("age_11_17"),
                        rs.getLong("age_16_25")))
                .list();
    }

    /** Per group with events held between the two days (inclusive), most attendances first. */
    public List<GroupCount> groups(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT group_name, COUNT(*) AS events, SUM(in_care + care_leavers + other_young) AS came
                FROM participation_event
                WHERE held_on BETWEEN ? AND ? GROUP BY group_name ORDER BY came DESC, group_name""")
                .params(from, to)
                .query((rs, n) -> new GroupCount(rs.getString("group_name"), rs.getLong("events"),
                        rs.getLong("came")))
                .list();
    }

    /** Survey responses counted in quarters starting between the two days (inclusive). */
    public List<SurveyCount> surveyCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT quarter_start, care_status, responses FROM participation_survey_count "
                + "WHERE quarter_start BETWEEN ? AND ?")
                .params(from, to)
                .query((rs, n) -> new SurveyCount(rs.getObject("quarter_start", LocalDate.class),
                        rs.getString("care_status"), rs.getLong("responses")))
                .list();
    }

    /** Adds survey responses to a quarter's count for a care status. */
    public void addSurveyResponses(LocalDate quarterStart, String careStatus, long responses) {
        jdbc.sql("""
                INSERT INTO participation_survey_count (quarter_start, care_status, responses) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses)""")
                .params(quarterStart, careStatus, responses)
                .update();
    }

    /** Every day an event was held and every quarter with survey counts. */
    public List<LocalDate> days() {
        return jdbc.sql("SELECT DISTINCT held_on FROM participation_event UNION SELECT DISTINCT quarter_start "
                + "FROM participation_survey_count").query(LocalDate.class).list();
    }

    private static ParticipationEventView view(ResultSet rs) throws SQLException {
        var ages = new EnumMap<AgeBand, Integer>(AgeBand.class);
        ages.put(AgeBand.AGE_4_7, rs.getInt("age_4_7"));
        ages.put(AgeBand.AGE_8_11, rs.getInt("age_8_11"));
        ages.put(AgeBand.AGE_11_17, rs.getInt("age_11_17"));
        ages.put(AgeBand.AGE_16_25, rs.getInt("age_16_25"));
        return new ParticipationEventView(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                EventType.valueOf(rs.getString("event_type")), rs.getString("group_name"), rs.getInt("in_care"),
                rs.getInt("care_leavers"), rs.getInt("other_young"), ages, rs.getString("asked"),
                rs.getString("came_out"), Set.of(), Set.of());
    }
}

package org.youthvoice.survey.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.youthvoice.survey.SurveyGroup;

/**
 * Reads and writes the groups that answer a survey (a school, a team) with their access codes, and the single-use
 * cards printed for it. Nothing records which card opened which response.
 */
@Component
public class GroupStore {

    /** How many cards were made for a survey, and how many of them have been used. */
    public record CardUse(int made, int used) {
    }

    /** A group by its id and name only. */
    public record GroupName(long id, String name) {
    }

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A survey's groups by name. */
    public List<SurveyGroup> groups(long surveyId) {
        return jdbc.sql("SELECT id, name, code, cohort_size, shared_devices FROM survey_group WHERE survey_id = ?"
                + " ORDER BY name, id")
                .param(surveyId)
                .query((rs, n) -> new SurveyGroup(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                        rs.getObject("cohort_size", Integer.class), rs.getBoolean("shared_devices")))
                .list();
    }

    /** A survey's groups' names, in order of name. */
    public List<GroupName> names(long surveyId) {
        return jdbc.sql("SELECT id, name FROM survey_group WHERE survey_id = ? ORDER BY name").param(surveyId)
                .query((rs, n) -> new GroupName(rs.getLong("id"), rs.getString("name"))).list();
    }

    /** The survey's group with this access code. */
    public Optional<Long> withCode(long surveyId, String code) {
        return jdbc.sql("SELECT id FROM survey_group WHERE survey_id = ? AND code = ?").params(surveyId, code)
                .query(Long.class).optional();
    }

    public boolean sharedDevices(long groupId) {
        return jdbc.sql("SELECT shared_devices FROM survey_group WHERE id = ?").param(groupId).query(Boolean.class)
                .single();
    }

    public boolean nameTaken(long surveyId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_group WHERE survey_id = ? AND name = ?")
                .params(surveyId, name).query(Integer.class).single() > 0;
    }

    public boolean codeTaken(long surveyId, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_group WHERE survey_id = ? AND code = ?").params(surveyId, code)
                .query(Integer.class).single() > 0;
    }

    /** Whether any survey's group has this code. */
    public boolean codeTakenAnywhere(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_group WHERE code = ?").param(code).query(Integer.class).single()
                > 0;
    }

    /** Adds a group and returns its id; a DuplicateKeyException if the survey has a group with the code already. */
    public long add(long surveyId, String name, @Nullable String code, @Nullable Integer cohortSize) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_group (survey_id, name, code, cohort_size) VALUES (?, ?, ?, ?)")
                .params(surveyId, name, code, cohortSize).update(keys);
        return keys.getKey().longValue();
    }

    /** False when there is no such group. */
    public boolean setSharedDevices(long groupId, boolean shared) {
        return jdbc.sql("UPDATE survey_group SET shared_devices = ? WHERE id = ?").params(shared, groupId).update()
                > 0;
    }

    public void setCohortSize(long groupId, @Nullable Integer cohortSize) {
        jdbc.sql("UPDATE survey_group SET cohort_size = ? WHERE id = ?").params(cohortSize, groupId).update();
    }

    /** Adds a card unless its code is taken; whether it was added. */
    public boolean addCard(String code, long surveyId, @Nullable Long groupId) {
        return jdbc.sql("INSERT IGNORE INTO survey_card (code, survey_id, group_id) VALUES (?, ?, ?)")
                .params(code, surveyId, groupId).update() == 1;
    }

    /**
     * Uses up the survey's card with this code, if it is unused. One statement: under any number of parallel tries,
     * exactly one of them changes the row.
     */
    public boolean claimCard(long surveyId, String code) {
        return jdbc.sql("UPDATE survey_card SET used = TRUE WHERE code = ? AND survey_id = ? AND used = FALSE")
                .params(code, surveyId).update() > 0;
    }

    /** The group a card was made for, if any. */
    public @Nullable Long cardGroup(String code) {
        return jdbc.sql("SELECT group_id FROM survey_card WHERE code = ?").param(code).query(Long.class).optional()
                .orElse(null);
    }

    public CardUse cardUse(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) AS made, COALESCE(SUM(used), 0) AS used FROM survey_card WHERE survey_id = ?")
                .param(surveyId)
                .query((rs, n) -> new CardUse(rs.getInt("made"), rs.getInt("used"))).single();
    }
}

package org.youthvoice.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.Demographic;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.SurveyAccess;
import org.youthvoice.survey.SurveyDefinition;
import org.youthvoice.survey.SurveyDefinition.OptionDefinition;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionDefinition;
import org.youthvoice.survey.SurveyDefinition.VersionItem;
import org.youthvoice.survey.SurveyService;
import org.youthvoice.survey.SurveySettings;

/**
 * Makes a big survey for benchmarks: a published survey of {@code questions} questions of every kind (two of them
 * "about you"), in two versions and {@value #GROUPS} groups, built through {@link SurveyService}, then loads sent
 * responses straight into the tables with multi-row INSERTs on one connection (no events, no screening: this is for
 * measuring reads). Fixed seed, so runs compare. Reused by other benches (the priority page's), so it takes its
 * services and data source as arguments and keeps no state.
 */
public final class SurveyResponsesGenerator {

    public static final int GROUPS = 12;
    private static final int ROWS_PER_INSERT = 2000;
    private static final QuestionKind[] KINDS = {QuestionKind.YES_NO_NOT_SURE, QuestionKind.FACE_SCALE,
        QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.SCALE_0_10, QuestionKind.FREE_TEXT,
        QuestionKind.RANKING, QuestionKind.SINGLE_CHOICE, QuestionKind.SCALE_0_10};

    private SurveyResponsesGenerator() {
    }

    /** The questions: kinds in turn, the last two "about you" (care status, gender). */
    public static SurveyDefinition definition(int questions, String title) {
        var list = new ArrayList<QuestionDefinition>();
        for (int i = 1; i <= questions - 2; i++) {
            var kind = KINDS[(i - 1) % KINDS.length];
            List<OptionDefinition> options = switch (kind) {
                case YES_NO_NOT_SURE -> options("yes", "no", "not-sure");
                case FACE_SCALE -> options("1", "2", "3", "4", "5");
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> options("a", "b", "c", "d", "e");
                case RANKING -> options("w", "x", "y", "z");
                default -> List.of();
            };
            list.add(new QuestionDefinition("q" + i, kind, "Question " + i + " (" + kind + ")", null, null, true,
                    kind == QuestionKind.FREE_TEXT ? 500 : null, kind == QuestionKind.SCALE_0_10 ? "Low" : null,
                    kind == QuestionKind.SCALE_0_10 ? "High" : null, null, null, options, List.of()));
        }
        list.add(new QuestionDefinition("care", QuestionKind.SINGLE_CHOICE, "Are you in care?", null, null, true, null,
                null, null, Demographic.CARE_STATUS, null, options("in-care", "care-leaver", "other"), List.of()));
        list.add(new QuestionDefinition("gender", QuestionKind.SINGLE_CHOICE, "Are you...", null, null, true, null,
                null, null, Demographic.GENDER, null, options("girl", "boy", "other", "rather-not"), List.of()));
        var items = list.stream().map(q -> new VersionItem(q.key(), null)).toList();
        return new SurveyDefinition(title, null, null, List.of(
                new VersionDefinition("younger", "11 to 15", AgeBand.AGE_11_17, false, null, items),
                new VersionDefinition("older", "16 to 25", AgeBand.AGE_16_25, false, null, items)), list, Map.of());
    }

    private static List<OptionDefinition> options(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> new OptionDefinition(k, "Option " + k, null)).toList();
    }

    /** Creates and publishes the survey with its groups; returns its id. */
    public static long createSurvey(SurveyService surveys, int questions) {
        return SystemTask.runAs(() -> {
            long id = surveys.create(definition(questions, "Bench survey " + System.nanoTime()));
            for (int g = 1; g <= GROUPS; g++) {
                surveys.addGroup(id, "School " + g, true, 2000);
            }
            surveys.publish(id, new SurveySettings(SurveyAccess.GROUP_CODE, null, null));
            return id;
        }, Roles.OFFICER);
    }

    /** Loads {@code responses} sent responses into the survey; returns how many answer rows were written. */
    public static long load(DataSource dataSource, long surveyId, int responses, long seed) throws SQLException {
        var random = new SplittableRandom(seed);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
                s.execute("SET SESSION unique_checks = 0");
            }
            var questions = new ArrayList<long[]>(); // id, kind ordinal
            var options = new HashMap<Long, List<Long>>();
            try (var s = c.prepareStatement("SELECT id, kind FROM survey_question WHERE survey_id = ? ORDER BY position")) {
                s.setLong(1, surveyId);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        questions.add(new long[] {rs.getLong(1), QuestionKind.valueOf(rs.getString(2)).ordinal()});
                    }
                }
            }
            try (var s = c.prepareStatement("SELECT o.question_id, o.id FROM survey_option o JOIN survey_question q "
                    + "ON q.id = o.question_id WHERE q.survey_id = ? ORDER BY o.question_id, o.position")) {
                s.setLong(1, surveyId);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            var versions = ids(c, "SELECT id FROM survey_version WHERE survey_id = ? ORDER BY position", surveyId);
            var groups = ids(c, "SELECT id FROM survey_group WHERE survey_id = ? ORDER BY id", surveyId);
            long firstId;
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM survey_response")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            var today = LocalDate.now();
            var responseRows = new StringBuilder();
            var answerRows = new StringBuilder();
            int responsesInBatch = 0;
            int answersInBatch = 0;
            long answers = 0;
            for (int n = 0; n < responses; n++) {
                long id = firstId + n;
                // Bigger schools answer more: groups weighted 1..GROUPS.
                long group = groups.get(Math.min(groups.size() - 1, (int) Math.sqrt(random.nextInt(groups.size()
                        * groups.size()))));
                long version = versions.get(random.nextInt(versions.size()));
                String day = today.minusDays(random.nextInt(45)).toString();
                responseRows.append(responseRows.isEmpty() ? "" : ",").append('(').append(id).append(',')
                        .append(surveyId).append(',').append(version).append(',').append(group)
                        .append(",'en',FALSE,'SUBMITTED','").append(day).append("','").append(day).append("',")
                        .append(questions.size()).append(')');
                responsesInBatch++;
                for (var q : questions) {
                    if (random.nextInt(100) < 8) {
                        continue; // skipped: every question is optional
                    }
                    var kind = QuestionKind.values()[(int) q[1]];
                    var choices = options.getOrDefault(q[0], List.of());
                    switch (kind) {
                        case SCALE_0_10 -> answersInBatch += answer(answerRows, id, q[0], "NULL",
                                String.valueOf(Math.min(10, random.nextInt(6) + random.nextInt(6))), "NULL", "NULL");
                        case FREE_TEXT -> {
                            if (random.nextInt(100) < 30) {
                                answersInBatch += answer(answerRows, id, q[0], "NULL", "NULL", "NULL",
                                        "'Bench words " + random.nextInt(1000) + "'");
                            }
                        }
                        case MULTIPLE_CHOICE -> {
                            for (long option : choices) {
                                if (random.nextInt(100) < 35) {
                                    answersInBatch += answer(answerRows, id, q[0], String.valueOf(option), "NULL",
                                            "NULL", "NULL");
                                }
                            }
                        }
                        case RANKING -> {
                            var order = new ArrayList<>(choices);
                            for (int r = 0; r < order.size(); r++) {
                                java.util.Collections.swap(order, r, r + random.nextInt(order.size() - r));
                                answersInBatch += answer(answerRows, id, q[0], String.valueOf(order.get(r)), "NULL",
                                        String.valueOf(r + 1), "NULL");
                            }
                        }
                        default -> answersInBatch += answer(answerRows, id, q[0],
                                String.valueOf(choices.get(skewed(random, choices.size()))), "NULL", "NULL", "NULL");
                    }
                }
                if (answersInBatch >= ROWS_PER_INSERT || n == responses - 1) {
                    flush(c, responseRows, answerRows);
                    answers += answersInBatch;
                    responsesInBatch = 0;
                    answersInBatch = 0;
                }
            }
            c.commit();
            try (var s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 1");
                s.execute("SET SESSION unique_checks = 1");
                s.execute("ANALYZE TABLE survey_response, survey_answer");
            }
            c.setAutoCommit(true);
            return answers;
        }
    }

    /** Earlier options are chosen more often, so counts differ and some are small. */
    private static int skewed(SplittableRandom random, int size) {
        int pick = (int) (size * Math.pow(random.nextDouble(), 1.7));
        return Math.min(size - 1, pick);
    }

    private static int answer(StringBuilder rows, long response, long question, String option, String number,
            String rank, String text) {
        rows.append(rows.isEmpty() ? "" : ",").append('(').append(response).append(',').append(question).append(',')
                .append(option).append(',').append(number).append(',').append(rank).append(',').append(text)
                .append(')');
        return 1;
    }

    private static void flush(Connection c, StringBuilder responses, StringBuilder answers) throws SQLException {
        try (var s = c.createStatement()) {
            if (!responses.isEmpty()) {
                s.executeUpdate("INSERT INTO survey_response (id, survey_id, version_id, group_id, language, "
                        + "adult_helped, status, started_on, submitted_on, step) VALUES " + responses);
            }
            if (!answers.isEmpty()) {
                s.executeUpdate("INSERT INTO survey_answer (response_id, question_id, option_id, number_value, "
                        + "rank_value, text_value) VALUES " + answers);
            }
        }
        c.commit();
        responses.setLength(0);
        answers.setLength(0);
    }

    private static List<Long> ids(Connection c, String sql, long surveyId) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var s = c.prepareStatement(sql)) {
            s.setLong(1, surveyId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}

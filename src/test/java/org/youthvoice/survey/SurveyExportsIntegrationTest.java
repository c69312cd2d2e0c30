package org.youthvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.AnsweredSurvey.Published;
import org.youthvoice.survey.exchange.SurveyExports;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class SurveyExportsIntegrationTest {

    private static final String WORDS = AnsweredSurvey.WORDS;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyTaking taking;

    @Autowired
    SurveyExports exports;

    @Autowired
    JdbcClient jdbc;

    Published answered() {
        return AnsweredSurvey.create(surveys, taking);
    }

    static <T> T as(String name, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    byte[] csv(long id, String who, String role) {
        return as(who, role, () -> {
            var out = new ByteArrayOutputStream();
            try {
                exports.responsesCsv(id, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void the_responses_csv_has_one_row_per_sent_response_and_one_column_per_question() {
        var survey = answered();

        byte[] bytes = csv(survey.id(), "ana-analyst", Roles.OFFICER);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        var rows = parse(text);
        assertThat(rows.getFirst()).as("headed by the questions' words, not their keys").containsExactly("Response",
                "Version", "Group", "Day sent", "Best colour?", "What do you like?", "How good?", "Why?",
                "Put these in order", "Are you in care?");
        var data = rows.subList(1, rows.size());
        assertThat(data).as("17 sent; the unsent one is left out").hasSize(17);
        assertThat(data).allSatisfy(row -> assertThat(row).hasSize(10));
        assertThat(data.stream().map(r -> r.get(0)).toList())
                .as("a running number, not the response id").isEqualTo(java.util.stream.IntStream.rangeClosed(1, 17)
                        .mapToObj(String::valueOf).toList());
        // Rows come in a shuffled order, so each is found by what it holds.
        assertThat(data).allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("Everyone");
            assertThat(row.get(6)).isEqualTo("7");
            assertThat(row.get(8)).as("the ranking in the order given").isEqualTo("Cherries; Apples; Bananas");
        });
        assertThat(data).anySatisfy(row -> {
            assertThat(row.get(4)).isEqualTo("Red, bright");
            assertThat(row.get(5)).as("several choices in the question's order").isEqualTo("Sport; @games");
        });
        assertThat(data).anySatisfy(row -> assertThat(row.get(4)).isEqualTo("Say \"blue\""));
        assertThat(text).contains("\"Say \"\"blue\"\"\"", "\"Red, bright\"");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_made_plain_text() {
        var survey = answered();

        var data = parse(new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8));

        assertThat(data).anySatisfy(row -> assertThat(row.get(4)).isEqualTo("'=1+1"));
        assertThat(data).anySatisfy(row -> assertThat(row.get(5)).isEqualTo("'@games"));
        assertThat(data.stream().flatMap(List::stream)).noneMatch(cell -> cell.matches("^[=+@-].*"));
    }

    @Test
    void the_responses_csv_identifies_nobody() {
        var survey = answered();
        var tokens = jdbc.sql("SELECT id FROM survey_response WHERE survey_id = ?").param(survey.id())
                .query(Long.class).list();

        String text = new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8);
        var data = parse(text).subList(1, 18);

        assertThat(text).doesNotContain(WORDS).doesNotContain("Sam");
        assertThat(data).allSatisfy(row -> assertThat(row.get(7)).isEqualTo("[text given]"));
        assertThat(parse(text).getFirst()).noneMatch(h -> h.contains("id") || h.contains("device"));
        assertThat(data.stream().map(r -> r.get(0)).toList()).doesNotContainAnyElementsOf(
                tokens.stream().filter(t -> t > 17).map(String::valueOf).toList());
    }

    @Test
    void a_group_column_with_any_small_group_is_suppressed_on_every_row_and_rare_about_you_answers_are_blanked() {
        var survey = answered();

        var data = parse(new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8))
                .subList(1, 18);

        // Tiny Club has 2: hiding it on its own rows would point at them, so no row says its group.
        assertThat(data).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("[suppressed]"));
        assertThat(data).noneMatch(row -> row.contains("-Minus Club") || row.contains("'-Minus Club")
                || row.contains("Tiny Club") || row.contains("Big, \"North\" School"));
        // Days are then judged on everyone who sent that day (17 on one day), not per group.
        assertThat(data).allSatisfy(row -> assertThat(row.get(3)).matches("\\d{4}-\\d{2}-\\d{2}"));
        // "About you" without the group: 2 care leavers and 2 "neither" are blanked, and so are the 13 in care: with
        // 17 rows, 13 in care would show that 4 are not.
        assertThat(data.stream().filter(row -> row.get(9).equals("In care"))).isEmpty();
        assertThat(data.stream().filter(row -> row.get(9).equals("[suppressed]"))).hasSize(17);
        assertThat(data).noneMatch(row -> row.contains("Care leaver") || row.contains("Neither"));
        assertThat(data.stream().filter(row -> row.get(9).equals("[suppressed]")))
                .as("other answers stay").anySatisfy(row -> assertThat(row.get(4)).isEqualTo("Red, bright"));
    }

    @Test
    void the_group_column_stays_when_every_group_is_large_enough_in_every_version() {
        var survey = AnsweredSurvey.publish(surveys, taking);
        for (int i = 0; i < 8; i++) {
            AnsweredSurvey.send(taking, survey, "Big, \"North\" School", "red", "in-care", Answer.choice("music"));
        }
        for (int i = 0; i < 6; i++) {
            AnsweredSurvey.send(taking, survey, "-Minus Club", "blue", "in-care", Answer.choice("music"));
        }

        String text = new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8);
        var data = parse(text).subList(1, 15);

        assertThat(data.stream().filter(row -> row.get(2).equals("Big, \"North\" School"))).hasSize(8)
                .allSatisfy(row -> assertThat(row.get(4)).isEqualTo("Red, bright"));
        assertThat(data.stream().filter(row -> row.get(2).equals("'-Minus Club"))).hasSize(6);
        assertThat(text).contains("\"Big, \"\"North\"\" School\"");
    }

    @Test
    void a_group_large_enough_overall_but_small_in_one_version_suppresses_the_group_column() {
        var awkward = AnsweredSurvey.awkward();
        var younger = new SurveyDefinition.VersionDefinition("younger", "Younger", AgeBand.AGE_8_11, false, null,
                awkward.versions().getFirst().items());
        var definition = new SurveyDefinition(awkward.title(), null, null,
                List.of(awkward.versions().getFirst(), younger), awkward.questions(), Map.of());
        var survey = SystemTask.runAs(() -> {
            long id = surveys.create(definition);
            var codes = new HashMap<String, String>();
            for (String name : List.of("Home", "School")) {
                codes.put(name, surveys.addGroup(id, name, true, 30).code());
            }
            surveys.publish(id, new SurveySettings(SurveyAccess.GROUP_CODE, null, null));
            return new Published(id, surveys.summary(id).slug(), 0, codes);
        }, Roles.OFFICER);
        var versions = taking.entry(survey.slug()).orElseThrow().versions();
        // Home: 6 in the first version and 2 in the younger one (8 in all); School: 5 and 5.
        int[][] plan = {{6, 2}, {5, 5}};
        for (int g = 0; g < 2; g++) {
            for (int v = 0; v < 2; v++) {
                var inVersion = new Published(survey.id(), survey.slug(), versions.get(v).id(), survey.codes());
                for (int i = 0; i < plan[g][v]; i++) {
                    AnsweredSurvey.send(taking, inVersion, g == 0 ? "Home" : "School", "red", "in-care",
                            Answer.choice("music"));
                }
            }
        }

        var data = parse(new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8))
                .subList(1, 19);

        // "Younger" and "Home" on the same 2 rows would name two young people's answers.
        assertThat(data).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("[suppressed]"));
        assertThat(data.stream().filter(row -> row.get(1).equals("Younger"))).hasSize(7);
    }

    @Test
    void rows_come_in_a_new_shuffled_order_every_export_never_the_order_young_people_started() {
        var survey = AnsweredSurvey.publish(surveys, taking);
        String[] colours = {"red", "blue", "green"};
        String[] labels = {"Red, bright", "Say \"blue\"", "'=1+1"};
        int responses = 30;
        for (int i = 0; i < responses; i++) {
            // Colour and score together say which response a row is: the i-th started.
            String token = AnsweredSurvey.start(taking, survey, "Big, \"North\" School");
            taking.save(token, "colour", Answer.choice(colours[i / 11]), 1);
            taking.save(token, "score", Answer.number(i % 11), 3);
            taking.submit(token);
        }

        var first = startOrder(csv(survey.id(), "ana-analyst", Roles.OFFICER), labels);
        var second = startOrder(csv(survey.id(), "ana-analyst", Roles.OFFICER), labels);

        var started = java.util.stream.IntStream.range(0, responses).boxed().toList();
        assertThat(first).containsExactlyInAnyOrderElementsOf(started);
        assertThat(first).as("not the order they started").isNotEqualTo(started)
                .isNotEqualTo(started.reversed());
        assertThat(second).as("a new order each time").isNotEqualTo(first).isNotEqualTo(started);
        // The last three to start (a children's home that came last, say) are not simply the last three rows.
        assertThat(first.subList(responses - 3, responses)).as("last rows").isNotEqualTo(List.of(27, 28, 29));
    }

    /** Which response (by the order it was started) each row of the file is. */
    private static List<Integer> startOrder(byte[] csv, String[] labels) {
        var rows = parse(new String(csv, StandardCharsets.UTF_8));
        var order = new ArrayList<Integer>();
        for (var row : rows.subList(1, rows.size())) {
            int colour = List.of(labels).indexOf(row.get(4));
            order.add(colour * 11 + Integer.parseInt(row.get(6)));
        }
        return order;
    }

    @Test
    void each_export_is_in_the_audit_log_with_who_and_how_many_rows() throws Exception {
        var survey = answered();

        csv(survey.id(), "ana-analyst", Roles.OFFICER);
        as("val-viewer", Roles.VIEWER, () -> xlsx(survey.id(), ResultFilter.NONE));

        var entries = jdbc.sql("SELECT actor, action, details FROM audit_entry WHERE record_type = 'survey' "
                + "AND record_id = ? ORDER BY id").param(String.valueOf(survey.id()))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("ana-analyst survey.export.responses-csv 17 "
                + "responses, 6 questions, free text left out"));
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("val-viewer survey.export.results-xlsx"));
    }

    @Test
    void only_officers_and_administrators_take_the_responses_viewers_take_the_tables() {
        var survey = answered();

        assertThatThrownBy(() -> csv(survey.id(), "val-viewer", Roles.VIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csv(survey.id(), "sal-lead", Roles.SAFEGUARDING_LEAD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("sal-lead", Roles.SAFEGUARDING_LEAD, () -> xlsx(survey.id(), ResultFilter.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(csv(survey.id(), "adam-admin", Roles.ADMIN)).isNotEmpty();
    }

    /** The workbook read back with Apache POI: each sheet's name and its cells as text, row by row. */
    Map<String, List<List<String>>> xlsx(long id, ResultFilter filter) {
        var out = new ByteArrayOutputStream();
        try {
            exports.resultsXlsx(id, filter, out);
            var sheets = new java.util.LinkedHashMap<String, List<List<String>>>();
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var format = new DataFormatter();
                for (var sheet : book) {
                    var rows = new ArrayList<List<String>>();
                    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                        var row = sheet.getRow(r);
                        var cells = new ArrayList<String>();
                        if (row != null) {
                            for (int c = 0; c < row.getLastCellNum(); c++) {
                                var cell = row.getCell(c);
                                assertThat(cell == null || cell.getCellType() != CellType.FORMULA)
                                        .as("no formulas").isTrue();
                                cells.add(cell == null ? "" : format.formatCellValue(cell));
                            }
                        }
                        rows.add(cells);
                    }
                    sheets.put(sheet.getSheetName(), rows);
                }
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(List<List<String>> rows) {
        return rows.stream().flatMap(List::stream).filter(c -> !c.isEmpty()).toList();
    }

    @Test
    void the_results_workbook_holds_the_tables_of_the_page_suppressed_the_same_way() {
        var survey = answered();

        var sheets = as("val-viewer", Roles.VIEWER, () -> xlsx(survey.id(), ResultFilter.NONE));

        assertThat(sheets.keySet()).containsExactly("About", "Results", "Data dictionary");
        assertThat(String.join("|", cells(sheets.get("About")))).contains("Exports ", "everyone",
                "Small-number threshold");
        var results = cells(sheets.get("Results"));
        assertThat(results).containsSubsequence("1. Best colour?", "Question key", "colour", "Answered", "17",
                "Answer", "Count", "%", "Red, bright", "fewer than 5", "Say \"blue\"", "fewer than 5", "=1+1",
                "fewer than 5");
        // Red's 15 of 17 would show that 2 chose something else: hidden with them.
        assertThat(results).doesNotContain("15", "88");
        assertThat(results).containsSubsequence("4. Why?", "Answered", "17", "Wrote something", "17");
        assertThat(results).doesNotContain(WORDS);
        assertThat(String.join(" ", results)).doesNotContain(WORDS);
    }

    @Test
    void the_workbook_shows_hidden_answers_put_together_as_the_page_does() {
        // 13 young people: "yes" 6, "no" 5, "not sure" 2. The 2 is hidden, and the 5 with it; together they are 7.
        long id = SystemTask.runAs(() -> {
            long created = surveys.create(SurveyIntegrationTest.everyKind());
            surveys.publish(created, new SurveySettings(SurveyAccess.LINK, null, null));
            return created;
        }, Roles.OFFICER);
        String slug = SystemTask.runAs(() -> surveys.summary(id).slug(), Roles.OFFICER);
        long versionId = taking.entry(slug).orElseThrow().versions().stream().filter(v -> v.key().equals("younger"))
                .findFirst().orElseThrow().id();
        for (int i = 0; i < 13; i++) {
            var token = taking.start(slug, new StartRequest(versionId, null, "en", false, "10.2.0.9")).deviceToken();
            taking.save(token, "safe", Answer.choice(i < 6 ? "yes" : i < 11 ? "no" : "not-sure"), 1);
            taking.save(token, "feel", Answer.choice("4"), 2);
            taking.save(token, "happy", Answer.number(6), 3);
            taking.submit(token);
        }

        var results = cells(as("val-viewer", Roles.VIEWER, () -> xlsx(id, ResultFilter.NONE)).get("Results"));

        assertThat(results).containsSubsequence("Option yes", "6", "Option no", "fewer than 5", "Option not-sure",
                "fewer than 5", "Answers whose own numbers are hidden, put together so that no group of fewer than 5"
                        + " shows:", "Option no or Option not-sure", "7", "54");
    }

    @Test
    void the_workbook_shows_answer_words_and_a_data_dictionary_in_words_not_kinds() {
        var survey = answered();

        var dictionary = as("val-viewer", Roles.VIEWER, () -> xlsx(survey.id(), ResultFilter.NONE))
                .get("Data dictionary");

        assertThat(dictionary.getFirst()).containsExactly("Column heading", "Key", "Question", "Kind of question",
                "Answers it can hold");
        assertThat(dictionary).contains(
                List.of("Best colour?", "colour", "Best colour?", "Single choice", "Red, bright; Say \"blue\"; =1+1"),
                List.of("How good?", "score", "How good?", "Scale from 0 to 10", "A number from 0 (Bad) to 10 (Great)."));
        assertThat(dictionary.stream().map(r -> r.get(0)).toList()).as("every column of the responses file, in order")
                .containsExactly("Column heading", "Response", "Version", "Group", "Day sent", "Best colour?",
                        "What do you like?", "How good?", "Why?", "Put these in order", "Are you in care?");
        assertThat(cells(dictionary)).as("kinds in words, not FACE_SCALE or SINGLE_CHOICE")
                .noneMatch(c -> c.matches("[A-Z0-9]+(_[A-Z0-9]+)+"));
        assertThat(dictionary).anySatisfy(r -> assertThat(r.get(4)).startsWith("[text given] when something"));
    }

    @Test
    void the_data_dictionary_csv_names_every_column_of_the_responses_file() {
        var survey = answered();

        var dictionary = parse(new String(as("ana-analyst", Roles.OFFICER, () -> {
            var out = new ByteArrayOutputStream();
            try {
                exports.dictionaryCsv(survey.id(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }), StandardCharsets.UTF_8));
        var responses = parse(new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8));

        assertThat(dictionary.stream().skip(1).map(r -> r.get(0)).toList()).as("one row per column, in order")
                .isEqualTo(responses.getFirst().stream().map(h -> h.replace("\uFEFF", "")).toList());
        assertThat(dictionary).anySatisfy(r -> assertThat(r).containsExactly("Best colour?", "colour",
                "Best colour?", "Single choice", "Red, bright; Say \"blue\"; =1+1"));
        assertThat(dictionary).anySatisfy(r -> assertThat(r.get(3)).isEqualTo(
                "Multiple choice: several answers, joined by \"; \" in the question's order"));
        assertThatThrownBy(() -> as("val-viewer", Roles.VIEWER, () -> {
            try {
                exports.dictionaryCsv(survey.id(), new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_questions_with_the_same_words_get_their_keys_in_their_headings() {
        var questions = AnsweredSurvey.awkward().questions();
        var same = new ArrayList<>(questions);
        var first = same.get(2);
        same.set(2, new SurveyDefinition.QuestionDefinition(first.key(), first.kind(), "Best colour?", first.help(),
                first.picture(), first.optional(), first.maxLength(), first.lowLabel(), first.highLabel(),
                first.demographic(), first.showIf(), first.options(), first.tags()));

        assertThat(org.youthvoice.survey.exchange.ResponseExport.headings(same)).startsWith("Best colour? [colour]",
                "What do you like?", "Best colour? [score]");
    }
}

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
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.survey.AnsweredSurvey.Published;
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
        assertThat(rows.getFirst()).containsExactly("response", "version", "group", "day", "colour", "likes",
                "score", "why", "rank", "status");
        var data = rows.subList(1, rows.size());
        assertThat(data).as("17 sent; the unsent one is left out").hasSize(17);
        assertThat(data).allSatisfy(row -> assertThat(row).hasSize(10));
        assertThat(data.stream().map(r -> r.get(0)).toList())
                .as("a running number, not the response id").isEqualTo(java.util.stream.IntStream.rangeClosed(1, 17)
                        .mapToObj(String::valueOf).toList());
        var first = data.getFirst();
        assertThat(first.get(1)).isEqualTo("Everyone");
        assertThat(first.get(2)).isEqualTo("Big, \"North\" School");
        assertThat(first.get(6)).isEqualTo("7");
        assertThat(first.get(8)).as("the ranking in the order given").isEqualTo("Cherries; Apples; Bananas");
        assertThat(data.get(2).get(4)).isEqualTo("Red, bright");
        assertThat(data.get(2).get(5)).as("several choices in the question's order").isEqualTo("Sport; @games");
        assertThat(data.get(1).get(4)).isEqualTo("Say \"blue\"");
        assertThat(text).contains("\"Big, \"\"North\"\" School\"", "\"Say \"\"blue\"\"\"", "\"Red, bright\"");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_made_plain_text() {
        var survey = answered();

        var data = parse(new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8));

        assertThat(data.get(1).get(4)).isEqualTo("'=1+1");
        assertThat(data.get(1).get(5)).isEqualTo("'@games");
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
    void small_groups_and_rare_about_you_combinations_are_suppressed_as_on_the_results_page() {
        var survey = answered();

        var data = parse(new String(csv(survey.id(), "ana-analyst", Roles.OFFICER), StandardCharsets.UTF_8))
                .subList(1, 18);

        var big = data.subList(0, 8);
        var minus = data.subList(8, 15);
        var tiny = data.subList(15, 17);
        assertThat(big).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Big, \"North\" School"));
        assertThat(tiny).as("2 is under 5").allSatisfy(row -> assertThat(row.get(2)).isEqualTo("[suppressed]"));
        assertThat(minus).as("7 hidden too, or 17 - 8 - 7 would give the 2 away")
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("[suppressed]"));
        assertThat(data).noneMatch(row -> row.contains("-Minus Club") || row.contains("'-Minus Club")
                || row.contains("Tiny Club"));
        assertThat(big).allSatisfy(row -> assertThat(row.get(3)).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(tiny).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("[suppressed]"));

        assertThat(big.subList(0, 6)).allSatisfy(row -> assertThat(row.get(9)).isEqualTo("In care"));
        assertThat(big.subList(6, 8)).as("2 care leavers in Big School")
                .allSatisfy(row -> assertThat(row.get(9)).isEqualTo("[suppressed]"));
        assertThat(tiny).allSatisfy(row -> assertThat(row.get(9)).isEqualTo("[suppressed]"));
        assertThat(minus).allSatisfy(row -> assertThat(row.get(9)).isEqualTo("In care"));
        assertThat(big.subList(6, 8)).as("other answers stay")
                .allSatisfy(row -> assertThat(row.get(4)).isEqualTo("Red, bright"));
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

    Map<String, String> xlsx(long id, ResultFilter filter) {
        var out = new ByteArrayOutputStream();
        try {
            exports.resultsXlsx(id, filter, out);
            var parts = new HashMap<String, String>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_results_workbook_holds_the_tables_of_the_page_suppressed_the_same_way() throws Exception {
        var survey = answered();

        var parts = as("val-viewer", Roles.VIEWER, () -> xlsx(survey.id(), ResultFilter.NONE));

        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml");
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        for (var part : parts.values()) {
            xml.newDocumentBuilder().parse(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"About\"", "name=\"Results\"", "name=\"Questions\"");
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("Exports ", "everyone", "Small-number threshold");
        String results = parts.get("xl/worksheets/sheet2.xml");
        assertThat(cells(results)).containsSubsequence("1. Best colour?", "Question key", "colour", "Answered", "17",
                "Answer", "Count", "%", "Red, bright", "15", "88", "Say \"blue\"", "fewer than 5", "=1+1",
                "fewer than 5");
        assertThat(cells(results)).containsSubsequence("4. Why?", "Answered", "17", "Wrote something", "17");
        assertThat(results).doesNotContain(WORDS).contains("t=\"inlineStr\"")
                .doesNotContain("<f>");
        assertThat(cells(parts.get("xl/worksheets/sheet3.xml"))).containsSubsequence("colour", "Best colour?",
                "SINGLE_CHOICE");
    }

    /** The text or number of each cell, in order. */
    static List<String> cells(String sheet) {
        var values = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("<t xml:space=\"preserve\">(.*?)</t>|<v>(.*?)</v>")
                .matcher(sheet);
        while (matcher.find()) {
            String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            values.add(value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return values;
    }
}

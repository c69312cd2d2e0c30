package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL lives in stores (issue 15, notes 0033 and 0037): only a class named {@code …Store} runs a statement, and no
 * row is read by column position or as an {@code Object[]}, so a reader finds a module's SQL in one place and a
 * column added to a query cannot shift what another line reads.
 */
class SqlInStoresTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "youthvoice");

    /** Statements: JdbcClient's {@code sql(…)}, and JdbcTemplate's, which nobody should start using. */
    private static final Pattern STATEMENT = Pattern.compile(
            "\\.sql\\(|\\bJdbcTemplate\\b|\\bNamedParameterJdbcTemplate\\b|\\.prepareStatement\\(|\\.createStatement\\(");

    /** A column read by number, e.g. {@code rs.getLong(1)}, or a row as an array of objects. */
    private static final Pattern POSITIONAL = Pattern.compile(
            "\\brs\\.get[A-Z]\\w*\\(\\s*\\d+\\s*[,)]|query\\(\\s*Object\\[\\]|\\bList<Object\\[\\]>");

    /** Plumbing below every module, not a module's data: the embedded server's start, ShedLock's lock table. */
    private static final List<String> PLUMBING = List.of("base/db/EmbeddedMariaDb.java", "base/BaseConfiguration.java");

    @Test
    void only_stores_run_sql_and_every_column_is_read_by_name() throws IOException {
        var outsideStores = new ArrayList<String>();
        var positional = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file);
                if (!name.endsWith("Store.java") && !PLUMBING.contains(name) && STATEMENT.matcher(source).find()) {
                    outsideStores.add(name);
                }
                var m = POSITIONAL.matcher(source);
                while (m.find()) {
                    positional.add(name + ": " + m.group());
                }
            }
        }
        assertThat(outsideStores).as("classes that run SQL but are not stores: move it into the module's internal"
                + " *Store").isEmpty();
        assertThat(positional).as("columns read by position: name them").isEmpty();
    }

    @Test
    void the_checks_see_what_they_look_for() {
        assertThat(STATEMENT.matcher("jdbc.sql(\"SELECT 1\")").find()).isTrue();
        assertThat(POSITIONAL.matcher("rs.getLong(1)").find()).isTrue();
        assertThat(POSITIONAL.matcher("rs.getString( 2 )").find()).isTrue();
        assertThat(POSITIONAL.matcher("rs.getLong(\"id\")").find()).isFalse();
        assertThat(POSITIONAL.matcher("List<Object[]> rows").find()).isTrue();
    }
}

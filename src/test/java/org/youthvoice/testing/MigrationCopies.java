package org.youthvoice.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a migration's copying statements again, as Flyway ran them once: a read model's backfill done in SQL must bring
 * what is missing and nothing twice, however often it runs.
 */
public final class MigrationCopies {

    private MigrationCopies() {
    }

    /** Runs the statements of {@code migration} (a file name in db/migration) that insert into {@code table}. */
    public static int runAgain(JdbcClient jdbc, String migration, String table) {
        String sql;
        try {
            sql = new ClassPathResource("db/migration/" + migration).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> copies = Arrays.stream(sql.replaceAll("(?m)^\\s*--.*$", "").split(";")).map(String::strip)
                .filter(s -> s.startsWith("INSERT INTO " + table + " ")).toList();
        copies.forEach(s -> jdbc.sql(s).update());
        return copies.size();
    }
}

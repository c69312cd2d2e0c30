package org.youthvoice.voting.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.people.AgeBand;

/**
 * Published results, frozen: each version's words ({@code ballot_result}, {@code ballot_result_band}) and its grouped
 * papers ({@code ballot_result_tally}, read by {@link BallotStore#publishedTally}).
 */
@Component
public class ResultStore {

    /** One published version's words; {@code summary} for an age band where one was asked and written. */
    public record PublishedVersion(int version, LocalDateTime publishedAt, @Nullable String summary,
            @Nullable String correction) {
    }

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new version's words; its age bands' words and its papers follow. */
    public void publish(long ballotId, int version, LocalDateTime publishedAt, String publishedBy,
            @Nullable String summary, @Nullable String correction) {
        jdbc.sql("INSERT INTO ballot_result (ballot_id, version, published_at, published_by, summary, correction) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(ballotId, version, publishedAt, publishedBy, summary, correction).update();
    }

    public void addBandSummary(long ballotId, int version, AgeBand band, String summary) {
        jdbc.sql("INSERT INTO ballot_result_band (ballot_id, version, age_band, summary) VALUES (?, ?, ?, ?)")
                .params(ballotId, version, band.name(), summary).update();
    }

    public void addTally(long ballotId, int version, TallyRow row) {
        // Row by row: MariaDB loses placeholders in the select list of an INSERT ... SELECT ... GROUP BY after row one.
        jdbc.sql("INSERT INTO ballot_result_tally (ballot_id, version, on_paper, marks, votes) VALUES (?, ?, ?, ?, ?)")
                .params(ballotId, version, row.onPaper(), row.marks(), row.votes()).update();
    }

    /** Every published version, newest first. */
    public List<PublishedVersion> versions(long ballotId) {
        return jdbc.sql("SELECT version, published_at, summary, correction FROM ballot_result WHERE ballot_id = ? "
                + "ORDER BY version DESC")
                .param(ballotId).query(PublishedVersion.class).list();
    }

    /** One version, in the words written for this age band where there are some (none: the general words). */
    public Optional<PublishedVersion> version(long ballotId, int version, @Nullable AgeBand band) {
        return jdbc.sql("""
                SELECT r.version, r.published_at, COALESCE(bb.summary, r.summary) AS summary, r.correction
                FROM ballot_result r
                LEFT JOIN ballot_result_band bb ON bb.ballot_id = r.ballot_id AND bb.version = r.version
                     AND bb.age_band = ?
                WHERE r.ballot_id = ? AND r.version = ?""")
                .params(band == null ? "" : band.name(), ballotId, version)
                .query(PublishedVersion.class).optional();
    }
}

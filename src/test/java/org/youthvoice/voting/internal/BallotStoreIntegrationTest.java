package org.youthvoice.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.youthvoice.people.AgeBand;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.NewBallotOption;

/** Ballots, their papers and published results in plain SQL, read back by column name. */
@IntegrationTest
class BallotStoreIntegrationTest {

    @Autowired
    BallotStore ballots;
    @Autowired
    VoteStore votes;
    @Autowired
    ResultStore results;

    private static String code() {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private long ballot(LocalDateTime createdAt) {
        return ballots.create(new BallotStore.NewRow(null, BallotKind.SINGLE_CHOICE, "Where do we go?", true, 1, 0,
                null, false, code(), null, null, 42L, createdAt),
                List.of(new NewBallotOption("Zoo", null), new NewBallotOption("Park", null)), Set.of());
    }

    @Test
    void a_ballot_reads_back_as_written_and_changes_state_by_its_named_changes() {
        var at = LocalDateTime.of(2001, 3, 4, 10, 0);
        long id = ballots.create(new BallotStore.NewRow(null, BallotKind.SINGLE_CHOICE, "Where do we go?", true, 1, 0,
                null, true, code(), null, null, 42L, at),
                List.of(new NewBallotOption("Zoo", null), new NewBallotOption("Park", "tree")), Set.of());
        var written = ballots.find(id, at).orElseThrow();
        assertThat(written.question()).isEqualTo("Where do we go?");
        assertThat(written.labels()).containsExactly("Zoo", "Park");
        assertThat(written.options().get(1).picture()).isEqualTo("tree");
        assertThat(written.state()).isEqualTo(BallotState.NOT_OPEN);
        assertThat(ballots.seed(id)).isEqualTo(42L);

        ballots.open(id, at);
        assertThat(ballots.find(id, at).orElseThrow().state()).isEqualTo(BallotState.OPEN);
        ballots.close(id, at.plusHours(1));
        assertThat(ballots.find(id, at.plusHours(1)).orElseThrow().state()).isEqualTo(BallotState.CLOSED);
        ballots.published(id, 1);
        ballots.startCorrection(id);
        var correcting = ballots.find(id, at.plusHours(1)).orElseThrow();
        assertThat(correcting.publishedVersion()).isEqualTo(1);
        assertThat(correcting.correcting()).isTrue();
        ballots.published(id, 2);
        assertThat(ballots.find(id, at.plusHours(1)).orElseThrow().correcting()).isFalse();
    }

    @Test
    void votes_are_counted_per_quarter_of_closing_with_papers_weighted() {
        long first = ballot(LocalDateTime.of(1999, 1, 1, 9, 0));
        votes.addPaper(PaperPool.randomId(new java.security.SecureRandom()), first, true, "0", 3);
        votes.addPaper(PaperPool.randomId(new java.security.SecureRandom()), first, false, "1", 1);
        ballots.close(first, LocalDateTime.of(1999, 2, 10, 12, 0));
        long second = ballot(LocalDateTime.of(1999, 1, 1, 9, 0));
        votes.addPaper(PaperPool.randomId(new java.security.SecureRandom()), second, true, "1", 2);
        ballots.close(second, LocalDateTime.of(1999, 8, 1, 12, 0));

        assertThat(ballots.votesByQuarter(LocalDateTime.of(1999, 1, 1, 0, 0), LocalDateTime.of(2000, 1, 1, 0, 0)))
                .containsExactly(new BallotStore.QuarterVotes(LocalDate.of(1999, 1, 1), 4),
                        new BallotStore.QuarterVotes(LocalDate.of(1999, 7, 1), 2));
        assertThat(ballots.tally(first)).containsExactlyInAnyOrder(new TallyRow(true, "0", 3),
                new TallyRow(false, "1", 1));
    }

    @Test
    void published_versions_read_back_newest_first_in_an_age_bands_words_where_written() {
        long id = ballot(LocalDateTime.of(2002, 5, 6, 9, 0));
        var at = LocalDateTime.of(2002, 5, 7, 9, 0);
        results.publish(id, 1, at, "officer", "The zoo won.", null);
        results.addBandSummary(id, 1, AgeBand.AGE_8_11, "We go to the zoo!");
        results.addTally(id, 1, new TallyRow(false, "0", 5));
        results.publish(id, 2, at.plusDays(1), "officer", "The park won.", "Papers were missed.");

        assertThat(results.versions(id)).containsExactly(
                new ResultStore.PublishedVersion(2, at.plusDays(1), "The park won.", "Papers were missed."),
                new ResultStore.PublishedVersion(1, at, "The zoo won.", null));
        assertThat(results.version(id, 1, AgeBand.AGE_8_11).orElseThrow().summary()).isEqualTo("We go to the zoo!");
        assertThat(results.version(id, 1, null).orElseThrow().summary()).isEqualTo("The zoo won.");
        assertThat(results.version(id, 3, null)).isEmpty();
        assertThat(ballots.publishedTally(id, 1)).containsExactly(new TallyRow(false, "0", 5));
    }
}

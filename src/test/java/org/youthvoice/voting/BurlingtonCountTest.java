package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Counting is checked against a real election with a published official count. */
class BurlingtonCountTest {

    @Test
    void burlington_2009_first_round_and_winner_match_the_official_count() throws IOException {
        // PrefLib data set 00005 (Jeffery O'Neill, OpenSTV): the 8,980 real ballots of the 2009 Burlington mayoral
        // election, copied from shared/reference/ballots (5 KB) so the test stands alone.
        String text;
        try (var in = getClass().getResourceAsStream("/ballots/burlington-2009.toi")) {
            text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        var ballots = BallotFile.read(BallotFormat.PREFLIB_TOI, text, null);

        var result = Count.instantRunoff(ballots, 2009);

        assertThat(result.ballots()).isEqualTo(8980);
        var first = result.firstRound();
        assertThat(first.votesFor("Kurt Wright")).isEqualTo(2951);
        assertThat(first.votesFor("Bob Kiss")).isEqualTo(2585);
        assertThat(first.votesFor("Andy Montroll")).isEqualTo(2063);
        assertThat(first.votesFor("Dan Smith")).isEqualTo(1306);
        assertThat(first.votesFor("Write-In")).isEqualTo(36);
        assertThat(first.votesFor("James Simpson")).isEqualTo(35);
        // Four ballots start with an overvote such as {5,6}: exhausted before the first round is counted.
        assertThat(first.exhaustedBallots()).isEqualTo(4);
        assertThat(result.winner()).isEqualTo("Bob Kiss");
        assertThat(result.rounds()).extracting(Round::excluded)
                .containsExactly("James Simpson", "Write-In", "Dan Smith", "Andy Montroll", null);
        assertThat(result.rounds()).allSatisfy(round -> assertThat(round.tieBreak()).isNull());
        // The official final round was Kiss 4313, Wright 4061. We have Wright 4060: the one ballot 2,4,{3,5},1
        // (Montroll, Smith, then Simpson and Wright equal) reaches its overvote in the last round and is exhausted
        // under our rule, where the official count seems to have given it to Wright once Simpson was out.
        assertThat(result.lastRound().votesFor("Bob Kiss")).isEqualTo(4313);
        assertThat(result.lastRound().votesFor("Kurt Wright")).isEqualTo(4060);
        assertThat(result.lastRound().exhaustedBallots()).isEqualTo(8980 - 4313 - 4060);
    }
}

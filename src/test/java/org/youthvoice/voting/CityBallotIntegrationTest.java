package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.youthvoice.voting.VotingIntegrationTest.asOfficer;
import static org.youthvoice.voting.VotingIntegrationTest.assertRefused;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.SystemTask;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.voting.internal.CityBallotService;
import org.youthvoice.voting.internal.NewCityBallot;
import org.youthvoice.voting.internal.NewGroup;

@IntegrationTest
class CityBallotIntegrationTest {

    @Autowired
    org.youthvoice.voting.internal.PoolFlush poolFlush;
    @Autowired
    CityBallotService city;
    @Autowired
    BallotService ballots;
    @Autowired
    JdbcClient jdbc;

    private long cityBallot(boolean ranked, NewGroup... groups) {
        long id = asOfficer(() -> city.create(new NewCityBallot("What matters most to you? " + System.nanoTime(),
                ranked, List.of("Mental health", "Transport", "Jobs", "Climate", "Safety"), List.of(groups), null, null,
                Set.of())));
        asOfficer(() -> ballots.open(id));
        return id;
    }

    @Test
    void young_people_vote_with_their_groups_code_and_results_by_group_hide_small_numbers() {
        long id = cityBallot(false, new NewGroup("Oak School", 30), new NewGroup("Youth club", 8));
        var groups = asOfficer(() -> city.groups(id));
        String oak = groups.stream().filter(g -> g.name().equals("Oak School")).findFirst().orElseThrow().code();
        String club = groups.stream().filter(g -> g.name().equals("Youth club")).findFirst().orElseThrow().code();
        assertThat(oak).matches("[a-z0-9]{10}");

        var screen = city.screen(oak.toUpperCase()).orElseThrow();
        assertThat(screen.groupName()).isEqualTo("Oak School");
        assertThat(screen.options()).hasSize(5);
        for (int i = 0; i < 12; i++) {
            city.vote(oak, List.of(i < 8 ? 0 : 1));
        }
        city.vote(club, List.of(2));
        city.vote(club, List.of(2));

        // While the vote runs the papers wait sealed in the pool: no group code or mark to read, only how many.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ?").param(id).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper_pending WHERE ballot_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(14);
        // Thousands vote at once in a city-wide ballot, so a scheduled job moves its batches: all but 5 go on.
        poolFlush.run();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper_pending WHERE ballot_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(5);
        var ballot = asOfficer(() -> ballots.get(id)).orElseThrow();
        assertThat(ballot.cityWide()).isTrue();
        assertThat(ballot.voted()).isEqualTo(14);
        assertThat(ballot.eligible()).isEqualTo(38);

        asOfficer(() -> ballots.close(id));
        // The code says which group a vote came from, nothing more.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ? AND group_code = ?")
                .params(id, oak).query(Integer.class).single()).isEqualTo(12);
        var results = asOfficer(() -> city.resultsByGroup(id));
        var oakResult = results.stream().filter(r -> r.name().equals("Oak School")).findFirst().orElseThrow();
        assertThat(oakResult.voted().value()).isEqualTo(12);
        // 8 and 4: the 4 is hidden, and so is the next smallest shown count, or 12 - 8 would give it away.
        assertThat(oakResult.topics().get(0).suppressed()).isTrue();
        assertThat(oakResult.topics().get(1).suppressed()).isTrue();
        assertThat(oakResult.topics().get(2)).isEqualTo(new ShownCount(0L, 5));
        var clubResult = results.stream().filter(r -> r.name().equals("Youth club")).findFirst().orElseThrow();
        assertThat(clubResult.voted().suppressed()).isTrue();
        assertThat(clubResult.topics().get(2).suppressed()).isTrue();

        var count = asOfficer(() -> ballots.count(id));
        assertThat(count.choice().winners()).containsExactly("Mental health");
        assertRefused(() -> city.vote(oak, List.of(0)), "vote.error.notOpen");
    }

    @Test
    void a_group_cannot_cast_more_votes_than_it_has_young_people_and_a_wrong_code_gets_nothing() {
        long id = cityBallot(true, new NewGroup("Small group", 2));
        String code = asOfficer(() -> city.groups(id)).getFirst().code();
        city.vote(code, List.of(3, 0, 1));
        assertRefused(() -> city.vote(code, List.of(0, 1, 2, 3)), "vote.error.tooMany");
        city.vote(code, List.of(1));
        assertRefused(() -> city.vote(code, List.of(2)), "city.error.full");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper_pending WHERE ballot_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);

        assertThat(city.screen("zzzzzzzzzz")).isEmpty();
        assertThat(city.screen("<script>")).isEmpty();
        assertRefused(() -> city.vote("zzzzzzzzzz", List.of(0)), "city.error.code");
        assertThatThrownBy(() -> SystemTask.runAs(() -> city.groups(id), Roles.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthvoice.voting.VotingIntegrationTest.as;
import static org.youthvoice.voting.VotingIntegrationTest.asOfficer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.internal.ForumService;

/**
 * What docs/design-decisions/0022-secret-ballots-and-small-votes.md claims, checked the way an attacker would: read
 * every table after every vote, as someone polling the database during a meeting would, and try to pair the voter who
 * just appeared with the paper that just appeared.
 */
@IntegrationTest
class SecretBallotStorageIntegrationTest {

    @Autowired
    ForumService forums;
    @Autowired
    BallotService ballots;
    @Autowired
    VoteService votes;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    YouthVoiceProperties properties;
    @Autowired
    org.youthvoice.voting.internal.PaperPool pool;

    List<IssuedSecret> forum(int size, long[] forumId) {
        long id = asOfficer(() -> forums.create(TestAccounts.uniqueName("Youth forum"), null));
        forumId[0] = id;
        var members = new ArrayList<IssuedSecret>();
        for (int i = 0; i < size; i++) {
            var member = TestAccounts.member(accounts);
            asOfficer(() -> forums.addMember(id, member.accountId()));
            members.add(member);
        }
        return members;
    }

    long ballot(long forumId, BallotKind kind, boolean live, int choices, String... options) {
        long id = asOfficer(() -> ballots.create(new NewBallot(forumId, kind, "Which trip? " + System.nanoTime(),
                java.util.Arrays.stream(options).map(o -> new NewBallotOption(o, null)).toList(), true, choices, 0,
                null, live, null, null, Set.of())));
        asOfficer(() -> ballots.open(id));
        return id;
    }

    /** What a reader of the database sees at one moment. */
    record Snapshot(Set<Long> voters, Map<String, String> papers, Map<String, byte[]> waiting) {
    }

    Snapshot read(long ballotId) {
        var voters = new HashSet<>(jdbc.sql("SELECT member_id FROM ballot_voter WHERE ballot_id = ?").param(ballotId)
                .query(Long.class).list());
        var papers = new HashMap<String, String>();
        jdbc.sql("SELECT id, marks FROM ballot_paper WHERE ballot_id = ?").param(ballotId)
                .query(rs -> {
                    papers.put(rs.getString(1), rs.getString(2));
                });
        var waiting = new HashMap<String, byte[]>();
        jdbc.sql("SELECT id, sealed FROM ballot_paper_pending WHERE ballot_id = ?").param(ballotId)
                .query(rs -> {
                    waiting.put(rs.getString(1), rs.getBytes(2));
                });
        return new Snapshot(voters, papers, waiting);
    }

    @Test
    void someone_reading_the_tables_after_every_vote_cannot_pair_a_paper_with_the_voter_who_just_voted() {
        int k = pool.keep();
        var forumId = new long[1];
        var members = forum(4 * k + 3, forumId);
        long id = ballot(forumId[0], BallotKind.APPROVAL, false, 3, "Zoo", "Beach", "Cinema", "Bowling");
        var random = new Random(12);
        var cast = new HashMap<String, Integer>();
        var before = read(id);
        var sealedLengths = new HashSet<Integer>();
        int batches = 0;
        for (var member : members) {
            // Marks of different lengths ("2", "0,3", "0,1,3"), so a sealed paper's length could give them away.
            var choices = new ArrayList<>(List.of(0, 1, 2, 3));
            java.util.Collections.shuffle(choices, random);
            var mine = choices.subList(0, 1 + random.nextInt(3)).stream().sorted().toList();
            as(member, () -> votes.vote(id, mine));
            cast.merge(mine.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")), 1,
                    Integer::sum);

            var after = read(id);
            assertThat(after.voters()).hasSize(before.voters().size() + 1).containsAll(before.voters());
            var newPapers = new HashMap<>(after.papers());
            newPapers.keySet().removeAll(before.papers().keySet());
            // A paper is never written alone beside its voter: either nothing readable changed, or a batch of at
            // least k papers appeared at once, out of the 2k waiting, so the voter who just voted is one of 2k.
            if (!newPapers.isEmpty()) {
                batches++;
                assertThat(newPapers).hasSizeGreaterThanOrEqualTo(k);
                // Moved papers get new ids: the waiting row a reader saw appear with the voter is not the paper.
                assertThat(newPapers.keySet()).doesNotContainAnyElementsOf(before.waiting().keySet());
            }
            // Papers already counted never change or vanish while the vote runs.
            assertThat(after.papers()).containsAllEntriesOf(before.papers());
            // At least k papers always wait (all of them while fewer than k have voted).
            assertThat(after.waiting()).hasSize(after.voters().size() - after.papers().size());
            assertThat(after.waiting().size()).isGreaterThanOrEqualTo(Math.min(k, after.voters().size()));
            after.waiting().values().forEach(sealed -> sealedLengths.add(sealed.length));
            before = after;
        }
        assertThat(batches).as("batches moved while the vote ran").isGreaterThanOrEqualTo(2);
        // Every sealed paper has the same length, whatever it says.
        assertThat(sealedLengths).hasSize(1);

        asOfficer(() -> ballots.close(id));
        var closed = read(id);
        assertThat(closed.waiting()).isEmpty();
        var counted = new HashMap<String, Integer>();
        closed.papers().values().forEach(m -> counted.merge(m, 1, Integer::sum));
        assertThat(counted).isEqualTo(cast);
        var result = asOfficer(() -> ballots.count(id));
        assertThat(result.onlinePapers()).isEqualTo(members.size());
        long zoo = cast.entrySet().stream().filter(e -> List.of(e.getKey().split(",")).contains("0"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(result.choice().totals().stream().filter(t -> t.option().equals("Zoo")).findFirst().orElseThrow()
                .votes()).isEqualTo(zoo);
    }

    @Test
    void the_stored_rows_after_the_vote_hold_no_member_no_time_and_no_order() {
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'ballot_paper_pending'").query(String.class).list())
                .as("on_paper says only that an officer typed it in (V0082), never whose it is")
                .containsExactlyInAnyOrder("id", "ballot_id", "sealed", "on_paper");
        var forumId = new long[1];
        var members = forum(7, forumId);
        long id = ballot(forumId[0], BallotKind.INSTANT_RUNOFF, false, 1, "Zoo", "Beach", "Cinema");
        for (int i = 0; i < members.size(); i++) {
            var ranking = i % 2 == 0 ? List.of(1, 0) : List.of(2, 1, 0);
            as(members.get(i), () -> votes.vote(id, ranking));
        }
        asOfficer(() -> ballots.close(id));
        var ids = jdbc.sql("SELECT id FROM ballot_paper WHERE ballot_id = ?").param(id).query(String.class).list();
        assertThat(ids).hasSize(7).allMatch(i -> i.matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
        assertThat(asOfficer(() -> ballots.count(id)).instantRunoff().winner()).isEqualTo("Beach");
    }

    @Test
    void a_ballot_that_closes_at_its_time_counts_the_waiting_papers_before_and_after_they_move() {
        var forumId = new long[1];
        var members = forum(3, forumId);
        long id = ballot(forumId[0], BallotKind.SINGLE_CHOICE, false, 1, "Zoo", "Beach");
        as(members.get(0), () -> votes.vote(id, List.of(1)));
        as(members.get(1), () -> votes.vote(id, List.of(1)));
        as(members.get(2), () -> votes.vote(id, List.of(0)));
        // Closed by its time, not by a click: nothing has moved the papers yet, as after a restart.
        jdbc.sql("UPDATE ballot SET closes_at = ? WHERE id = ?").params(LocalDateTime.now().minusMinutes(1), id)
                .update();
        assertThat(read(id).papers()).isEmpty();
        assertThat(read(id).waiting()).hasSize(3);
        var before = asOfficer(() -> ballots.count(id));
        assertThat(before.choice().validBallots()).isEqualTo(3);
        assertThat(before.choice().winners()).containsExactly("Beach");

        assertThat(pool.closedWithWaitingPapers(LocalDateTime.now())).contains(id);
        asOfficer(() -> ballots.close(id));
        assertThat(read(id).waiting()).isEmpty();
        assertThat(read(id).papers()).hasSize(3);
        assertThat(asOfficer(() -> ballots.count(id))).isEqualTo(before);
    }

    @Test
    void a_small_secret_ballot_shows_only_turnout_until_enough_have_voted_and_the_officer_is_told_why() {
        int threshold = properties.smallNumberThreshold();
        var forumId = new long[1];
        var members = forum(2 * pool.keep() + 1, forumId);
        long id = ballot(forumId[0], BallotKind.SINGLE_CHOICE, true, 1, "Better Wi-Fi in homes", "More trips");
        String code = asOfficer(() -> ballots.get(id)).orElseThrow().meetingCode();
        for (int i = 0; i < threshold - 1; i++) {
            int n = i;
            as(members.get(n), () -> votes.vote(id, List.of(0)));
            var screen = votes.meeting(code).orElseThrow();
            assertThat(screen.turnout().voted()).isEqualTo(n + 1);
            assertThat(screen.result()).as("projector after %d votes", n + 1).isNull();
            assertThat(screen.count().hidden()).isEqualTo(LiveCount.Hidden.FEW_VOTERS);
            var officer = asOfficer(() -> ballots.liveCount(id));
            assertThat(officer.result()).isNull();
            assertThat(officer.hidden()).isEqualTo(LiveCount.Hidden.FEW_VOTERS);
            VotingIntegrationTest.assertRefused(() -> asOfficer(() -> ballots.count(id)), "ballots.error.countHidden");
        }
        as(members.get(threshold - 1), () -> votes.vote(id, List.of(1)));
        var enough = votes.meeting(code).orElseThrow();
        assertThat(enough.result()).isNotNull();
        // Shown now, but only papers that left the pool: none yet, so nothing in it points at anyone.
        assertThat(enough.result().papers()).isZero();
        assertThat(enough.count().waiting()).isEqualTo(threshold);
        for (int i = threshold; i < members.size(); i++) {
            as(members.get(i), () -> votes.vote(id, List.of(1)));
        }
        var later = votes.meeting(code).orElseThrow();
        assertThat(later.result().papers() + later.count().waiting()).isEqualTo(members.size());
        assertThat(later.count().waiting()).isGreaterThanOrEqualTo(pool.keep());

        asOfficer(() -> ballots.close(id));
        var closed = votes.meeting(code).orElseThrow();
        // After the close the whole count shows, as a closed secret ballot's result always has.
        assertThat(closed.result().choice().validBallots()).isEqualTo(members.size());
        assertThat(closed.count().waiting()).isZero();
        assertThat(asOfficer(() -> ballots.count(id)).choice().validBallots()).isEqualTo(members.size());
    }

    @Test
    void a_paper_an_officer_types_while_a_secret_ballot_is_open_moves_turnout_at_once_and_the_count_only_in_a_batch() {
        var forumId = new long[1];
        var members = forum(pool.keep(), forumId);
        long id = ballot(forumId[0], BallotKind.SINGLE_CHOICE, true, 1, "Skate park", "Youth cafe");
        asOfficer(() -> {
            ballots.setPaperVoters(id, 3);
            return null;
        });
        String code = asOfficer(() -> ballots.get(id)).orElseThrow().meetingCode();
        for (var member : members) {
            as(member, () -> votes.vote(id, List.of(0)));
        }
        var before = votes.meeting(code).orElseThrow();
        assertThat(before.result()).as("enough have voted for the live count").isNotNull();

        // A young person hands over a paper for the youth cafe; the officer types it in at once.
        asOfficer(() -> {
            ballots.enterPaper(id, List.of(1));
            return null;
        });
        var after = votes.meeting(code).orElseThrow();
        assertThat(after.turnout().voted()).as("turnout counts the paper at once").isEqualTo(members.size() + 1);
        assertThat(after.result().papers()).as("the live count does not move by that one paper")
                .isEqualTo(before.result().papers());
        assertThat(after.count().waiting()).isEqualTo(before.count().waiting() + 1);
        assertThat(asOfficer(() -> ballots.paperRoom(id)).papers()).as("and it takes its room").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ? AND on_paper = TRUE").param(id)
                .query(Long.class).single()).as("not in the count's table yet").isZero();

        asOfficer(() -> {
            ballots.close(id);
            return null;
        });
        var closed = asOfficer(() -> ballots.count(id)).choice();
        assertThat(closed.validBallots()).isEqualTo(members.size() + 1);
        assertThat(closed.totals()).extracting(OptionTotal::votes).containsExactly((long) members.size(), 1L);
    }
}

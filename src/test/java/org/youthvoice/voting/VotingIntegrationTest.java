package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.internal.BallotFile;
import org.youthvoice.voting.internal.BallotFileException;
import org.youthvoice.voting.internal.Count;
import org.youthvoice.voting.internal.Forum;
import org.youthvoice.voting.internal.ForumMember;
import org.youthvoice.voting.internal.ForumService;
import org.youthvoice.voting.internal.Participation;

@IntegrationTest
class VotingIntegrationTest {

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

    static <T> T asOfficer(Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }

    static void asOfficer(Runnable work) {
        SystemTask.runAs(work, Roles.OFFICER);
    }

    static <T> T as(IssuedSecret member, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void as(IssuedSecret member, Runnable work) {
        as(member, () -> {
            work.run();
            return null;
        });
    }

    record Forum(long id, List<IssuedSecret> members) {
    }

    Forum forum(int size) {
        long id = asOfficer(() -> forums.create(TestAccounts.uniqueName("Children in care council"), null));
        var members = new ArrayList<IssuedSecret>();
        for (int i = 0; i < size; i++) {
            var member = TestAccounts.member(accounts);
            asOfficer(() -> forums.addMember(id, member.accountId()));
            members.add(member);
        }
        return new Forum(id, members);
    }

    long ballot(Forum forum, BallotKind kind, boolean secret, int quorum, String... options) {
        return asOfficer(() -> ballots.create(new NewBallot(forum.id(), kind, "Which trip? " + System.nanoTime(),
                java.util.Arrays.stream(options).map(o -> new NewBallotOption(o, null)).toList(), secret,
                kind == BallotKind.STV || kind == BallotKind.APPROVAL ? 2 : 1, quorum, PassThreshold.SIMPLE_MAJORITY,
                false, null, null, Set.of())));
    }

    long openBallot(Forum forum, BallotKind kind, boolean secret, String... options) {
        long id = ballot(forum, kind, secret, 0, options);
        asOfficer(() -> ballots.open(id));
        return id;
    }

    static void assertRefused(Runnable work, String key) {
        assertThatThrownBy(work::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    /** Papers cast, whether counted already or still waiting in the pool. */
    int papers(long ballotId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ?) "
                + "+ (SELECT COUNT(*) FROM ballot_paper_pending WHERE ballot_id = ?)").params(ballotId, ballotId)
                .query(Integer.class).single();
    }

    @Test
    void officers_manage_forum_members_and_see_who_took_part_over_time() {
        var forum = forum(2);
        var alex = forum.members().get(0);
        long first = openBallot(forum, BallotKind.MOTION, true);
        long second = openBallot(forum, BallotKind.MOTION, true);
        as(alex, () -> votes.vote(first, List.of(0)));

        var members = asOfficer(() -> forums.members(forum.id()));
        assertThat(members).extracting(ForumMember::memberId)
                .containsExactlyInAnyOrderElementsOf(forum.members().stream().map(IssuedSecret::accountId).toList());
        assertThat(members).filteredOn(m -> m.memberId() == alex.accountId()).singleElement()
                .satisfies(m -> assertThat(m.votedIn()).isEqualTo(1)).satisfies(m -> assertThat(m.ballotsSinceJoining())
                        .isEqualTo(2));
        assertThat(asOfficer(() -> forums.participation(forum.id(), alex.accountId())))
                .extracting(Participation::ballotId, Participation::voted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, true),
                        org.assertj.core.groups.Tuple.tuple(second, false));
        assertThat(asOfficer(() -> forums.list())).anyMatch(f -> f.id() == forum.id() && f.members() == 2);

        asOfficer(() -> forums.removeMember(forum.id(), alex.accountId()));
        assertThat(asOfficer(() -> forums.members(forum.id()))).hasSize(1);
        assertRefused(() -> as(alex, () -> votes.vote(second, List.of(0))), "vote.error.notYours");
    }

    @Test
    void only_officers_manage_forums_and_ballots() {
        var member = TestAccounts.member(accounts);
        for (String role : List.of(Roles.VIEWER, Roles.SAFEGUARDING_LEAD, Roles.MEMBER)) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> forums.create("x", null), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> ballots.list(null), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> SystemTask.runAs(() -> votes.openBallots(), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, () -> votes.openBallots())).isEmpty();
    }

    @Test
    void a_member_votes_once_even_when_fifty_attempts_arrive_at_the_same_moment() throws Exception {
        var forum = forum(1);
        var member = forum.members().getFirst();
        long id = openBallot(forum, BallotKind.SINGLE_CHOICE, true, "Zoo", "Beach", "Cinema");
        int attempts = 50;
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                int choice = i % 3;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(member, () -> votes.vote(id, List.of(choice)));
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (var outcome : outcomes) {
                accepted += outcome.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        }
        assertThat(papers(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE ballot_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(1);
        assertRefused(() -> as(member, () -> votes.vote(id, List.of(0))), "vote.error.already");
        asOfficer(() -> ballots.close(id));
        assertThat(asOfficer(() -> ballots.count(id)).choice().validBallots()).isEqualTo(1);
    }

    @Test
    void a_secret_ballot_cannot_be_linked_to_its_voter_even_with_database_access() {
        // The tables: THAT someone voted has no time and no order; WHAT was voted has no member and no time.
        var voterColumns = columns("ballot_voter");
        var paperColumns = columns("ballot_paper");
        assertThat(voterColumns).containsExactlyInAnyOrder("ballot_id", "member_id", "on_paper");
        // group_code: the school or group of a city-wide vote, never a person.
        assertThat(paperColumns).containsExactlyInAnyOrder("id", "ballot_id", "on_paper", "marks", "weight",
                "group_code");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name IN ('ballot_voter', 'ballot_paper') AND extra LIKE '%auto_increment%'")
                .query(Integer.class).single()).isZero();

        var forum = forum(12);
        long id = openBallot(forum, BallotKind.SINGLE_CHOICE, true, "Zoo", "Beach");
        for (var member : forum.members()) {
            as(member, () -> votes.vote(id, List.of(0)));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_open_vote WHERE ballot_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        asOfficer(() -> ballots.close(id));
        // Paper ids are random: read in stored order, they do not follow the order people voted in.
        var ids = jdbc.sql("SELECT id FROM ballot_paper WHERE ballot_id = ? ORDER BY id").param(id)
                .query(String.class).list();
        assertThat(ids).hasSize(12).allMatch(i -> i.matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
        var stored = jdbc.sql("SELECT id FROM ballot_paper WHERE ballot_id = ?").param(id).query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(asOfficer(() -> ballots.openVotes(id))).isEmpty();
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = ?").param(table).query(String.class).list();
    }

    @Test
    void an_open_ballot_records_who_voted_what() {
        var forum = forum(2);
        long id = openBallot(forum, BallotKind.APPROVAL, false, "Zoo", "Beach", "Cinema");
        as(forum.members().get(0), () -> votes.vote(id, List.of(2, 0)));
        as(forum.members().get(1), () -> votes.vote(id, List.of(1)));

        var who = asOfficer(() -> ballots.openVotes(id));
        assertThat(who).hasSize(2).containsValues(List.of("Zoo", "Cinema"), List.of("Beach"));
    }

    @Test
    void votes_on_a_closed_ballot_a_ballot_of_another_forum_or_bad_choices_are_refused_and_nothing_is_stored() {
        var forum = forum(1);
        var other = forum(1);
        var member = forum.members().getFirst();
        long notOpen = ballot(forum, BallotKind.MOTION, true, 0);
        long closed = openBallot(forum, BallotKind.MOTION, true);
        asOfficer(() -> ballots.close(closed));
        long otherForums = openBallot(other, BallotKind.MOTION, true);
        long approval = openBallot(forum, BallotKind.APPROVAL, true, "Zoo", "Beach", "Cinema");

        assertRefused(() -> as(member, () -> votes.vote(notOpen, List.of(0))), "vote.error.notOpen");
        assertRefused(() -> as(member, () -> votes.vote(closed, List.of(0))), "vote.error.notOpen");
        assertRefused(() -> as(member, () -> votes.vote(otherForums, List.of(0))), "vote.error.notYours");
        assertRefused(() -> as(member, () -> votes.vote(approval, List.of(0, 1, 2))), "vote.error.tooMany");
        assertRefused(() -> as(member, () -> votes.vote(approval, List.of(7))), "vote.error.badChoice");
        assertRefused(() -> as(member, () -> votes.vote(approval, List.of())), "vote.error.chooseOne");
        for (long id : List.of(notOpen, closed, otherForums, approval)) {
            assertThat(papers(id)).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE member_id = ?").param(member.accountId())
                .query(Integer.class).single()).isZero();
        assertRefused(() -> asOfficer(() -> ballots.open(closed)), "ballots.error.closed");
    }

    @Test
    void members_see_only_their_own_forums_ballots_and_the_projector_only_its_meeting() {
        var forum = forum(1);
        var other = forum(1);
        long mine = openBallot(forum, BallotKind.MOTION, true);
        long theirs = openBallot(other, BallotKind.MOTION, true);
        var member = forum.members().getFirst();

        assertThat(as(member, () -> votes.openBallots())).extracting(MemberBallot::id).contains(mine)
                .doesNotContain(theirs);
        assertThat(as(member, () -> votes.ballot(theirs))).isEmpty();
        assertThat(as(member, () -> votes.ballot(mine))).isPresent();

        String code = asOfficer(() -> ballots.get(mine)).orElseThrow().meetingCode();
        assertThat(code).matches("[a-z0-9]{20}");
        assertThat(votes.meeting(code)).isPresent();
        assertThat(votes.meeting("aaaaaaaaaaaaaaaaaaaa")).isEmpty();
        assertThat(votes.meeting("../x")).isEmpty();
    }

    @Test
    void the_projector_shows_turnout_and_the_count_only_once_closed_unless_live_results_were_chosen() {
        var forum = forum(3);
        long id = openBallot(forum, BallotKind.MOTION, true);
        var ballot = asOfficer(() -> ballots.get(id)).orElseThrow();
        String before = votes.meetingFingerprint(ballot.meetingCode()).orElseThrow();
        as(forum.members().get(0), () -> votes.vote(id, List.of(0)));

        var screen = votes.meeting(ballot.meetingCode()).orElseThrow();
        assertThat(screen.turnout()).isEqualTo(new Turnout(1, 3));
        assertThat(screen.result()).isNull();
        assertThat(votes.meetingFingerprint(ballot.meetingCode()).orElseThrow()).isNotEqualTo(before);

        asOfficer(() -> ballots.close(id));
        var closed = votes.meeting(ballot.meetingCode()).orElseThrow();
        assertThat(closed.state()).isEqualTo(BallotState.CLOSED);
        assertThat(closed.result().motion().votes()).isEqualTo(new MotionVotes(1, 0, 0));

        long live = asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.SINGLE_CHOICE, "Live?",
                List.of(new NewBallotOption("A", "star"), new NewBallotOption("B", null)), true, 1, 0, null, true, null,
                null, Set.of())));
        asOfficer(() -> ballots.open(live));
        String liveCode = asOfficer(() -> ballots.get(live)).orElseThrow().meetingCode();
        // Secret, and fewer voters than the threshold: live results wait, and the projector says why.
        assertThat(votes.meeting(liveCode).orElseThrow().result()).isNull();
        assertThat(votes.meeting(liveCode).orElseThrow().count().hidden()).isEqualTo(LiveCount.Hidden.FEW_VOTERS);

        long open = asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.SINGLE_CHOICE, "Open?",
                List.of(new NewBallotOption("A", null), new NewBallotOption("B", null)), false, 1, 0, null, true, null,
                null, Set.of())));
        asOfficer(() -> ballots.open(open));
        as(forum.members().get(0), () -> votes.vote(open, List.of(1)));
        String openCode = asOfficer(() -> ballots.get(open)).orElseThrow().meetingCode();
        // An open vote (everyone sees who voted what anyway) shows its live count at once.
        assertThat(votes.meeting(openCode).orElseThrow().result().choice().validBallots()).isEqualTo(1);
    }

    @Test
    void a_motion_below_quorum_says_so() {
        var forum = forum(4);
        long id = ballot(forum, BallotKind.MOTION, true, 3);
        asOfficer(() -> ballots.open(id));
        as(forum.members().get(0), () -> votes.vote(id, List.of(0)));
        as(forum.members().get(1), () -> votes.vote(id, List.of(0)));
        asOfficer(() -> ballots.close(id));

        var result = asOfficer(() -> ballots.count(id));
        assertThat(result.quorumMet()).isFalse();
        assertThat(result.motion().outcome()).isEqualTo(MotionOutcome.NO_QUORUM);
        assertThat(result.motion().reasons()).contains(Reason.of("voting.motion.noQuorum", 2, 3));
        assertThat(result.eligible()).isEqualTo(4);
    }

    @Test
    void a_member_ticked_as_voting_on_paper_cannot_vote_online_and_paper_and_online_votes_count_together() {
        var forum = forum(3);
        long id = openBallot(forum, BallotKind.INSTANT_RUNOFF, true, "Zoo", "Beach", "Cinema");
        var onPaper = forum.members().get(0);
        asOfficer(() -> ballots.markVotedOnPaper(id, onPaper.accountId()));
        asOfficer(() -> ballots.enterPaper(id, List.of(1, 0)));
        assertRefused(() -> as(onPaper, () -> votes.vote(id, List.of(0))), "vote.error.already");
        assertRefused(() -> asOfficer(() -> ballots.markVotedOnPaper(id, onPaper.accountId())),
                "ballots.error.memberVoted");
        as(forum.members().get(1), () -> votes.vote(id, List.of(1, 2)));
        as(forum.members().get(2), () -> votes.vote(id, List.of(0, 1)));
        asOfficer(() -> ballots.close(id));

        var result = asOfficer(() -> ballots.count(id));
        assertThat(result.onlinePapers()).isEqualTo(2);
        assertThat(result.paperPapers()).isEqualTo(1);
        assertThat(result.bySource()).containsExactly(new SourceCount("Zoo", 1, 0), new SourceCount("Beach", 1, 1),
                new SourceCount("Cinema", 0, 0));
        assertThat(result.instantRunoff().winner()).isEqualTo("Beach");
        assertThat(asOfficer(() -> ballots.voters(id))).containsEntry(onPaper.accountId(), true);
    }

    @Autowired
    org.youthvoice.actions.ActionService actions;

    @Test
    void a_published_result_can_be_evidence_for_an_action_and_an_unpublished_one_cannot() {
        var forum = forum(1);
        long id = openBallot(forum, BallotKind.SINGLE_CHOICE, true, "Zoo", "Beach");
        as(forum.members().get(0), () -> votes.vote(id, List.of(1)));
        asOfficer(() -> ballots.close(id));
        long action = asOfficer(() -> actions.create(new org.youthvoice.actions.NewAction("You chose the beach trip",
                "We booked the beach trip for August", org.youthvoice.actions.ActionStatus.PLANNED, "Participation team",
                null, Set.of())));
        assertRefused(() -> asOfficer(() -> actions.linkEvidence(action, "BALLOT", String.valueOf(id))),
                "actions.error.evidenceGone");

        asOfficer(() -> ballots.publish(id, "The beach won.", Map.of(), null));
        assertThat(asOfficer(() -> actions.evidenceChoices("BALLOT", null))).extracting(e -> e.ref())
                .contains(String.valueOf(id));
        asOfficer(() -> actions.linkEvidence(action, "BALLOT", String.valueOf(id)));
        assertThat(asOfficer(() -> actions.evidence(action))).singleElement()
                .satisfies(e -> assertThat(e.label()).contains("Which trip?"));
    }

    @Test
    void a_published_result_cannot_change_silently_and_a_correction_is_a_new_audit_logged_version() {
        var forum = forum(2);
        long id = openBallot(forum, BallotKind.SINGLE_CHOICE, true, "Zoo", "Beach");
        as(forum.members().get(0), () -> votes.vote(id, List.of(0)));
        assertRefused(() -> asOfficer(() -> ballots.publish(id, null, Map.of(), null)), "ballots.error.notClosed");
        asOfficer(() -> ballots.close(id));
        assertThat(asOfficer(() -> ballots.publish(id, "The zoo won.", Map.of(AgeBand.AGE_8_11, "We go to the zoo!"),
                null))).isEqualTo(1);

        var member = forum.members().get(1);
        var shown = as(member, () -> votes.result(id, AgeBand.AGE_8_11)).orElseThrow();
        assertThat(shown.summary()).isEqualTo("We go to the zoo!");
        assertThat(as(member, () -> votes.result(id, AgeBand.AGE_16_25)).orElseThrow().summary())
                .isEqualTo("The zoo won.");
        assertThat(shown.result().choice().winners()).containsExactly("Zoo");

        assertRefused(() -> asOfficer(() -> ballots.enterPaper(id, List.of(1))), "ballots.error.published");
        assertRefused(() -> asOfficer(() -> ballots.publish(id, null, Map.of(), null)), "ballots.error.published");
        assertThatThrownBy(() -> jdbc.sql("UPDATE ballot_result SET summary = 'changed' WHERE ballot_id = ?").param(id)
                .update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ballot_result_tally WHERE ballot_id = ?").param(id).update())
                .hasMessageContaining("cannot be removed");

        assertRefused(() -> asOfficer(() -> ballots.startCorrection(id, " ")), "ballots.error.correction");
        asOfficer(() -> ballots.startCorrection(id, "Two paper ballots were found after the meeting"));
        asOfficer(() -> ballots.setPaperVoters(id, 2));
        asOfficer(() -> ballots.enterPaper(id, List.of(1)));
        asOfficer(() -> ballots.enterPaper(id, List.of(1)));
        // Until the correction is published, members still see version 1.
        assertThat(as(member, () -> votes.result(id, null)).orElseThrow().result().choice().winners())
                .containsExactly("Zoo");
        assertRefused(() -> asOfficer(() -> ballots.publish(id, "Beach won.", Map.of(), null)),
                "ballots.error.correction");
        assertThat(asOfficer(() -> ballots.publish(id, "Beach won.", Map.of(), "Two paper ballots found"))).isEqualTo(2);

        var corrected = as(member, () -> votes.result(id, null)).orElseThrow();
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.correction()).isEqualTo("Two paper ballots found");
        assertThat(corrected.result().choice().winners()).containsExactly("Beach");
        assertThat(asOfficer(() -> ballots.publishedVersions(id))).extracting(PublishedResult::version)
                .containsExactly(2, 1);
        assertThat(asOfficer(() -> ballots.publishedVersions(id)).get(1).result().choice().winners())
                .containsExactly("Zoo");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'ballot' AND record_id = ? ORDER BY id")
                .param(String.valueOf(id)).query(String.class).list())
                .containsSubsequence("BALLOT_RESULT_PUBLISHED", "BALLOT_CORRECTION_STARTED", "BALLOT_RESULT_CORRECTED");
    }

    @Test
    void burlington_2009_imported_as_papers_counts_every_round_as_the_file_does() throws Exception {
        var forum = forum(0);
        var burlington = new NewBallot(forum.id(), BallotKind.INSTANT_RUNOFF,
                "Burlington mayor 2009", List.of("Andy Montroll", "Bob Kiss", "Dan Smith", "Kurt Wright",
                        "James Simpson", "Write-in").stream().map(n -> new NewBallotOption(n, null)).toList(), true, 1, 0,
                null, false, null, null, Set.of());
        // A number of paper voters that cannot be is refused, and no vote is left half made.
        long before = jdbc.sql("SELECT COUNT(*) FROM ballot WHERE forum_id = ?").param(forum.id()).query(Long.class)
                .single();
        assertRefused(() -> asOfficer(() -> ballots.create(burlington, -1)), "ballots.error.paperVoters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot WHERE forum_id = ?").param(forum.id()).query(Long.class)
                .single()).isEqualTo(before);
        // Nobody in this forum: the officer says from the start that 8,980 people vote on paper, so every paper is
        // an eligible vote.
        long id = asOfficer(() -> ballots.create(burlington, 8980));
        String file;
        try (var in = getClass().getResourceAsStream("/ballots/burlington-2009.toi")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(asOfficer(() -> ballots.importPapers(id, BallotFormat.PREFLIB_TOI, file))).isEqualTo(8980);
        asOfficer(() -> ballots.close(id));

        var result = asOfficer(() -> ballots.count(id));
        var first = result.instantRunoff().firstRound();
        assertThat(first.votesFor("Kurt Wright")).isEqualTo(2951);
        assertThat(first.votesFor("Bob Kiss")).isEqualTo(2585);
        assertThat(first.votesFor("Andy Montroll")).isEqualTo(2063);
        assertThat(first.votesFor("Dan Smith")).isEqualTo(1306);
        assertThat(first.votesFor("Write-in")).isEqualTo(36);
        assertThat(first.votesFor("James Simpson")).isEqualTo(35);
        assertThat(result.instantRunoff().winner()).isEqualTo("Bob Kiss");
        assertThat(result.paperPapers()).isEqualTo(8980);
        // Stored papers keep their equal rankings ("2|4"), so every round is the file's own count (see
        // BurlingtonCountTest), down to the official final round: Kiss 4313, Wright 4061, 606 exhausted.
        var fromFile = Count.instantRunoff(BallotFile.read(BallotFormat.PREFLIB_TOI, file, List.of("Andy Montroll",
                "Bob Kiss", "Dan Smith", "Kurt Wright", "James Simpson", "Write-in")), 2009);
        assertThat(result.instantRunoff().rounds()).hasSameSizeAs(fromFile.rounds());
        for (int r = 0; r < fromFile.rounds().size(); r++) {
            var ours = result.instantRunoff().rounds().get(r);
            var expected = fromFile.rounds().get(r);
            assertThat(ours.votes()).isEqualTo(expected.votes());
            assertThat(ours.exhaustedBallots()).isEqualTo(expected.exhaustedBallots());
            assertThat(ours.excluded()).isEqualTo(expected.excluded());
        }
        var last = result.instantRunoff().lastRound();
        assertThat(last.votesFor("Bob Kiss")).isEqualTo(4313);
        assertThat(last.votesFor("Kurt Wright")).isEqualTo(4061);
        assertThat(last.exhaustedBallots()).isEqualTo(606);
    }

    @Test
    void a_bad_ballot_file_is_refused_whole() {
        var forum = forum(0);
        long id = ballot(forum, BallotKind.INSTANT_RUNOFF, true, 0, "Zoo", "Beach");
        assertThatThrownBy(() -> asOfficer(() -> ballots.importPapers(id, BallotFormat.CSV,
                "1st,2nd\nZoo,Beach\nZoo,Castle\n"))).isInstanceOf(BallotFileException.class);
        assertThat(papers(id)).isZero();
        long motion = ballot(forum, BallotKind.MOTION, true, 0);
        assertRefused(() -> asOfficer(() -> ballots.importPapers(motion, BallotFormat.CSV, "1st\nYES\n")),
                "ballots.error.importRankedOnly");
    }

    @Test
    void bad_ballots_are_refused_in_plain_words() {
        var forum = forum(0);
        assertRefused(() -> asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.SINGLE_CHOICE, " ",
                List.of(), true, 1, 0, null, false, null, null, Set.of()))), "ballots.error.question");
        assertRefused(() -> asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.SINGLE_CHOICE, "Q",
                List.of(new NewBallotOption("A", null)), true, 1, 0, null, false, null, null, Set.of()))),
                "ballots.error.options");
        assertRefused(() -> asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.STV, "Q",
                List.of(new NewBallotOption("A", null), new NewBallotOption("B", null)), true, 2, 0, null, false, null,
                null, Set.of()))), "ballots.error.seats");
        assertRefused(() -> asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.SINGLE_CHOICE, "Q",
                List.of(new NewBallotOption("A", null), new NewBallotOption("a ", null)), true, 1, 0, null, false, null,
                null, Set.of()))), "ballots.error.optionTwice");
        assertRefused(() -> asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.SINGLE_CHOICE, "Q",
                List.of(new NewBallotOption("A", "selfie"), new NewBallotOption("B", null)), true, 1, 0, null, false,
                null, null, Set.of()))), "ballots.error.picture");
        assertRefused(() -> asOfficer(() -> ballots.create(new NewBallot(forum.id(), BallotKind.MOTION, "Q", List.of(),
                true, 1, 0, null, false, null, null, Set.of("NO-SUCH-CODE")))), "ballots.error.tag");
    }

    private static final List<String> BURLINGTON = List.of("Andy Montroll", "Bob Kiss", "Dan Smith", "Kurt Wright",
            "James Simpson", "Write-in");

    private String burlingtonFile() {
        try (var in = getClass().getResourceAsStream("/ballots/burlington-2009.toi")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long burlingtonBallot(Forum forum, BallotKind kind, int quorum) {
        return asOfficer(() -> ballots.create(new NewBallot(forum.id(), kind, "Burlington " + System.nanoTime(),
                BURLINGTON.stream().map(n -> new NewBallotOption(n, null)).toList(), true,
                kind == BallotKind.STV ? 2 : 1, quorum, null, false, null, null, Set.of())));
    }

    static void assertRefusedWith(Runnable work, String key, Object... arguments) {
        assertThatThrownBy(work::run).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo(key))
                .satisfies(e -> assertThat(((UserFacingException) e).arguments()).containsExactly(arguments));
    }

    @Test
    void papers_beyond_the_people_who_can_vote_are_refused_saying_how_many_fit_and_nothing_is_added() {
        var forum = forum(1);
        long id = burlingtonBallot(forum, BallotKind.INSTANT_RUNOFF, 0);
        String file = burlingtonFile();

        // The measured case: 8,980 papers into a forum of one. Refused whole: none fit yet.
        assertRefusedWith(() -> asOfficer(() -> ballots.importPapers(id, BallotFormat.PREFLIB_TOI, file)),
                "ballots.error.tooManyPapers", 8980L, 0L, 0L, 0);
        assertRefused(() -> asOfficer(() -> ballots.enterPaper(id, List.of(1))), "ballots.error.tooManyPapers");
        assertThat(papers(id)).isZero();

        // The officer says three people vote on paper who are not members: three papers fit, a fourth does not.
        asOfficer(() -> ballots.setPaperVoters(id, 3));
        for (int i = 0; i < 3; i++) {
            asOfficer(() -> ballots.enterPaper(id, List.of(1)));
        }
        assertRefusedWith(() -> asOfficer(() -> ballots.importPapers(id, BallotFormat.CSV,
                "1st\nBob Kiss\nKurt Wright\n")), "ballots.error.tooManyPapers", 2L, 0L, 0L, 3);
        // The member voted on paper: ticked, their paper fits too, and they cannot vote online as well.
        asOfficer(() -> ballots.markVotedOnPaper(id, forum.members().getFirst().accountId()));
        asOfficer(() -> ballots.enterPaper(id, List.of(3)));
        asOfficer(() -> ballots.open(id));
        assertRefused(() -> as(forum.members().getFirst(), () -> votes.vote(id, List.of(0))), "vote.error.already");
        assertThat(papers(id)).isEqualTo(4);
        // The number cannot go below the papers from people who are not members.
        assertRefusedWith(() -> asOfficer(() -> ballots.setPaperVoters(id, 2)), "ballots.error.paperVotersBelowPapers",
                3L, 4L, 1L);
        assertRefused(() -> asOfficer(() -> ballots.setPaperVoters(id, -1)), "ballots.error.paperVoters");

        var ballot = asOfficer(() -> ballots.get(id)).orElseThrow();
        assertThat(ballot.turnout()).isEqualTo(new Turnout(4, 4));
    }

    @Test
    void a_quorum_that_imported_papers_cannot_meet() {
        var forum = forum(1);
        long id = burlingtonBallot(forum, BallotKind.INSTANT_RUNOFF, 3);
        assertRefused(() -> asOfficer(() -> ballots.importPapers(id, BallotFormat.PREFLIB_TOI, burlingtonFile())),
                "ballots.error.tooManyPapers");
        asOfficer(() -> ballots.open(id));
        as(forum.members().getFirst(), () -> votes.vote(id, List.of(1, 3)));
        asOfficer(() -> ballots.close(id));
        var result = asOfficer(() -> ballots.count(id));
        assertThat(result.quorumMet()).isFalse();
        assertThat(result.reasons()).contains(Reason.of("voting.turnout", 1, 1),
                Reason.of("voting.quorum.notMet", 1, 3));

        // Papers that got in before this rule (stored straight into the table here) still cannot meet a quorum:
        // only eligible votes count towards it, and the eligible number is no longer the larger of members and papers.
        var motionForum = forum(1);
        long motion = ballot(motionForum, BallotKind.MOTION, true, 2);
        asOfficer(() -> ballots.open(motion));
        as(motionForum.members().getFirst(), () -> votes.vote(motion, List.of(0)));
        jdbc.sql("INSERT INTO ballot_paper (id, ballot_id, on_paper, marks, weight) VALUES (?, ?, TRUE, ?, 8980)")
                .params(VoteService.paperId(new java.security.SecureRandom()), motion,
                        org.youthvoice.voting.internal.Marks.ofChoices(List.of(0))).update();
        asOfficer(() -> ballots.close(motion));
        var counted = asOfficer(() -> ballots.count(motion));
        assertThat(counted.eligible()).isEqualTo(1);
        assertThat(counted.quorumMet()).isFalse();
        assertThat(counted.motion().outcome()).isEqualTo(MotionOutcome.NO_QUORUM);
    }

    @Test
    void the_officers_page_the_projector_and_the_result_show_the_same_turnout() {
        var forum = forum(3);
        long id = openBallot(forum, BallotKind.INSTANT_RUNOFF, true, "Zoo", "Beach", "Cinema");
        asOfficer(() -> ballots.setPaperVoters(id, 2));
        asOfficer(() -> ballots.markVotedOnPaper(id, forum.members().get(0).accountId()));
        asOfficer(() -> ballots.enterPaper(id, List.of(1, 0)));
        asOfficer(() -> ballots.enterPaper(id, List.of(2)));
        as(forum.members().get(1), () -> votes.vote(id, List.of(0, 1)));
        String code = asOfficer(() -> ballots.get(id)).orElseThrow().meetingCode();

        // Three members plus two people voting on paper can vote; two papers and one online vote are in.
        var expected = new Turnout(3, 5);
        assertThat(asOfficer(() -> ballots.get(id)).orElseThrow().turnout()).isEqualTo(expected);
        assertThat(votes.meeting(code).orElseThrow().turnout()).isEqualTo(expected);

        asOfficer(() -> ballots.close(id));
        assertThat(asOfficer(() -> ballots.get(id)).orElseThrow().turnout()).isEqualTo(expected);
        assertThat(votes.meeting(code).orElseThrow().turnout()).isEqualTo(expected);
        var result = asOfficer(() -> ballots.count(id));
        assertThat(result.statements()).containsOnlyOnce(Reason.of("voting.turnout", 3, 5));
        assertThat(votes.meeting(code).orElseThrow().result().statements())
                .containsOnlyOnce(Reason.of("voting.turnout", 3, 5));
        asOfficer(() -> ballots.publish(id, null, Map.of(), null));
        assertThat(as(forum.members().get(2), () -> votes.result(id, null)).orElseThrow().result().statements())
                .containsOnlyOnce(Reason.of("voting.turnout", 3, 5));
    }

    @Test
    void every_stv_stage_adds_up_to_the_valid_papers_with_what_rounding_lost_shown() {
        var forum = forum(0);
        long id = burlingtonBallot(forum, BallotKind.STV, 0);
        asOfficer(() -> ballots.setPaperVoters(id, 8980));
        asOfficer(() -> ballots.importPapers(id, BallotFormat.PREFLIB_TOI, burlingtonFile()));
        asOfficer(() -> ballots.close(id));

        var stv = asOfficer(() -> ballots.count(id)).stv();
        // 4 papers rank their first choices equal: 8,976 valid.
        assertThat(stv.validBallots()).isEqualTo(8976);
        // Two seats: Simpson, the write-ins and Smith are excluded, then Wright's surplus moves (stage 5). The issue
        // measured that stage adding up to 8975.97 of 8976 with nothing saying why: the cut to five places lost 0.02722.
        assertThat(stv.stages()).hasSize(5);
        assertThat(stv.stages().get(4).lostToRounding()).isEqualByComparingTo("0.02722");
        var valid = java.math.BigDecimal.valueOf(stv.validBallots());
        for (int i = 0; i < stv.stages().size(); i++) {
            assertThat(stv.totalAt(i)).as("stage %d", i + 1).isEqualByComparingTo(valid);
            var change = java.math.BigDecimal.ZERO;
            for (String option : stv.options()) {
                change = change.add(stv.changeAt(i, option));
            }
            // What moved in a stage: gains less the losses, plus not passed on and rounding, is nothing (after the
            // first stage, which is the first choices).
            if (i > 0) {
                assertThat(change.add(stv.stages().get(i).nonTransferable()).add(stv.stages().get(i).lostToRounding()))
                        .as("stage %d", i + 1).isEqualByComparingTo(java.math.BigDecimal.ZERO);
            }
        }
        assertThat(stv.lostToRoundingUpTo(stv.stages().size() - 1)).isPositive();
    }
}

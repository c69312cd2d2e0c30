package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.SystemTask;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.insight.EvidenceService;
import org.youthvoice.insight.TaggedBallot;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.voting.internal.BallotResultsAsEvidence;
import org.youthvoice.voting.internal.Forum;
import org.youthvoice.voting.internal.ForumService;

/**
 * Published results reach the evidence pages through insight's own copy (design note 0036): counted once when
 * published, replaced by a correction, sent at start when they never were, and shown under the small-number rules.
 */
@IntegrationTest
class BallotEvidenceIntegrationTest {

    @Autowired
    BallotService ballots;
    @Autowired
    ForumService forums;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    BallotResultsAsEvidence sender;
    @Autowired
    JdbcClient jdbc;

    String code;

    @BeforeEach
    void aPlanWithOnePriority() {
        String framework = "BE" + Long.toString(System.nanoTime(), 36).toUpperCase();
        code = framework + ".PLAY";
        officer(() -> {
            frameworks.createFramework(framework, "Ballot evidence " + framework);
            frameworks.addNode(framework, null, code, "Places to play");
        });
    }

    /** A ranked ballot of three options counted by STV for two seats, papers typed in, published. */
    long publishedRanked(int[][] papers) {
        long forum = officer(() -> forums.create("Forum " + code, null));
        long id = officer(() -> ballots.create(new NewBallot(forum, BallotKind.STV, "Which two parks first?",
                List.of(new NewBallotOption("North park", null), new NewBallotOption("River park", null),
                        new NewBallotOption("Old quarry", null)), true, 2, 0, null, false, null, null,
                Set.of(code))));
        officer(() -> {
            ballots.open(id);
            ballots.setPaperVoters(id, papers.length + 5);
            for (int[] paper : papers) {
                ballots.enterPaper(id, java.util.Arrays.stream(paper).boxed().toList());
            }
            ballots.close(id);
            ballots.publish(id, "North park and River park first.", Map.of(), null);
        });
        return id;
    }

    private TaggedBallot onThePriorityPage(long id) {
        var page = SystemTask.runAs(() -> evidence.evidence(code), Roles.VIEWER).orElseThrow();
        assertThat(page.ballots()).extracting(TaggedBallot::id).containsExactly(id);
        return page.ballots().getFirst();
    }

    @Test
    void a_published_ranked_result_is_evidence_at_once_with_its_winners_in_order_and_small_counts_hidden() {
        var papers = new int[13][];
        for (int i = 0; i < papers.length; i++) {
            // 8 put North park first, 4 River park, 1 Old quarry
            papers[i] = i < 8 ? new int[] {0, 1, 2} : i < 12 ? new int[] {1, 0, 2} : new int[] {2, 1, 0};
        }
        long id = publishedRanked(papers);

        var shown = onThePriorityPage(id);

        assertThat(shown.question()).isEqualTo("Which two parks first?");
        assertThat(shown.forum()).isEqualTo("Forum " + code);
        assertThat(shown.summary()).isEqualTo("North park and River park first.");
        assertThat(shown.winners()).containsExactly("North park", "River park");
        assertThat(shown.codes()).containsExactly(code);
        assertThat(shown.options()).extracting(TaggedBallot.Option::label)
                .containsExactly("North park", "River park", "Old quarry");
        assertThat(shown.options().get(0).votes().value()).as("first choices").isEqualTo(8);
        assertThat(shown.options().get(2).votes().suppressed()).as("1 first choice is under 5").isTrue();
        assertThat(shown.options().get(1).votes().suppressed()).as("4, and it would give the 1 away").isTrue();
        assertThat(shown.papers().value()).isEqualTo(13);
        assertThat(jdbc.sql("SELECT evidence_version FROM ballot WHERE id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void a_correction_replaces_the_result_and_a_result_never_sent_is_sent_once_at_start() {
        var papers = new int[12][];
        for (int i = 0; i < papers.length; i++) {
            papers[i] = i < 6 ? new int[] {0, 1, 2} : new int[] {1, 2, 0};
        }
        long id = publishedRanked(papers);
        officer(() -> {
            ballots.startCorrection(id, "The summary named the wrong parks");
            ballots.publish(id, "North park and River park, as counted.", Map.of(),
                    "The summary named the wrong parks");
        });

        assertThat(onThePriorityPage(id).summary()).as("the correction, once").isEqualTo(
                "North park and River park, as counted.");

        // as a result published before insight kept its copy: nothing sent yet
        jdbc.sql("DELETE FROM insight_ballot WHERE ballot_id = ?").param(id).update();
        jdbc.sql("UPDATE ballot SET evidence_version = 0 WHERE id = ?").param(id).update();
        assertThat(SystemTask.runAs(() -> evidence.evidence(code), Roles.VIEWER).orElseThrow().ballots()).isEmpty();

        sender.sendUnsent();
        sender.sendUnsent();

        var shown = onThePriorityPage(id);
        assertThat(shown.summary()).isEqualTo("North park and River park, as counted.");
        assertThat(shown.options()).extracting(o -> o.votes().value()).containsExactly(6L, 6L, 0L);
        assertThat(jdbc.sql("SELECT version FROM insight_ballot WHERE ballot_id = ?").param(id).query(Integer.class)
                .single()).as("the latest version").isEqualTo(2);
    }

    static void officer(Runnable work) {
        SystemTask.runAs(work, Roles.OFFICER);
    }

    static <T> T officer(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(work, Roles.OFFICER);
    }
}

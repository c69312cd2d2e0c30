package org.youthvoice.voting.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.youthvoice.insight.BallotResultPublished;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotResult;

/**
 * Sends each published ballot result, and each correction, to insight as evidence ({@link BallotResultPublished}),
 * counted once here, so the evidence pages read insight's own copy instead of recounting every tagged ballot, STV
 * included, on every view (design note 0036). {@code ballot.evidence_version} says which published version was sent:
 * the publishing transaction sends it, and at start every published version not yet sent is (results published before
 * the read model existed, or a send lost with its node). Claiming the version first, row by row, means two nodes
 * starting at once send each version once.
 */
@Component
public class BallotResultsAsEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(BallotResultsAsEvidence.class);

    private final BallotStore store;
    private final ResultStore results;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BallotResultsAsEvidence(BallotStore store, ResultStore results, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.results = results;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Sends the ballot's published result if this version has not been sent; call within the transaction that
     * published it (insight keeps it in the same transaction).
     */
    public void send(long ballotId) {
        var ballot = store.where("b.id = :id", Map.of("id", ballotId), LocalDateTime.now(clock)).stream().findFirst()
                .orElse(null);
        if (ballot == null || ballot.publishedVersion() == 0) {
            return;
        }
        int version = ballot.publishedVersion();
        if (!store.sentAsEvidence(ballotId, version)) {
            return; // sent already (by another node starting at the same time, say)
        }
        events.publishEvent(asEvidence(ballot));
    }

    /** At start: every published version not yet sent, each in a transaction of its own. */
    @EventListener(ApplicationReadyEvent.class)
    public void sendUnsent() {
        var ids = store.unsentAsEvidence();
        int sent = 0;
        for (long id : ids) {
            try {
                transactions.executeWithoutResult(status -> send(id));
                sent++;
            } catch (RuntimeException e) {
                // Never stops the application starting: the ballot stays unsent and is tried at the next start.
                LOG.warn("Could not send ballot {}'s published result to the evidence pages; tried again at the next "
                        + "start", id, e);
            }
        }
        if (!ids.isEmpty()) {
            LOG.info("Sent {} of {} published ballot result(s) to the evidence pages", sent, ids.size());
        }
    }

    private BallotResultPublished asEvidence(Ballot ballot) {
        int version = ballot.publishedVersion();
        var head = results.version(ballot.id(), version, null).orElseThrow();
        var result = Tallies.countPublished(ballot, store.publishedTally(ballot.id(), version),
                store.seed(ballot.id()));
        var labels = new ArrayList<String>();
        var votes = new ArrayList<Long>();
        var winners = new ArrayList<String>();
        String motion = outcome(ballot, result, labels, votes, winners);
        var options = new ArrayList<BallotResultPublished.Option>();
        for (int i = 0; i < labels.size(); i++) {
            options.add(new BallotResultPublished.Option(labels.get(i), votes.get(i)));
        }
        return new BallotResultPublished(ballot.id(), version, ballot.question(),
                ballot.cityWide() ? "" : ballot.forumName(), head.publishedAt(), head.summary(), motion,
                result.papers(), options, winners, Set.copyOf(ballot.tags()));
    }

    /**
     * Fills the labels and votes per option (first choices for ranked ballots) and the winners; returns a motion's
     * outcome, null for other kinds.
     */
    private static @Nullable String outcome(Ballot ballot, BallotResult result, List<String> labels, List<Long> votes,
            List<String> winners) {
        if (result.motion() != null) {
            var v = result.motion().votes();
            labels.addAll(List.of("YES", "NO", "ABSTAIN"));
            votes.addAll(List.of(v.yes(), v.no(), v.abstain()));
            return result.motion().outcome().name();
        }
        if (result.choice() != null) {
            result.choice().totals().forEach(t -> {
                labels.add(t.option());
                votes.add(t.votes());
            });
            winners.addAll(result.choice().winners());
            return null;
        }
        if (result.instantRunoff() != null) {
            var first = result.instantRunoff().firstRound();
            result.instantRunoff().options().forEach(o -> {
                labels.add(o);
                votes.add(first.votesFor(o));
            });
            if (result.instantRunoff().winner() != null) {
                winners.add(result.instantRunoff().winner());
            }
            return null;
        }
        if (result.stv() != null) {
            var first = result.stv().stages().getFirst();
            result.stv().options().forEach(o -> {
                labels.add(o);
                votes.add(first.votesFor(o).longValue());
            });
            winners.addAll(result.stv().elected());
            return null;
        }
        labels.addAll(ballot.labels());
        ballot.labels().forEach(l -> votes.add(0L));
        return null;
    }
}

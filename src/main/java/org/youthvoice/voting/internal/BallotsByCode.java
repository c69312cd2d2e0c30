package org.youthvoice.voting.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.insight.TaggedBallot;
import org.youthvoice.insight.TaggedBallots;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotResult;

/**
 * Published ballot results tagged to priorities and outcomes, for insight's evidence pages. Counts leave here under
 * the small-number rules: a forum is small, and an evidence pack goes further than the forum's own results page.
 */
@Component
class BallotsByCode implements TaggedBallots {

    private final JdbcClient jdbc;
    private final BallotStore store;
    private final DisclosureControl disclosure;
    private final Clock clock;

    BallotsByCode(JdbcClient jdbc, BallotStore store, DisclosureControl disclosure, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @Override
    public Map<Long, Set<String>> tagged(Collection<String> codes) {
        Map<Long, Set<String>> tagged = new HashMap<>();
        if (codes.isEmpty()) {
            return tagged;
        }
        jdbc.sql("SELECT t.ballot_id, t.code FROM ballot_tag t JOIN ballot b ON b.id = t.ballot_id "
                + "WHERE t.code IN (:codes) AND b.published_version > 0").param("codes", codes)
                .query(rs -> {
                    tagged.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return tagged;
    }

    @Override
    public List<TaggedBallot> results(Collection<String> codes) {
        return resultsOf(tagged(codes));
    }

    @Override
    public List<TaggedBallot> latest(int limit) {
        Map<Long, Set<String>> published = new HashMap<>();
        jdbc.sql("SELECT b.id FROM ballot b JOIN ballot_result r ON r.ballot_id = b.id AND r.version = "
                + "b.published_version WHERE b.published_version > 0 ORDER BY r.published_at DESC, b.id DESC LIMIT ?")
                .param(limit).query(Long.class).list().forEach(id -> published.put(id, Set.of()));
        return resultsOf(published);
    }

    private List<TaggedBallot> resultsOf(Map<Long, Set<String>> tagged) {
        if (tagged.isEmpty()) {
            return List.of();
        }
        var results = new ArrayList<TaggedBallot>();
        for (Ballot ballot : store.where("b.id IN (:ids)", Map.of("ids", tagged.keySet()), LocalDateTime.now(clock))) {
            int version = ballot.publishedVersion();
            var head = jdbc.sql("SELECT published_at, summary FROM ballot_result WHERE ballot_id = ? AND version = ?")
                    .params(ballot.id(), version)
                    .query((rs, n) -> new Object[] {rs.getObject(1, LocalDateTime.class), rs.getString(2)}).single();
            var result = Tallies.countPublished(ballot, store.publishedTally(ballot.id(), version),
                    store.seed(ballot.id()));
            var labels = new ArrayList<String>();
            var votes = new ArrayList<Long>();
            var winners = new ArrayList<String>();
            String motion = outcome(ballot, result, labels, votes, winners);
            var shown = disclosure.breakdown(votes);
            var options = new ArrayList<TaggedBallot.Option>();
            for (int i = 0; i < labels.size(); i++) {
                options.add(new TaggedBallot.Option(labels.get(i), shown.get(i)));
            }
            results.add(new TaggedBallot(ballot.id(), ballot.question(), ballot.cityWide() ? "" : ballot.forumName(),
                    ((LocalDateTime) head[0]).toLocalDate(), (String) head[1], winners, motion,
                    disclosure.count(result.papers()), options, tagged.get(ballot.id())));
        }
        results.sort(java.util.Comparator.comparing(TaggedBallot::publishedOn).reversed());
        return results;
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

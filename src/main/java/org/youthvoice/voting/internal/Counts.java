package org.youthvoice.voting.internal;

import org.springframework.stereotype.Component;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.voting.Ballot;
import org.youthvoice.voting.BallotResult;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.LiveCount;

/** The one place that decides whether a ballot's count may be shown yet; the projector and the officer both ask. */
@Component
public class Counts {

    private final BallotStore store;
    private final PaperPool pool;
    private final DisclosureControl disclosure;

    Counts(BallotStore store, PaperPool pool, DisclosureControl disclosure) {
        this.store = store;
        this.pool = pool;
        this.disclosure = disclosure;
    }

    /** The whole count of a closed ballot, waiting papers included; of an open ballot, the papers counted so far. */
    public BallotResult count(Ballot ballot) {
        return Tallies.count(ballot, pool.tally(ballot), ballot.turnout(), store.seed(ballot.id()));
    }

    /**
     * @param live whether the reader may see counts while the ballot is open (the projector: when the officer chose
     *     live results; the officer's own screen: always)
     */
    public LiveCount now(Ballot ballot, boolean live) {
        int threshold = disclosure.threshold();
        if (ballot.state() == BallotState.CLOSED) {
            return new LiveCount(count(ballot), LiveCount.Hidden.NO, threshold, 0);
        }
        long waiting = ballot.secret() ? pool.waiting(ballot.id()) : 0;
        if (!live || ballot.state() != BallotState.OPEN) {
            return new LiveCount(null, LiveCount.Hidden.UNTIL_CLOSE, threshold, waiting);
        }
        if (ballot.secret() && disclosure.secretCountHidden(ballot.voted())) {
            return new LiveCount(null, LiveCount.Hidden.FEW_VOTERS, threshold, waiting);
        }
        return new LiveCount(count(ballot), LiveCount.Hidden.NO, threshold, waiting);
    }
}

package org.youthvoice.voting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.RetriedOnConflict;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.voting.internal.BallotStore;
import org.youthvoice.voting.internal.Counts;
import org.youthvoice.voting.internal.PaperMarks;
import org.youthvoice.voting.internal.PaperPool;
import org.youthvoice.voting.internal.ResultStore;
import org.youthvoice.voting.internal.Tallies;
import org.youthvoice.voting.internal.VoteStore;
import org.youthvoice.security.ForMembers;
import org.youthvoice.security.Public;

/**
 * Members vote on their forums' ballots and read published results; the projector screen reads a meeting by its code.
 *
 * <p>A vote writes THAT the member voted ({@code ballot_voter}, keyed by ballot and member, so nobody votes twice) and
 * WHAT was voted. In a secret ballot the paper is sealed into a waiting pool ({@link PaperPool}) and reaches
 * {@code ballot_paper} later, in a shuffled batch with others, with no member, no time and a random id; so someone
 * who watches the tables while the vote runs cannot pair a paper with the voter who just voted. In an open ballot the
 * paper goes straight to {@code ballot_paper} and a third row says whose it is.
 */
@Service
public class VoteService {

    private final BallotStore store;
    private final VoteStore votes;
    private final ResultStore results;
    private final AccountService accounts;
    private final PaperPool pool;
    private final Counts counts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VoteService(BallotStore store, VoteStore votes, ResultStore results, AccountService accounts, PaperPool pool, Counts counts,
            Clock clock) {
        this.store = store;
        this.votes = votes;
        this.results = results;
        this.accounts = accounts;
        this.pool = pool;
        this.counts = counts;
        this.clock = clock;
    }

    /** The signed-in member's ballots that are open now, soonest closing first. */
    @ForMembers
    @Transactional(readOnly = true)
    public List<MemberBallot> openBallots() {
        long me = accounts.currentMemberId();
        return store.where(memberForums() + " AND " + BallotStore.openCondition("b"), Map.of("me", me), now())
                .stream().map(b -> forMember(b, me)).toList();
    }

    /** The signed-in member's ballots with a published result, newest first. */
    @ForMembers
    @Transactional(readOnly = true)
    public List<MemberBallot> publishedBallots() {
        long me = accounts.currentMemberId();
        return store.where(memberForums() + " AND b.published_version > 0", Map.of("me", me), now()).stream()
                .limit(20).map(b -> forMember(b, me)).toList();
    }

    /** A ballot of one of the member's forums; empty for any other ballot. */
    @ForMembers
    @Transactional(readOnly = true)
    public Optional<MemberBallot> ballot(long id) {
        long me = accounts.currentMemberId();
        return store.where("b.id = :id AND " + memberForums(), Map.of("id", id, "me", me), now()).stream()
                .findFirst().map(b -> forMember(b, me));
    }

    /**
     * Votes: option positions (one for a motion or single choice, up to N for approval, in order of preference for
     * ranked ballots). Refused in plain words if the ballot is not open, not the member's forum's, or they voted
     * already; then nothing is stored.
     */
    @ForMembers
    @RetriedOnConflict
    @Transactional
    public void vote(long ballotId, List<Integer> positions) {
        long me = accounts.currentMemberId();
        // The ballot's row lock: votes on one ballot, its pool's moves and its closing take turns.
        store.lock(ballotId);
        var ballot = store.where("b.id = :id AND " + memberForums(), Map.of("id", ballotId, "me", me), now()).stream()
                .findFirst().orElseThrow(() -> new UserFacingException("vote.error.notYours"));
        if (ballot.state() != BallotState.OPEN) {
            throw new UserFacingException("vote.error.notOpen");
        }
        String marks = marks(ballot, positions);
        // Asked first, under the lock: a refused second vote leaves no database error (naming ballot and member) in
        // any log.
        if (votes.voted(ballotId, me)) {
            throw new UserFacingException("vote.error.already");
        }
        try {
            votes.addVoter(ballotId, me, false);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("vote.error.already");
        }
        if (ballot.secret()) {
            pool.add(ballotId, null, marks, true);
            return;
        }
        String paperId = paperId(random);
        votes.addPaper(paperId, ballotId, false, marks, 1);
        votes.addOpenVote(ballotId, me, paperId);
    }

    /** The latest published result of one of the member's ballots, in words for their age band where written. */
    @ForMembers
    @Transactional(readOnly = true)
    public Optional<PublishedResult> result(long ballotId, @Nullable AgeBand band) {
        long me = accounts.currentMemberId();
        var ballot = store.where("b.id = :id AND " + memberForums(), Map.of("id", ballotId, "me", me), now()).stream()
                .findFirst().orElse(null);
        if (ballot == null || ballot.publishedVersion() == 0) {
            return Optional.empty();
        }
        int version = ballot.publishedVersion();
        return results.version(ballotId, version, band)
                .map(p -> new PublishedResult(ballotId, ballot.question(), version, p.publishedAt(), p.summary(),
                        p.correction(), Tallies.countPublished(ballot, store.publishedTally(ballotId, version),
                                store.seed(ballotId))));
    }

    /** The latest published result, with the summary for the signed-in member's own age band where written. */
    @ForMembers
    @Transactional(readOnly = true)
    public Optional<PublishedResult> resultForMe(long ballotId) {
        return result(ballotId, accounts.currentMemberAgeBand().orElse(null));
    }

    /**
     * Public, for the projector: the ballot with this meeting code, its turnout, and its count once it is closed (or
     * while open, if the officer chose live results, as {@link Counts} allows: a secret ballot's count waits until
     * enough have voted). A wrong code gives nothing.
     */
    @Public
    @Transactional(readOnly = true)
    public Optional<MeetingScreen> meeting(String code) {
        if (code == null || !code.matches("[a-z0-9]{20}")) {
            return Optional.empty();
        }
        return store.findByMeetingCode(code, now()).map(b -> new MeetingScreen(b.forumName(), b.kind(), b.question(),
                b.options(), b.state(), b.turnout(), counts.now(b, b.liveResults()),
                b.cityWide() ? "city-vote" : "vote/" + b.id()));
    }

    /** Just the turnout, for the projector's one-second tick: one small query. */
    @Public
    @Transactional(readOnly = true)
    public Optional<String> meetingFingerprint(String code) {
        if (code == null || !code.matches("[a-z0-9]{20}")) {
            return Optional.empty();
        }
        return store.meetingFingerprint(code, now());
    }

    static String marks(Ballot ballot, List<Integer> positions) {
        return PaperMarks.of(ballot.kind(), ballot.options().size(), ballot.choices(), ballot.cityWide(), positions);
    }

    static String paperId(SecureRandom random) {
        return PaperPool.randomId(random);
    }

    private MemberBallot forMember(Ballot b, long me) {
        boolean voted = votes.voted(b.id(), me);
        return new MemberBallot(b.id(), b.forumName(), b.kind(), b.question(), b.options(), b.choices(), b.secret(),
                b.state(), b.closesAt(), voted, b.publishedVersion() > 0);
    }

    private static String memberForums() {
        return "EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = b.forum_id AND fm.member_id = :me)";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

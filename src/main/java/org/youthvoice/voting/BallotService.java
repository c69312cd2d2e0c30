package org.youthvoice.voting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReaders;
import org.youthvoice.voting.internal.BallotFile;
import org.youthvoice.voting.internal.BallotResultsAsEvidence;
import org.youthvoice.voting.internal.BallotSetup;
import org.youthvoice.voting.internal.BallotStore;
import org.youthvoice.voting.internal.Counts;
import org.youthvoice.voting.internal.ForumStore;
import org.youthvoice.voting.internal.Marks;
import org.youthvoice.voting.internal.PaperPool;
import org.youthvoice.voting.internal.ResultStore;
import org.youthvoice.voting.internal.Tallies;
import org.youthvoice.voting.internal.VoteStore;

/**
 * Officers set up ballots for a forum, open and close them, enter paper ballots, count and publish. A published result
 * is frozen in the database; a correction is a new, audit-logged version.
 */
@Service
public class BallotService {

    public static final int MAX_PAPER_VOTERS = 1_000_000;

    private final BallotStore store;
    private final VoteStore votes;
    private final ResultStore results;
    private final ForumStore forums;
    private final BallotResultsAsEvidence evidence;
    private final AuditLog audit;
    private final BallotSetup setup;
    private final PaperPool pool;
    private final Counts counts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Accounts belong to people: read through its service, never its table. */
    private final org.youthvoice.people.AccountService accounts;

    BallotService(BallotStore store, VoteStore votes, ResultStore results, ForumStore forums, AuditLog audit, BallotSetup setup, PaperPool pool,
            Counts counts, Clock clock, org.youthvoice.people.AccountService accounts,
            BallotResultsAsEvidence evidence) {
        this.accounts = accounts;
        this.evidence = evidence;
        this.store = store;
        this.votes = votes;
        this.results = results;
        this.forums = forums;
        this.pool = pool;
        this.counts = counts;
        this.audit = audit;
        this.setup = setup;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public long create(NewBallot ballot) {
        return setup.create(ballot.forumId(), ballot, 0);
    }

    /**
     * A new vote with the people who will vote on paper without being members stated from the start (as
     * {@link #setPaperVoters}), so its turnout and quorum add up before anyone votes.
     */
    @ForOfficers
    @Transactional
    public long create(NewBallot ballot, int paperVoters) {
        long id = setup.create(ballot.forumId(), ballot, 0);
        if (paperVoters != 0) {
            setPaperVoters(id, paperVoters);
        }
        return id;
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<Ballot> list(@Nullable Long forumId) {
        return forumId == null ? store.where("1 = 1", Map.of(), now())
                : store.where("b.forum_id = :forum", Map.of("forum", forumId), now());
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public Optional<Ballot> get(long id) {
        return store.find(id, now());
    }

    @ForOfficers
    @Transactional
    public void open(long id) {
        var ballot = ballot(id);
        if (ballot.state() == BallotState.CLOSED) {
            throw new UserFacingException("ballots.error.closed");
        }
        if (ballot.state() == BallotState.OPEN) {
            return;
        }
        store.open(id, now());
        audit.record("BALLOT_OPENED", "ballot", String.valueOf(id), null);
    }

    /**
     * Closes it now; the forum's members at this moment are those who could have voted. Every secret paper still
     * waiting in the pool joins the count, in shuffled order.
     */
    @ForOfficers
    @Transactional
    public void close(long id) {
        // The ballot's row lock first: votes in flight finish before it closes, and none starts after.
        store.lock(id);
        var ballot = ballot(id);
        if (ballot.state() == BallotState.CLOSED) {
            pool.flush(id);
            return;
        }
        store.close(id, now());
        pool.flush(id);
        audit.record("BALLOT_CLOSED", "ballot", String.valueOf(id), null);
    }

    /**
     * The count, online and paper ballots together: whole once closed. While a secret ballot is open it is refused in
     * plain words until enough people have voted, and then holds the papers that have left the waiting pool; see
     * {@link #liveCount(long)}.
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public BallotResult count(long id) {
        var now = counts.now(ballot(id), true);
        if (now.result() == null) {
            throw new UserFacingException("ballots.error.countHidden", now.threshold());
        }
        return now.result();
    }

    /** The count as the officer may see it now, or why not yet (a small secret ballot's count waits for the close). */
    @ForOfficers
    @Transactional(readOnly = true)
    public LiveCount liveCount(long id) {
        return counts.now(ballot(id), true);
    }

    /** Open ballots only: who voted what (member name to their marks as option labels). */
    @ForOfficers
    @Transactional(readOnly = true)
    public Map<String, List<String>> openVotes(long id) {
        var ballot = ballot(id);
        var result = new LinkedHashMap<String, List<String>>();
        if (ballot.secret()) {
            return result;
        }
        var marks = new java.util.HashMap<Long, String>();
        votes.openVotes(id).forEach(v -> marks.put(v.memberId(), v.marks()));
        accounts.members(marks.keySet()).stream()
                .sorted(java.util.Comparator.comparing(org.youthvoice.people.AccountSummary::displayName)
                        .thenComparing(org.youthvoice.people.AccountSummary::username))
                .forEach(a -> result.put(a.displayName() + " (" + a.username() + ")",
                        Marks.positions(marks.get(a.id())).stream().map(p -> ballot.options().get(p).label())
                                .toList()));
        return result;
    }

    /** The members who voted (online or on paper), by member id: true when ticked as voting on paper. */
    @ForOfficers
    @Transactional(readOnly = true)
    public Map<Long, Boolean> voters(long id) {
        var map = new LinkedHashMap<Long, Boolean>();
        votes.voters(id).forEach(v -> map.put(v.memberId(), v.onPaper()));
        return map;
    }

    /** Ticks a forum member as having voted on paper, so they cannot vote online too. */
    @ForOfficers
    @Transactional
    public void markVotedOnPaper(long id, long memberId) {
        var ballot = paperAllowed(id);
        if (!forums.isMember(ballot.forumId(), memberId)) {
            throw new UserFacingException("ballots.error.notInForum");
        }
        if (votes.voted(id, memberId)) {
            throw new UserFacingException("ballots.error.memberVoted");
        }
        try {
            votes.addVoter(id, memberId, true);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("ballots.error.memberVoted");
        }
        audit.record("BALLOT_PAPER_VOTER", "ballot", String.valueOf(id), "member " + memberId);
    }

    /**
     * One paper ballot as marked: option positions (in order for ranked ballots); empty for a blank or spoilt paper.
     */
    @ForOfficers
    @Transactional
    public void enterPaper(long id, List<Integer> positions) {
        var ballot = paperAllowed(id);
        String marks = positions.isEmpty() ? "" : VoteService.marks(ballot, positions);
        roomForPapers(ballot, 1);
        if (ballot.secret() && ballot.state() == BallotState.OPEN) {
            // Into the pool with the online papers: the live count must not move by the paper just handed over.
            pool.addTyped(id, marks);
        } else {
            insertPaper(id, true, marks, 1);
        }
        audit.record("BALLOT_PAPER_ENTERED", "ballot", String.valueOf(id), null);
    }

    /**
     * Paper ballots from a file (ranked ballots only), read whole by {@link BallotFile}: any problem refuses the whole
     * file and nothing is stored. Returns how many ballots were added.
     */
    @ForOfficers
    @Transactional
    public long importPapers(long id, BallotFormat format, String text) {
        var ballot = paperAllowed(id);
        if (!ballot.kind().ranked()) {
            throw new UserFacingException("ballots.error.importRankedOnly");
        }
        var ballots = BallotFile.read(format, text, ballot.labels());
        roomForPapers(ballot, ballots.ballots() + ballots.blankBallots());
        long added = 0;
        for (int g = 0; g < ballots.groups(); g++) {
            var preferences = new ArrayList<int[]>();
            for (int p = 0; p < ballots.length(g); p++) {
                preferences.add(ballots.equalRanking(g, p)); // options ranked equal are kept: "5|6"
            }
            // A file always names the options it ranks equal, so no preference here is an unknown overvote.
            insertPaper(id, true, Marks.ofPreferences(preferences), ballots.count(g));
            added += ballots.count(g);
        }
        if (ballots.blankBallots() > 0) {
            insertPaper(id, true, "", ballots.blankBallots());
            added += ballots.blankBallots();
        }
        audit.record("BALLOT_PAPERS_IMPORTED", "ballot", String.valueOf(id), added + " ballots, " + format);
        return added;
    }

    /**
     * Publishes the count to the forum's members, frozen as it is now, with plain words for everyone and, where
     * written, for an age band. After the first time this is a correction and needs a reason.
     */
    @ForOfficers
    @Transactional
    public int publish(long id, @Nullable String summary, Map<AgeBand, String> bandSummaries,
            @Nullable String correction) {
        var ballot = ballot(id);
        if (ballot.state() != BallotState.CLOSED) {
            throw new UserFacingException("ballots.error.notClosed");
        }
        if (ballot.publishedVersion() > 0 && !ballot.correcting()) {
            throw new UserFacingException("ballots.error.published");
        }
        String reason = ballot.publishedVersion() > 0 ? correctionReason(correction) : null;
        if (ballot.publishedVersion() > 0 && reason == null) {
            throw new UserFacingException("ballots.error.correction", 500);
        }
        int version = ballot.publishedVersion() + 1;
        results.publish(id, version, now(), actor(), summary(summary), reason);
        for (var band : bandSummaries.entrySet()) {
            String words = summary(band.getValue());
            if (words != null) {
                results.addBandSummary(id, version, band.getKey(), words);
            }
        }
        for (var row : pool.tally(ballot)) {
            results.addTally(id, version, row);
        }
        store.published(id, version);
        evidence.send(id);
        audit.record(version == 1 ? "BALLOT_RESULT_PUBLISHED" : "BALLOT_RESULT_CORRECTED", "ballot",
                String.valueOf(id), "version " + version + (reason == null ? "" : ": " + reason));
        return version;
    }

    /**
     * Lets paper ballots be added to a published ballot again, so the result can be corrected; the correction shows
     * only once published as a new version. Audit-logged with the reason.
     */
    @ForOfficers
    @Transactional
    public void startCorrection(long id, String reason) {
        var ballot = ballot(id);
        if (ballot.publishedVersion() == 0) {
            throw new UserFacingException("ballots.error.notPublished");
        }
        String why = correctionReason(reason);
        if (why == null) {
            throw new UserFacingException("ballots.error.correction", 500);
        }
        store.startCorrection(id);
        audit.record("BALLOT_CORRECTION_STARTED", "ballot", String.valueOf(id), why);
    }

    /** Every published version, newest first. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<PublishedResult> publishedVersions(long id) {
        var ballot = ballot(id);
        return results.versions(id).stream()
                .map(p -> new PublishedResult(id, ballot.question(), p.version(), p.publishedAt(), p.summary(),
                        p.correction(), Tallies.countPublished(ballot, store.publishedTally(id, p.version()),
                                store.seed(id))))
                .toList();
    }

    /**
     * States how many people may vote on paper without being forum members (for example young people at a meeting who
     * have no account). They join the eligible voters, and each can add one paper ballot. Cannot go below the paper
     * ballots already in beyond the members ticked as voting on paper.
     */
    @ForOfficers
    @Transactional
    public void setPaperVoters(long id, int paperVoters) {
        var ballot = paperAllowed(id);
        if (paperVoters < 0 || paperVoters > MAX_PAPER_VOTERS) {
            throw new UserFacingException("ballots.error.paperVoters", MAX_PAPER_VOTERS);
        }
        var room = store.paperRoom(id);
        if (paperVoters < room.fewestPaperVoters()) {
            throw new UserFacingException("ballots.error.paperVotersBelowPapers", room.fewestPaperVoters(),
                    room.papers(), room.ticked());
        }
        store.setPaperVoters(id, paperVoters);
        audit.record("BALLOT_PAPER_VOTERS", "ballot", String.valueOf(id), ballot.paperVoters() + " -> " + paperVoters);
    }

    /** Paper ballots in, members ticked as voting on paper, and the people stated as voting on paper. */
    @ForOfficers
    @Transactional(readOnly = true)
    public PaperRoom paperRoom(long id) {
        return store.paperRoom(id);
    }

    /** Refuses papers that would make more votes than eligible voters, saying how many fit and how to make room. */
    private void roomForPapers(Ballot ballot, long adding) {
        var room = store.paperRoom(ballot.id());
        if (adding > room.left()) {
            throw new UserFacingException("ballots.error.tooManyPapers", adding, room.left(), room.ticked(),
                    room.paperVoters());
        }
    }

    private Ballot paperAllowed(long id) {
        // The ballot's row lock: papers added at the same moment take turns, so together they cannot pass the room.
        store.lock(id);
        var ballot = ballot(id);
        if (ballot.publishedVersion() > 0 && !ballot.correcting()) {
            throw new UserFacingException("ballots.error.published");
        }
        return ballot;
    }

    private void insertPaper(long ballotId, boolean onPaper, String marks, long weight) {
        votes.addPaper(VoteService.paperId(random), ballotId, onPaper, marks, weight);
    }

    private Ballot ballot(long id) {
        return store.find(id, now()).orElseThrow(() -> new UserFacingException("ballots.error.gone"));
    }

    private static @Nullable String summary(@Nullable String value) {
        if (!acceptable(value, 1000)) {
            throw new UserFacingException("ballots.error.summary", 1000);
        }
        return stripped(value);
    }

    private static @Nullable String correctionReason(@Nullable String value) {
        if (!acceptable(value, 500)) {
            throw new UserFacingException("ballots.error.correction", 500);
        }
        return stripped(value);
    }

    private static boolean acceptable(@Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.length() <= max && v.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n');
    }

    private static @Nullable String stripped(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * Votes cast, online and on paper, in ballots that closed between {@code from} and {@code to} (both days
     * included), per calendar quarter (keyed by its first day). A number of votes, never who voted.
     */
    @ForReaders
    @Transactional(readOnly = true)
    public Map<java.time.LocalDate, Long> votesByQuarter(java.time.LocalDate from, java.time.LocalDate to) {
        var byQuarter = new LinkedHashMap<java.time.LocalDate, Long>();
        store.votesByQuarter(from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .forEach(q -> byQuarter.put(q.quarterStart(), q.votes()));
        return byQuarter;
    }
}

package org.youthvoice.voting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.people.AgeBand;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReaders;
import org.youthvoice.voting.internal.BallotFile;
import org.youthvoice.voting.internal.BallotResultsAsEvidence;
import org.youthvoice.voting.internal.BallotStore;
import org.youthvoice.voting.internal.Counts;
import org.youthvoice.voting.internal.Marks;
import org.youthvoice.voting.internal.PaperPool;
import org.youthvoice.voting.internal.Tallies;

/**
 * Officers set up ballots for a forum, open and close them, enter paper ballots, count and publish. A published result
 * is frozen in the database; a correction is a new, audit-logged version.
 */
@Service
public class BallotService {

    static final int MAX_QUESTION = 500;
    static final int MAX_OPTIONS = 30;
    public static final int MAX_PAPER_VOTERS = 1_000_000;
    private static final String CODE_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final BallotStore store;
    private final BallotResultsAsEvidence evidence;
    private final AuditLog audit;
    private final FrameworkService frameworks;
    private final PaperPool pool;
    private final Counts counts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Accounts belong to people: read through its service, never its table. */
    private final org.youthvoice.people.AccountService accounts;

    BallotService(JdbcClient jdbc, BallotStore store, AuditLog audit, FrameworkService frameworks, PaperPool pool,
            Counts counts, Clock clock, org.youthvoice.people.AccountService accounts,
            BallotResultsAsEvidence evidence) {
        this.accounts = accounts;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.store = store;
        this.pool = pool;
        this.counts = counts;
        this.audit = audit;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public long create(NewBallot ballot) {
        return createFor(ballot.forumId(), ballot, 0);
    }

    /**
     * A new vote with the people who will vote on paper without being members stated from the start (as
     * {@link #setPaperVoters}), so its turnout and quorum add up before anyone votes.
     */
    @ForOfficers
    @Transactional
    public long create(NewBallot ballot, int paperVoters) {
        long id = createFor(ballot.forumId(), ballot, 0);
        if (paperVoters != 0) {
            setPaperVoters(id, paperVoters);
        }
        return id;
    }

    /**
     * @param forumId null for a city-wide ballot
     * @param rankLimit for ranked city-wide ballots: rank up to this many (e.g. top 3); 0 for no limit
     */
    long createFor(@Nullable Long forumId, NewBallot ballot, int rankLimit) {
        if (forumId != null && jdbc.sql("SELECT COUNT(*) FROM forum WHERE id = ?").param(forumId)
                .query(Integer.class).single() == 0) {
            throw new UserFacingException("forums.error.gone");
        }
        if (ballot.kind() == null) {
            throw new UserFacingException("ballots.error.kind");
        }
        String question = ballot.question() == null ? "" : ballot.question().strip();
        if (question.isEmpty() || question.length() > MAX_QUESTION
                || question.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new UserFacingException("ballots.error.question", MAX_QUESTION);
        }
        var options = options(ballot);
        int choices = switch (ballot.kind()) {
            case APPROVAL, STV -> ballot.choices();
            case INSTANT_RUNOFF -> rankLimit > 0 ? Math.min(rankLimit, options.size()) : 1;
            default -> 1;
        };
        if (choices < 1 || (ballot.kind() == BallotKind.STV && choices >= options.size())
                || choices > options.size()) {
            if (ballot.kind() == BallotKind.STV) {
                throw new UserFacingException("ballots.error.seats", options.size());
            }
            throw new UserFacingException("ballots.error.choices", options.size());
        }
        if (ballot.quorum() < 0 || ballot.quorum() > 100_000) {
            throw new UserFacingException("ballots.error.quorum");
        }
        PassThreshold threshold = ballot.kind() == BallotKind.MOTION
                ? (ballot.threshold() == null ? PassThreshold.SIMPLE_MAJORITY : ballot.threshold()) : null;
        if (ballot.opensAt() != null && ballot.closesAt() != null && !ballot.closesAt().isAfter(ballot.opensAt())) {
            throw new UserFacingException("ballots.error.times");
        }
        var known = frameworks.titlesOf(ballot.tags());
        for (String tag : ballot.tags()) {
            if (!known.containsKey(tag)) {
                throw new UserFacingException("ballots.error.tag", tag);
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ballot (forum_id, kind, question, secret, choices, quorum, threshold, live_results,
                                    meeting_code, opens_at, closes_at, lot_seed, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(forumId, ballot.kind().name(), question, ballot.secret(), choices, ballot.quorum(),
                        threshold == null ? null : threshold.name(), ballot.liveResults(), meetingCode(),
                        ballot.opensAt(), ballot.closesAt(), random.nextLong(), now())
                .update(keys);
        long id = keys.getKey().longValue();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO ballot_option (ballot_id, position, label, picture) VALUES (?, ?, ?, ?)")
                    .params(id, i, options.get(i).label(), options.get(i).picture()).update();
        }
        for (String tag : ballot.tags()) {
            jdbc.sql("INSERT INTO ballot_tag (ballot_id, code) VALUES (?, ?)").params(id, tag).update();
        }
        audit.record("BALLOT_CREATED", "ballot", String.valueOf(id), ballot.kind() + " forum " + forumId
                + (ballot.secret() ? " secret" : " open"));
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
        jdbc.sql("UPDATE ballot SET opened_at = ?, version = version + 1 WHERE id = ?").params(now(), id).update();
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
        jdbc.sql("SELECT id FROM ballot WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        var ballot = ballot(id);
        if (ballot.state() == BallotState.CLOSED) {
            pool.flush(id);
            return;
        }
        jdbc.sql("""
                UPDATE ballot SET closed_at = ?, opened_at = COALESCE(opened_at, ?),
                    eligible = (SELECT COUNT(*) FROM forum_member m WHERE m.forum_id = ballot.forum_id)
                        + (SELECT COALESCE(SUM(g.eligible), 0) FROM ballot_group g WHERE g.ballot_id = ballot.id),
                    version = version + 1
                WHERE id = ?""").params(now(), now(), id).update();
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
        jdbc.sql("SELECT o.member_id, p.marks FROM ballot_open_vote o JOIN ballot_paper p ON p.id = o.paper_id "
                + "WHERE o.ballot_id = ?").param(id)
                .query(rs -> {
                    marks.put(rs.getLong(1), rs.getString(2));
                });
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
        jdbc.sql("SELECT member_id, on_paper FROM ballot_voter WHERE ballot_id = ?").param(id)
                .query(rs -> {
                    map.put(rs.getLong(1), rs.getBoolean(2));
                });
        return map;
    }

    /** Ticks a forum member as having voted on paper, so they cannot vote online too. */
    @ForOfficers
    @Transactional
    public void markVotedOnPaper(long id, long memberId) {
        var ballot = paperAllowed(id);
        if (jdbc.sql("SELECT COUNT(*) FROM forum_member WHERE forum_id = ? AND member_id = ?")
                .params(ballot.forumId(), memberId).query(Integer.class).single() == 0) {
            throw new UserFacingException("ballots.error.notInForum");
        }
        boolean ticked = jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE ballot_id = ? AND member_id = ?")
                .params(id, memberId).query(Integer.class).single() > 0;
        if (ticked) {
            throw new UserFacingException("ballots.error.memberVoted");
        }
        try {
            jdbc.sql("INSERT INTO ballot_voter (ballot_id, member_id, on_paper) VALUES (?, ?, TRUE)")
                    .params(id, memberId).update();
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
        jdbc.sql("INSERT INTO ballot_result (ballot_id, version, published_at, published_by, summary, correction) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, version, now(), actor(), summary(summary), reason).update();
        for (var band : bandSummaries.entrySet()) {
            String words = summary(band.getValue());
            if (words != null) {
                jdbc.sql("INSERT INTO ballot_result_band (ballot_id, version, age_band, summary) VALUES (?, ?, ?, ?)")
                        .params(id, version, band.getKey().name(), words).update();
            }
        }
        // Row by row: MariaDB loses placeholders in the select list of an INSERT ... SELECT ... GROUP BY after row one.
        for (var row : pool.tally(ballot)) {
            jdbc.sql("INSERT INTO ballot_result_tally (ballot_id, version, on_paper, marks, votes) VALUES (?, ?, ?, ?, ?)")
                    .params(id, version, row.onPaper(), row.marks(), row.votes()).update();
        }
        jdbc.sql("UPDATE ballot SET published_version = ?, correcting = FALSE, version = version + 1 WHERE id = ?")
                .params(version, id).update();
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
        jdbc.sql("UPDATE ballot SET correcting = TRUE, version = version + 1 WHERE id = ?").param(id).update();
        audit.record("BALLOT_CORRECTION_STARTED", "ballot", String.valueOf(id), why);
    }

    /** Every published version, newest first. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<PublishedResult> publishedVersions(long id) {
        var ballot = ballot(id);
        return jdbc.sql("SELECT version, published_at, summary, correction FROM ballot_result WHERE ballot_id = ? "
                + "ORDER BY version DESC")
                .param(id)
                .query((rs, n) -> new PublishedResult(id, ballot.question(), rs.getInt(1),
                        rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4), null))
                .list().stream()
                .map(p -> new PublishedResult(p.ballotId(), p.question(), p.version(), p.publishedAt(), p.summary(),
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
        jdbc.sql("UPDATE ballot SET paper_voters = ?, version = version + 1 WHERE id = ?").params(paperVoters, id)
                .update();
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
        jdbc.sql("SELECT id FROM ballot WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        var ballot = ballot(id);
        if (ballot.publishedVersion() > 0 && !ballot.correcting()) {
            throw new UserFacingException("ballots.error.published");
        }
        return ballot;
    }

    private void insertPaper(long ballotId, boolean onPaper, String marks, long weight) {
        jdbc.sql("INSERT INTO ballot_paper (id, ballot_id, on_paper, marks, weight) VALUES (?, ?, ?, ?, ?)")
                .params(VoteService.paperId(random), ballotId, onPaper, marks, Math.toIntExact(weight)).update();
    }

    private Ballot ballot(long id) {
        return store.find(id, now()).orElseThrow(() -> new UserFacingException("ballots.error.gone"));
    }

    private List<NewBallotOption> options(NewBallot ballot) {
        if (ballot.kind() == BallotKind.MOTION) {
            return List.of(new NewBallotOption("YES", null), new NewBallotOption("NO", null),
                    new NewBallotOption("ABSTAIN", null));
        }
        var list = new ArrayList<NewBallotOption>();
        var seen = new java.util.HashSet<String>();
        for (NewBallotOption option : ballot.options()) {
            String label = option.label() == null ? "" : option.label().strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > 200 || label.codePoints().anyMatch(Character::isISOControl)) {
                throw new UserFacingException("ballots.error.option", 200);
            }
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new UserFacingException("ballots.error.optionTwice", label);
            }
            String picture = option.picture() == null || option.picture().isBlank() ? null : option.picture();
            if (picture != null && !org.youthvoice.base.Pictures.NAMES.contains(picture)) {
                throw new UserFacingException("ballots.error.picture", picture);
            }
            list.add(new NewBallotOption(label, picture));
        }
        if (list.size() < 2 || list.size() > MAX_OPTIONS) {
            throw new UserFacingException("ballots.error.options", MAX_OPTIONS);
        }
        return list;
    }

    private String meetingCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
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
        var votes = new LinkedHashMap<java.time.LocalDate, Long>();
        jdbc.sql("""
                SELECT MAKEDATE(YEAR(b.closed_at), 1) + INTERVAL (QUARTER(b.closed_at) - 1) QUARTER AS quarter_start,
                       SUM(p.weight)
                FROM ballot b JOIN (SELECT ballot_id, weight FROM ballot_paper
                                    UNION ALL SELECT ballot_id, 1 FROM ballot_paper_pending) p ON p.ballot_id = b.id
                WHERE b.closed_at >= ? AND b.closed_at < ? GROUP BY quarter_start ORDER BY quarter_start""")
                .params(from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .query(rs -> {
                    votes.put(rs.getObject(1, java.time.LocalDate.class), rs.getLong(2));
                });
        return votes;
    }
}

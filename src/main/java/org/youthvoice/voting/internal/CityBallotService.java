package org.youthvoice.voting.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.RetriedOnConflict;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.Public;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotState;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;

/**
 * City-wide ballots in the Make Your Mark style: every young person in the city, no login, a code per school or
 * group. A code says which group a vote came from, never who cast it; a group cannot cast more votes than its
 * eligible number. Results by group hide small numbers.
 */
@Service
public class CityBallotService {
    private static final String CODE_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int MAX_GROUPS = 500;

    private final CityGroupStore groups;
    private final BallotSetup setup;
    private final BallotStore store;
    private final AuditLog audit;
    private final DisclosureControl disclosure;
    private final PaperPool pool;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CityBallotService(CityGroupStore groups, BallotSetup setup, BallotStore store, AuditLog audit,
            DisclosureControl disclosure, PaperPool pool, Clock clock) {
        this.groups = groups;
        this.pool = pool;
        this.setup = setup;
        this.store = store;
        this.audit = audit;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public long create(NewCityBallot ballot) {
        if (ballot.groups().isEmpty() || ballot.groups().size() > MAX_GROUPS) {
            throw new UserFacingException("city.error.groups", MAX_GROUPS);
        }
        var names = new HashSet<String>();
        for (NewGroup group : ballot.groups()) {
            String name = group.name() == null ? "" : group.name().strip();
            if (name.isEmpty() || name.length() > 120 || name.codePoints().anyMatch(Character::isISOControl)) {
                throw new UserFacingException("city.error.groupName");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new UserFacingException("city.error.groupTwice", name);
            }
            if (group.eligible() < 1 || group.eligible() > 1_000_000) {
                throw new UserFacingException("city.error.eligible", name);
            }
        }
        long id = setup.create(null, new NewBallot(0, ballot.ranked() ? BallotKind.INSTANT_RUNOFF
                : BallotKind.SINGLE_CHOICE, ballot.question(), ballot.topics().stream()
                        .map(t -> new NewBallotOption(t, null)).toList(), true, 1, 0, null, false, ballot.opensAt(),
                ballot.closesAt(), ballot.tags()), ballot.ranked() ? 3 : 1);
        for (NewGroup group : ballot.groups()) {
            groups.add(code(), id, group.name().strip(), group.eligible());
        }
        audit.record("CITY_BALLOT_CREATED", "ballot", String.valueOf(id), ballot.groups().size() + " groups");
        return id;
    }

    /** The groups with their codes, and how many voted in each (small numbers hidden). */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<CityGroup> groups(long ballotId) {
        return groups.groups(ballotId).stream()
                .map(g -> new CityGroup(g.code(), g.name(), g.eligible(), disclosure.count(g.castVotes())))
                .toList();
    }

    /**
     * Each group's votes per topic (first choices when ranked), counted in the database, every breakdown suppressed
     * by {@link SmallNumbers} so no group's small counts show, nor can be worked out from its total. While the ballot
     * is open only papers that have left the waiting pool count; once closed, all of them.
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<GroupResult> resultsByGroup(long ballotId) {
        var ballot = store.find(ballotId, now()).orElseThrow(() -> new UserFacingException("ballots.error.gone"));
        int n = ballot.options().size();
        var perGroup = new HashMap<String, long[]>();
        for (var row : groups.firstChoices(ballotId)) {
            var first = Marks.positions(row.firstMarks());
            long[] counts = perGroup.computeIfAbsent(row.groupCode(), k -> new long[n]);
            if (first.size() == 1) {
                counts[first.getFirst()] += row.votes();
            }
        }
        if (ballot.state() == BallotState.CLOSED) {
            for (var waiting : pool.waitingPapers(ballotId)) {
                var first = Marks.positions(waiting.marks().split(",", 2)[0]);
                if (waiting.groupCode() != null && first.size() == 1) {
                    perGroup.computeIfAbsent(waiting.groupCode(), k -> new long[n])[first.getFirst()]++;
                }
            }
        }
        var results = new ArrayList<GroupResult>();
        for (CityGroup group : groups(ballotId)) {
            long[] counts = perGroup.getOrDefault(group.code(), new long[n]);
            var list = new ArrayList<Long>();
            for (long c : counts) {
                list.add(c);
            }
            results.add(new GroupResult(group.name(), group.eligible(), group.voted(),
                    disclosure.breakdown(list)));
        }
        return results;
    }

    /** Public: the ballot a group code belongs to. A wrong code gives nothing. */
    @Public
    @Transactional(readOnly = true)
    public Optional<CityBallotScreen> screen(String code) {
        String c = normalise(code);
        if (c == null) {
            return Optional.empty();
        }
        return groups.find(c)
                .flatMap(g -> store.find(g.ballotId(), now()).map(b -> new CityBallotScreen(c, g.name(), b.kind(),
                        b.question(), b.options(), b.choices(), b.state(), b.closesAt())));
    }

    /**
     * Public: one vote with a group's code. Refused if the code is wrong, the ballot is not open, or the group has
     * already cast as many votes as it has young people who could vote. Nothing about the voter is stored.
     */
    @Public
    @RetriedOnConflict
    @Transactional
    public void vote(String code, List<Integer> positions) {
        String c = normalise(code);
        if (c == null) {
            throw new UserFacingException("city.error.code");
        }
        // One statement counts the vote against the group's cap and locks the group's row until commit; if anything
        // below refuses the vote, the rollback gives the place back.
        if (!groups.countVote(c)) {
            if (groups.exists(c)) {
                throw new UserFacingException("city.error.full");
            }
            throw new UserFacingException("city.error.code");
        }
        // A shared lock on the ballot: closing it, and moving its waiting papers on, wait for votes in flight.
        var target = groups.voteTarget(c, now());
        if (!target.open()) {
            throw new UserFacingException("vote.error.notOpen");
        }
        String marks = PaperMarks.of(target.kind(), target.options(), target.choices(), true, positions);
        pool.add(target.ballotId(), c, marks, false);
    }

    private static @Nullable String normalise(@Nullable String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return c.matches("[a-z0-9]{10}") ? c : null;
    }

    private String code() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

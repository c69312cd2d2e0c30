package org.youthvoice.voting.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.NewBallotOption;
import org.youthvoice.voting.PassThreshold;

/**
 * Setting up a ballot: its question, options, choices, times and tags checked, its row written and the audit line.
 * One set of rules for a forum's ballots ({@code BallotService}) and city-wide ones ({@link CityBallotService}); each
 * service checks who may call it, so this is called only from inside a service's transaction.
 */
@Component
public class BallotSetup {

    static final int MAX_QUESTION = 500;
    static final int MAX_OPTIONS = 30;
    private static final String CODE_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final BallotStore store;
    private final ForumStore forums;
    private final FrameworkService frameworks;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BallotSetup(BallotStore store, ForumStore forums, FrameworkService frameworks, AuditLog audit, Clock clock) {
        this.store = store;
        this.forums = forums;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param forumId null for a city-wide ballot
     * @param rankLimit for ranked city-wide ballots: rank up to this many (e.g. top 3); 0 for no limit
     */
    public long create(@Nullable Long forumId, NewBallot ballot, int rankLimit) {
        if (forumId != null && !forums.exists(forumId)) {
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
        long id = store.create(new BallotStore.NewRow(forumId, ballot.kind(), question, ballot.secret(), choices,
                ballot.quorum(), threshold, ballot.liveResults(), meetingCode(), ballot.opensAt(), ballot.closesAt(),
                random.nextLong(), LocalDateTime.now(clock)), options, ballot.tags());
        audit.record("BALLOT_CREATED", "ballot", String.valueOf(id), ballot.kind() + " forum " + forumId
                + (ballot.secret() ? " secret" : " open"));
        return id;
    }

    private static List<NewBallotOption> options(NewBallot ballot) {
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
}

package org.youthvoice.voting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForOfficers;

/**
 * Forums and their members (young member accounts), and each member's participation over time: which ballots they
 * voted in, never what they voted.
 */
@Service
public class ForumService {

    private final ForumStore store;
    private final AuditLog audit;
    private final Clock clock;

    /** Accounts belong to people: this module reads them through its service, never its table. */
    private final org.youthvoice.people.AccountService accounts;

    ForumService(ForumStore store, AuditLog audit, Clock clock, org.youthvoice.people.AccountService accounts) {
        this.accounts = accounts;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @ForOfficers
    @Transactional
    public long create(String name, @Nullable String description) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120 || n.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("forums.error.name");
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > 500) {
            throw new UserFacingException("forums.error.description");
        }
        long id;
        try {
            id = store.create(n, d, LocalDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("forums.error.nameTaken");
        }
        audit.record("FORUM_CREATED", "forum", String.valueOf(id), n);
        return id;
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<Forum> list() {
        return store.list();
    }

    @ForOfficers
    @Transactional
    public void addMember(long forumId, long memberId) {
        exists(forumId);
        if (accounts.members(List.of(memberId)).isEmpty()) {
            throw new UserFacingException("account.error.notFound");
        }
        if (store.addMember(forumId, memberId, LocalDate.now(clock))) {
            audit.record("FORUM_MEMBER_ADDED", "forum", String.valueOf(forumId), "member " + memberId);
        }
    }

    @ForOfficers
    @Transactional
    public void removeMember(long forumId, long memberId) {
        if (store.removeMember(forumId, memberId)) {
            audit.record("FORUM_MEMBER_REMOVED", "forum", String.valueOf(forumId), "member " + memberId);
        }
    }

    /**
     * The forum's members, each with how many of the forum's ballots held since they joined they voted in (online or
     * on paper).
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<ForumMember> members(long forumId) {
        var rows = new java.util.HashMap<Long, ForumStore.Membership>();
        store.memberships(forumId).forEach(r -> rows.put(r.memberId(), r));
        // Names and age bands from people, in its order (by name).
        return accounts.members(rows.keySet()).stream()
                .sorted(java.util.Comparator.comparing(org.youthvoice.people.AccountSummary::displayName)
                        .thenComparing(org.youthvoice.people.AccountSummary::username))
                .map(a -> {
                    var r = rows.get(a.id());
                    return new ForumMember(a.id(), a.username(), a.displayName(), a.ageBand(), r.joinedOn(), r.voted(),
                            r.held());
                }).toList();
    }

    /** Every ballot of the forum (oldest first) and whether this member voted in it: their participation over time. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Participation> participation(long forumId, long memberId) {
        return store.participation(forumId, memberId);
    }

    private void exists(long forumId) {
        if (!store.exists(forumId)) {
            throw new UserFacingException("forums.error.gone");
        }
    }
}

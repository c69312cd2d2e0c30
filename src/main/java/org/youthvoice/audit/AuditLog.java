package org.youthvoice.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.internal.AuditStore;
import org.youthvoice.security.ForAdmins;
import org.youthvoice.security.Public;

/**
 * The audit log. Writing is open to every module (it runs inside the caller's transaction, so an action that rolls
 * back leaves no entry); reading is for administrators.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records an action by whoever is signed in (or "system" for scheduled work). Anyone's action is recorded, a young
     * person's too: the calling service decides what is worth recording.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    @Public
    public void record(String action, @Nullable String recordType, @Nullable String recordId, @Nullable String details) {
        recordAs(currentActor(), action, recordType, recordId, details);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    @Public
    public void recordAs(String actor, String action, @Nullable String recordType, @Nullable String recordId,
            @Nullable String details) {
        store.add(LocalDateTime.now(clock), truncate(actor, 64), truncate(action, 64), truncate(recordType, 64),
                truncate(recordId, 64), truncate(details, 1000));
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public List<AuditEntryView> list(@Nullable String search, Pageable page) {
        String like = search == null || search.isBlank() ? null : "%" + escapeLike(search.strip()) + "%";
        return store.page(like, page);
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public long count(@Nullable String search) {
        String like = search == null || search.isBlank() ? null : "%" + escapeLike(search.strip()) + "%";
        return store.count(like);
    }

    private static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

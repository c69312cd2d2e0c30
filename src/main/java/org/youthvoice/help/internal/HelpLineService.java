package org.youthvoice.help.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForAdmins;
import org.youthvoice.security.Public;

/** Help lines are data: each council lists its own, in the order young people should see them. */
@Service
public class HelpLineService {

    private final HelpLineStore store;
    private final AuditLog audit;

    HelpLineService(HelpLineStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Public: anyone, signed in or not, can see where to get help. */
    @Public
    @Transactional(readOnly = true)
    public List<HelpLineView> list() {
        return store.all();
    }

    @ForAdmins
    @Transactional
    public void save(@Nullable Long id, String name, @Nullable String phone, @Nullable String url, String description) {
        String n = required(name, 120);
        String d = required(description, 500);
        String p = optional(phone, 40);
        String u = optional(url, 300);
        if (p != null && !p.matches("[0-9 +()-]{3,40}")) {
            throw new UserFacingException("help.error.phone");
        }
        if (u != null && !u.matches("https://[^\\s<>\"]+")) {
            throw new UserFacingException("help.error.url");
        }
        if (p == null && u == null) {
            throw new UserFacingException("help.error.contact");
        }
        if (id == null) {
            store.addLast(n, p, u, d);
            audit.record("HELP_LINE_ADDED", "help_line", null, n);
        } else {
            store.change(id, n, p, u, d);
            audit.record("HELP_LINE_CHANGED", "help_line", String.valueOf(id), n);
        }
    }

    @ForAdmins
    @Transactional
    public void delete(long id) {
        if (store.count() <= 1) {
            throw new UserFacingException("help.error.last");
        }
        store.remove(id);
        audit.record("HELP_LINE_REMOVED", "help_line", String.valueOf(id), null);
    }

    private static String required(@Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new UserFacingException("help.error.required", max);
        }
        return v;
    }

    private static @Nullable String optional(@Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new UserFacingException("help.error.tooLong", max);
        }
        return v.isEmpty() ? null : v;
    }
}

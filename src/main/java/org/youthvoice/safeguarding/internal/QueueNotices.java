package org.youthvoice.safeguarding.internal;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.youthvoice.base.ui.StaffNotices;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.Roles;

/** Tells safeguarding leads, on every staff page, about urgent and overdue items waiting in the queue. */
@Component
class QueueNotices implements StaffNotices {

    private final SafeguardingQueue queue;
    private final AuthenticationContext authentication;

    QueueNotices(SafeguardingQueue queue, AuthenticationContext authentication) {
        this.queue = queue;
        this.authentication = authentication;
    }

    @Override
    public List<Notice> current() {
        if (!authentication.hasRole(Roles.SAFEGUARDING_LEAD)) {
            return List.of();
        }
        var summary = queue.summary();
        var notices = new ArrayList<Notice>();
        if (summary.urgent() > 0) {
            notices.add(new Notice("safeguarding.notice.urgent", List.of(summary.urgent()), "safeguarding"));
        }
        if (summary.overdue() > 0) {
            notices.add(new Notice("safeguarding.notice.overdue", List.of(summary.overdue()), "safeguarding"));
        }
        return notices;
    }
}

package org.youthvoice.feedback.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ContactSource;

/** Lets safeguarding leads reach a young person who left contact details with feedback that worried screening. */
@Component
class FeedbackContactSource implements ContactSource {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    FeedbackContactSource(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String sourceType() {
        return "FEEDBACK";
    }

    @Override
    @Transactional
    public Optional<Contact> contactFor(long itemId) {
        var contact = jdbc.sql("SELECT name, how_to_reach FROM feedback_contact WHERE item_id = ?").param(itemId)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2))).optional();
        contact.ifPresent(c -> audit.record("CONTACT_VIEWED", "feedback_item", String.valueOf(itemId),
                "safeguarding"));
        return contact;
    }
}

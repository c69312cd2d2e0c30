package org.youthvoice.feedback.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ContactSource;

/** Lets safeguarding leads reach a young person who left contact details with feedback that worried screening. */
@Component
class FeedbackContactSource implements ContactSource {

    private final FeedbackItemStore items;
    private final AuditLog audit;

    FeedbackContactSource(FeedbackItemStore items, AuditLog audit) {
        this.items = items;
        this.audit = audit;
    }

    @Override
    public String sourceType() {
        return "FEEDBACK";
    }

    @Override
    @Transactional
    public Optional<Contact> contactFor(long itemId) {
        var contact = items.contactForSafeguarding(itemId);
        contact.ifPresent(c -> audit.record("CONTACT_VIEWED", "feedback_item", String.valueOf(itemId),
                "safeguarding"));
        return contact;
    }
}

package org.youthvoice.safeguarding.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.youthvoice.safeguarding.Severity;

/**
 * E-mails the safeguarding leads when an urgent item arrives, if SMTP is configured ({@code spring.mail.host}) and
 * {@code youthvoice.safeguarding.alert-to} lists addresses. The mail holds no text from the young person: only that
 * something urgent is waiting and where.
 *
 * <p>That it was sent, and to how many addresses, is kept on the item itself, not in the audit log or the app log:
 * their times, to the second, would say when the young person wrote (design note 0023). The e-mail itself has its
 * time, in the leads' inboxes: being told at once is what urgent needs.
 */
@Component
class UrgentMail {

    private final ObjectProvider<JavaMailSender> mail;
    private final QueueStore queue;
    private final List<String> to;
    private final String link;
    private final String from;

    UrgentMail(ObjectProvider<JavaMailSender> mail, QueueStore queue,
            @Value("${youthvoice.safeguarding.alert-to:}") List<String> to,
            @Value("${youthvoice.public-url:http://localhost:8080}") String publicUrl,
            @Value("${youthvoice.mail.from:youth-voice@localhost}") String from) {
        this.from = from;
        this.mail = mail;
        this.queue = queue;
        this.to = to.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.link = publicUrl.replaceAll("/+$", "") + "/safeguarding";
    }

    @ApplicationModuleListener
    void on(DisclosureFlagged flagged) {
        var sender = mail.getIfAvailable();
        if (flagged.severity() != Severity.URGENT || sender == null || to.isEmpty()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject("Youth Voice: an urgent safeguarding item is waiting");
        message.setText("An urgent possible disclosure has arrived in the Youth Voice safeguarding queue.\n\n"
                + "Please log in and look at it now: " + link + "\n\n"
                + "(This e-mail holds none of what the young person wrote.)");
        sender.send(message);
        queue.alertSent(flagged.disclosureId(), to.size());
    }
}

package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.youthvoice.safeguarding.Severity;

class UrgentMailTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final QueueStore queue = mock(QueueStore.class);

    private UrgentMail mail(List<String> to) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new UrgentMail(beans.getBeanProvider(JavaMailSender.class), queue, to, "https://voice.example.org/",
                "youth-voice@council.example.org");
    }

    @Test
    void an_urgent_item_is_mailed_to_the_leads_without_any_of_the_young_persons_words() {
        mail(List.of("lead@example.org", " duty@example.org ")).on(new DisclosureFlagged(42, Severity.URGENT));
        var sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("lead@example.org", "duty@example.org");
        assertThat(sent.getValue().getFrom()).isEqualTo("youth-voice@council.example.org");
        assertThat(sent.getValue().getText()).contains("https://voice.example.org/safeguarding")
                .contains("none of what the young person wrote");
        // Kept on the item, not in the audit log, whose time and place among the logins would date the answer.
        verify(queue).alertSent(42L, 2);
    }

    @Test
    void concerns_and_unconfigured_installs_send_nothing() {
        mail(List.of("lead@example.org")).on(new DisclosureFlagged(1, Severity.CONCERN));
        mail(List.of()).on(new DisclosureFlagged(2, Severity.URGENT));
        verify(sender, never()).send(any(SimpleMailMessage.class));
        verifyNoInteractions(queue);
    }
}

package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;

@IntegrationTest
class QuoteServiceIntegrationTest {

    @Autowired
    QuoteService quotes;

    private static long source() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @Test
    void a_quote_is_public_only_once_approved_and_changing_its_words_takes_the_approval_back() {
        long source = source();
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", source, "[name] made the club fun"), Roles.OFFICER);
        assertThat(quote.approved()).isFalse();
        assertThat(quotes.approvedWords(List.of(quote.id()))).isEmpty();

        SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER);
        assertThat(quotes.approvedWords(List.of(quote.id()))).containsEntry(quote.id(), "[name] made the club fun");

        var changed = SystemTask.runAs(() -> quotes.save("FEEDBACK", source, "[name] made the club really fun"),
                Roles.OFFICER);
        assertThat(changed.id()).isEqualTo(quote.id());
        assertThat(changed.approved()).isFalse();
        assertThat(quotes.approvedWords(List.of(quote.id()))).isEmpty();
        assertThat(SystemTask.runAs(() -> quotes.list("made the club really", 100), Roles.OFFICER))
                .extracting(Quote::id).contains(quote.id());
        assertThat(SystemTask.runAs(() -> quotes.quotes(List.of(-1L, quote.id())), Roles.OFFICER))
                .containsExactly(changed);
    }

    @Test
    void a_quote_with_contact_details_left_in_cannot_be_approved() {
        var quote = SystemTask.runAs(() -> quotes.save("FEEDBACK", source(), "text me on 07700 900123"), Roles.OFFICER);
        assertThatThrownBy(() -> SystemTask.runAs(() -> quotes.approve(quote.id()), Roles.OFFICER))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("quotes.error.contactDetails"));
        String suggested = SystemTask.runAs(() -> quotes.suggestRedaction(quote.text()), Roles.OFFICER);
        assertThat(suggested).isEqualTo("text me on [phone]");
        var fixed = SystemTask.runAs(() -> quotes.save("FEEDBACK", quote.sourceId(), suggested), Roles.OFFICER);
        SystemTask.runAs(() -> quotes.approve(fixed.id()), Roles.OFFICER);
        assertThat(quotes.approvedWords(List.of(fixed.id()))).containsValue("text me on [phone]");
    }

    @Test
    void empty_or_over_long_words_are_refused() {
        for (String words : new String[] {" ", "x".repeat(QuoteService.MAX_TEXT + 1)}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> quotes.save("FEEDBACK", source(), words), Roles.OFFICER))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("quotes.error.text"));
        }
    }

    @Test
    void only_officers_write_and_approve_quotes() {
        for (String role : new String[] {Roles.VIEWER, Roles.MEMBER, Roles.SAFEGUARDING_LEAD}) {
            assertThatThrownBy(() -> SystemTask.runAs(() -> quotes.save("FEEDBACK", source(), "x"), role))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemTask.runAs(() -> quotes.list(null, 5), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}

package org.youthvoice.help;

import org.youthvoice.help.internal.HelpLineService;
import org.youthvoice.help.internal.HelpLineView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.SystemTask;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;

@IntegrationTest
class HelpLineServiceIntegrationTest {

    @Autowired
    HelpLineService helpLines;

    @Autowired
    JdbcClient jdbc;

    private void saveAsAdmin(String name, String phone, String url) {
        SystemTask.runAs(() -> helpLines.save(null, name, phone, url, "When you want to talk."), Roles.ADMIN);
    }

    private static void refusedWith(String messageKey, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private List<HelpLineView> named(String name) {
        return helpLines.list().stream().filter(h -> h.name().equals(name)).toList();
    }

    @Test
    void anyone_can_see_the_help_lines_without_logging_in() {
        SecurityContextHolder.clearContext();

        assertThat(helpLines.list()).anySatisfy(line -> {
            assertThat(line.name()).isEqualTo("Childline");
            assertThat(line.phone()).isEqualTo("0800 1111");
            assertThat(line.url()).isEqualTo("https://www.childline.org.uk");
        });
    }

    @Test
    void an_administrator_adds_a_help_line_at_the_end_and_can_remove_it() {
        String name = TestAccounts.uniqueName("Helpline");

        saveAsAdmin(name, null, "https://help.example.org/talk?to=someone");

        var added = named(name);
        assertThat(added).singleElement().satisfies(line -> {
            assertThat(line.url()).isEqualTo("https://help.example.org/talk?to=someone");
            assertThat(line.phone()).isNull();
            assertThat(line.description()).isEqualTo("When you want to talk.");
        });
        assertThat(helpLines.list().getLast().name()).isEqualTo(name);
        long id = added.getFirst().id();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'HELP_LINE_ADDED' AND details = ?")
                .param(name).query(Long.class).single()).isOne();

        SystemTask.runAs(() -> helpLines.delete(id), Roles.ADMIN);

        assertThat(named(name)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'HELP_LINE_REMOVED' AND record_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isOne();
    }

    @Test
    @Transactional
    void an_administrator_can_change_a_help_line() {
        String name = TestAccounts.uniqueName("Helpline");
        saveAsAdmin(name, "0800 000 000", null);
        long id = named(name).getFirst().id();

        SystemTask.runAs(() -> helpLines.save(id, name + " changed", " +44 (0)20 7946-0000 ", null, "Any time."),
                Roles.ADMIN);

        assertThat(named(name + " changed")).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(id);
            assertThat(line.phone()).isEqualTo("+44 (0)20 7946-0000");
            assertThat(line.description()).isEqualTo("Any time.");
        });
    }

    @Test
    void a_web_address_must_be_https() {
        String name = TestAccounts.uniqueName("Bad");

        refusedWith("help.error.url", () -> saveAsAdmin(name, null, "javascript:alert(1)"));
        refusedWith("help.error.url", () -> saveAsAdmin(name, null, "http://help.example.org"));
        refusedWith("help.error.url", () -> saveAsAdmin(name, null, "https://help.example.org/\"><script>"));
        assertThat(named(name)).isEmpty();
    }

    @Test
    void a_phone_number_has_only_digits_and_phone_signs() {
        String name = TestAccounts.uniqueName("Bad");

        refusedWith("help.error.phone", () -> saveAsAdmin(name, "0800 CALL NOW", null));
        refusedWith("help.error.phone", () -> saveAsAdmin(name, "12", null));
        assertThat(named(name)).isEmpty();
    }

    @Test
    void a_help_line_needs_a_name_a_description_and_a_way_to_reach_it() {
        refusedWith("help.error.contact", () -> saveAsAdmin(TestAccounts.uniqueName("Bad"), "  ", ""));
        refusedWith("help.error.required", () -> saveAsAdmin("  ", "999", null));
        refusedWith("help.error.required", () -> SystemTask.runAs(
                () -> helpLines.save(null, "Name", "999", null, " "), Roles.ADMIN));
        refusedWith("help.error.tooLong", () -> saveAsAdmin("Name", "1".repeat(41), null));
    }

    @Test
    void only_administrators_change_help_lines() {
        String name = TestAccounts.uniqueName("Sneaky");
        long childline = helpLines.list().stream().filter(h -> h.name().equals("Childline")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> SystemTask.runAs(() -> helpLines.save(null, name, "999", null, "x"), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemTask.runAs(() -> helpLines.delete(childline), Roles.OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(named(name)).isEmpty();
        assertThat(named("Childline")).isNotEmpty();
    }

    @Test
    @Transactional
    void the_last_help_line_cannot_be_deleted() {
        long keep = helpLines.list().getFirst().id();
        jdbc.sql("DELETE FROM help_line WHERE id <> ?").param(keep).update();

        refusedWith("help.error.last", () -> SystemTask.runAs(() -> helpLines.delete(keep), Roles.ADMIN));
        assertThat(helpLines.list()).extracting(HelpLineView::id).containsExactly(keep);
    }
}

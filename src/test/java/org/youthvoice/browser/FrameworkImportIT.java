package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.TestAccounts;

class FrameworkImportIT extends BrowserTest {

    @Test
    void an_officer_imports_a_good_framework_file_and_sees_its_priorities() throws Exception {
        String code = "YV" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String yaml = """
                frameworks:
                  - code: %1$s
                    title: Youth Offer %1$s
                    priorities:
                      - code: %1$s.PLAY
                        title: Places to go and things to do
                        outcomes:
                          - {code: %1$s.PLAY.1, title: Young people have safe, free places to meet}
                """.formatted(code);
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("frameworks");
        assertThat(page.getByText("CP-2022", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertAccessible();

        upload(code + ".yaml", yaml);
        assertThat(page.getByText("Import finished: 1 new")).isVisible();
        page.getByText(code, new Page.GetByTextOptions().setExact(true)).click();
        settle();
        assertThat(page.getByText("Places to go and things to do")).isVisible();
        assertThat(page.getByText("Young people have safe, free places to meet")).isVisible();
        assertAccessible();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export " + code)).click());
        String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(exported).contains("code: " + code + ".PLAY.1")
                .contains("Young people have safe, free places to meet");
    }

    @Test
    void a_bad_framework_file_is_refused_whole_with_line_numbers_and_changes_nothing() {
        String code = "YV" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String yaml = """
                frameworks:
                  - code: %1$s
                    title: Good part
                  - code: %1$sB
                    titel: Spelt wrong
                    priorities:
                      - code: OTHER.1
                        title: Wrong prefix
                """.formatted(code);
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.OFFICER), TestAccounts.PASSWORD);
        open("frameworks");
        upload("bad.yaml", yaml);
        assertThat(page.getByText("Nothing was imported")).isVisible();
        assertThat(page.getByText("Line 5: Unknown field \"titel\"", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Line 7: The code \"OTHER.1\" must start with", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertAccessible();
        open("frameworks");
        assertThat(page.getByText(code, new Page.GetByTextOptions().setExact(true))).hasCount(0);
    }

    @Test
    void a_viewer_reads_frameworks_but_cannot_import() {
        onDesktop();
        logIn(TestAccounts.staff(accounts, Roles.VIEWER), TestAccounts.PASSWORD);
        open("frameworks");
        assertThat(page.getByText("CP-2022", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Import a framework file"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Export all frameworks"))).isVisible();
        assertAccessible();
    }

    private void upload(String name, String content) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Import a framework file")).click());
        chooser.setFiles(new FilePayload(name, "application/yaml", content.getBytes(StandardCharsets.UTF_8)));
        settle();
    }
}

package org.youthvoice.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.people.AccountService;

/**
 * Drives the real app (production frontend bundle, real MariaDB, random port) in Chromium the way people use it:
 * young people on a phone, staff on a desktop. Every page a test visits gets an axe scan at WCAG 2.2 AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(BrowserTest.ScreenshotOnFailure.class)
abstract class BrowserTest {

    /** Keeps a picture of the page a failed test ended on, in target/screenshots. */
    static class ScreenshotOnFailure implements org.junit.jupiter.api.extension.TestWatcher {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                    .map(test -> test.page).ifPresent(page -> {
                        try {
                            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target",
                                    "screenshots", context.getRequiredTestClass().getSimpleName() + "-"
                                            + context.getRequiredTestMethod().getName() + ".png")));
                        } catch (RuntimeException ignored) {
                            // the page may already be closed
                        }
                    });
        }
    }

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    org.youthvoice.safeguarding.ScreeningLists screeningLists;

    private static BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
            // Where Playwright may not download browsers, use the system's Chromium; empty means Playwright's own.
            String executable = System.getProperty("playwright.chromium", "/usr/bin/chromium");
            if (!executable.isBlank()) {
                options.setExecutablePath(Path.of(executable));
            }
            browser = playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    @AfterAll
    static void closeBrowser() {
        otherWindows.forEach(BrowserContext::close);
        otherWindows.clear();
        if (context != null) {
            context.close();
            context = null;
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Closes the previous test's browser context; the last one closes with the browser. */
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static final List<BrowserContext> otherWindows = new java.util.ArrayList<>();

    /**
     * A second browser, with its own cookies, that stays open while the test switches between phones and desktops
     * (a meeting room's projector, say). Closed with the browser.
     */
    Page anotherDesktop() {
        var other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB")
                .setBaseURL("http://localhost:" + port + "/"));
        other.setDefaultTimeout(15_000);
        otherWindows.add(other);
        return other.newPage();
    }

    /** A young person's phone: 390x844, touch. */
    Page onPhone() {
        return newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(3)
                .setIsMobile(true).setHasTouch(true));
    }

    /** The smallest phone we design for: 320 px wide, touch. */
    Page onSmallPhone() {
        return newPage(new Browser.NewContextOptions().setViewportSize(320, 640).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
    }

    /**
     * A phone with script switched off: every young person's page must still work. Playwright cannot run anything
     * in such a page (its evaluate waits for ever), so {@link #settle()} and {@link #assertAccessible()} do nothing
     * there: the same pages are scanned with script on by the tests that visit them.
     */
    Page onPhoneWithoutScript() {
        var phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(3)
                .setIsMobile(true).setHasTouch(true).setJavaScriptEnabled(false));
        scriptOff = true;
        return phone;
    }

    /** A new tab on the same device (same cookies): a shared phone handed to the next child. */
    Page anotherTabOnThisDevice() {
        page.close();
        page = context.newPage();
        page.onPageError(error -> pageProblems.add("script error: " + error));
        return page;
    }

    /** The phone loses its signal (or gets it back). */
    void setOffline(boolean offline) {
        context.setOffline(offline);
    }

    /** Whether the page in use has script switched off: axe cannot run in it, so a copy of it is scanned. */
    private boolean scriptOff;

    /** An officer's desktop. */
    Page onDesktop() {
        return newPage(new Browser.NewContextOptions().setViewportSize(1366, 900));
    }

    /** An officer's laptop, the smallest desktop staff screens are made for: 1366x768. */
    Page onLaptop() {
        return newPage(new Browser.NewContextOptions().setViewportSize(1366, 768));
    }

    private Page newPage(Browser.NewContextOptions options) {
        closeContext();
        scriptOff = false;
        context = browser.newContext(options.setLocale("en-GB").setBaseURL("http://localhost:" + port + "/"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        // A script error or a missing bundle file leaves a page half-drawn though its text is there: catch both.
        page.onPageError(error -> pageProblems.add("script error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && response.url().contains("/VAADIN/")) {
                pageProblems.add(response.status() + " for " + response.url());
            }
        });
        return page;
    }

    final java.util.List<String> pageProblems = new java.util.concurrent.CopyOnWriteArrayList<>();

    void open(String path) {
        page.navigate(path);
        settle();
    }

    /**
     * Waits for screening's first build after the application started (seconds, or a minute on a loaded machine):
     * approving a quote screens its words first, and a test right after a start would otherwise time out on it.
     */
    void screeningBuilt() {
        screeningLists.screening();
    }

    /** Waits until Vaadin has finished talking to the server. */
    void settle() {
        if (scriptOff) {
            page.waitForLoadState();
            return;
        }
        // A young person's page is settled when no page its script fetched is still on the way.
        page.waitForFunction("() => (document.querySelector('meta[name=yv-static-page]')"
                + " && !document.documentElement.hasAttribute('aria-busy')) || (window.Vaadin"
                + " && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
    }

    /**
     * Taps a button that sends a young person's form and waits for what comes next: with script, the page the script
     * shows in place; without, the page the browser loads.
     */
    void submitWith(com.microsoft.playwright.Locator button) {
        if (scriptOff) {
            page.waitForNavigation(button::tap);
        } else {
            button.tap();
        }
        settle();
    }

    /**
     * Picks an option from the list that is open now and waits until the list has closed, so that the next list
     * opened (perhaps with the same options) is the only one on the page.
     */
    void pickOption(String name) {
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);
    }

    void logIn(String username, String secret) {
        open("login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password or secret code").fill(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }

    void logOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        page.waitForURL(Pattern.compile(".*/(login)?(\\?.*)?$"));
    }

    void assertHeading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true))).isVisible();
    }

    /** Fails on any WCAG 2.2 AA violation on the page as it is now. */
    void assertAccessible() {
        if (scriptOff) {
            assertAccessibleWithoutScript();
            return;
        }
        settle();
        assertThat(pageProblems).as("problems loading " + page.url()).isEmpty();
        waitForAnimations();
        AxeResults first = scan();
        AxeResults results = first;
        if (!first.getViolations().isEmpty()) {
            // A notification can start to fade out while the scan runs, and is then measured half-way through its
            // animation. Look again once it has gone: a real violation is still there.
            page.waitForTimeout(1500);
            waitForAnimations();
            results = scan();
        }
        var violations = results.getViolations();
        assertThat(violations).as(() -> describe(violations)).isEmpty();
        assertFitsWidth();
    }

    /**
     * Axe is a script and never finishes in a page whose script is off: there, the page as it is now is copied into
     * a page of the same size that runs script but loads nothing (so the page's own script changes nothing), and that
     * copy is scanned.
     */
    private AxeResults scan() {
        return new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
    }

    /**
     * Axe is a script, and Playwright can run nothing in a page whose script is off (it waits for ever): there, the
     * page as it is now is copied into a page of the same size that runs script but loads nothing (so the page's own
     * script changes nothing; young people's styles are inline), and that copy is scanned and measured.
     */
    private void assertAccessibleWithoutScript() {
        page.waitForLoadState();
        assertThat(pageProblems).as("problems loading " + page.url()).isEmpty();
        String html = page.content();
        var size = page.viewportSize();
        var copy = browser.newContext(new Browser.NewContextOptions().setViewportSize(size.width, size.height)
                .setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
        try {
            var scanned = copy.newPage();
            scanned.route("**/*", com.microsoft.playwright.Route::abort);
            scanned.setContent(html);
            var violations = new AxeBuilder(scanned).withTags(WCAG_22_AA).analyze().getViolations();
            assertThat(violations).as(() -> describe(violations)).isEmpty();
            int width = ((Number) scanned.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("page width of " + page.url() + " on a " + size.width + " px screen, script off")
                    .isLessThanOrEqualTo(size.width);
        } finally {
            copy.close();
        }
    }

    /**
     * WCAG 1.4.10 (reflow), which axe does not check: a young person's page never scrolls sideways, whatever the
     * phone. Staff screens are desktop first and are left out.
     */
    void assertFitsWidth() {
        if (page.locator("meta[name=yv-static-page]").count() == 0) {
            return;
        }
        int viewport = page.viewportSize().width;
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(width).as("page width of " + page.url() + " on a " + viewport + " px screen")
                .isLessThanOrEqualTo(viewport);
    }

    /** Overlays fade in and out: measuring contrast half-way through an animation gives false failures. */
    private void waitForAnimations() {
        page.waitForFunction("""
                () => {
                  const busy = root => root.querySelector('[opening], [closing]')
                      || [...root.querySelectorAll('*')].some(e => e.shadowRoot && busy(e.shadowRoot));
                  return !busy(document) && document.getAnimations().every(a => a.playState !== 'running');
                }""");
    }

    private String describe(List<Rule> violations) {
        return "Accessibility violations on " + page.url() + ":\n" + violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + "\n" + v.getNodes().stream()
                        .map(n -> "    " + n.getTarget() + " " + n.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}

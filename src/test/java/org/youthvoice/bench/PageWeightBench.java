package org.youthvoice.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.youthvoice.people.AccountService;
import org.youthvoice.testing.TestAccounts;

/**
 * Prints what a browser downloads (compressed bytes over the wire, empty cache) for the login page and for a young
 * member's home, on a phone. Run with {@code ./mvnw verify -Pbench}; figures only, no pass/fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageWeightBench {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void print_page_weights() {
        var member = TestAccounts.member(accounts);
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var options = new BrowserType.LaunchOptions().setArgs(List.of("--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"));
            String executable = System.getProperty("playwright.chromium", "/usr/bin/chromium");
            if (!executable.isBlank()) {
                options.setExecutablePath(Path.of(executable));
            }
            Browser browser = playwright.chromium().launch(options);
            var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                    .setIsMobile(true).setHasTouch(true).setBaseURL("http://localhost:" + port + "/"));
            Page page = context.newPage();
            var cdp = context.newCDPSession(page);
            var noCache = new JsonObject();
            noCache.addProperty("cacheDisabled", true);
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", noCache);

            var bytes = new AtomicLong();
            var requests = new AtomicInteger();
            page.onRequestFinished(r -> count(r, bytes, requests));

            page.navigate("login");
            page.getByLabel("Username").waitFor();
            page.waitForTimeout(1000);
            report("login page", bytes, requests);

            page.getByLabel("Username").fill(member.username());
            page.getByLabel("Password or secret code").fill(member.secret());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL("**/me");
            page.waitForTimeout(1000);
            bytes.set(0);
            requests.set(0);
            page.navigate("me");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My surveys")).waitFor();
            page.waitForTimeout(1000);
            report("young member home (fresh load, empty cache)", bytes, requests);
            browser.close();
        }
    }

    private static void count(Request request, AtomicLong bytes, AtomicInteger requests) {
        var sizes = request.sizes();
        bytes.addAndGet(Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize));
        requests.incrementAndGet();
    }

    private static void report(String what, AtomicLong bytes, AtomicInteger requests) {
        System.out.printf("BENCH page-weight %-45s %7.1f KB over the wire in %d requests%n", what,
                bytes.get() / 1024.0, requests.get());
    }
}

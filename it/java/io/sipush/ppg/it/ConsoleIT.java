package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.PushApplicationId;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The PPG console in headless Chromium against the real server: the operator logs in, finds a
 * push a PI just submitted over PAP and watches it go from pending to delivered, and manages a PI
 * account. Screenshots are kept in {@code target/console-it/}.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {
    @Deployment(testable = false)
    @TargetsContainer("admin")
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final Path ARTIFACTS = Path.of(System.getProperty("basedir", "."), "target", "console-it");
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.headlessChromium(Files.createTempDirectory("ppg-console-it-profile"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String consoleUrl() {
        return papUri().resolve("/ppg/console/").toString();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private void logIn(String password) {
        browser.get(consoleUrl());
        WebElement user = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
        user.clear();
        user.sendKeys("admin");
        browser.findElement(By.id("login-password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void logInAsAdmin() {
        logIn(ArquillianPpg.ADMIN_PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("counters")));
    }

    private By stateOf(String pushId) {
        return By.cssSelector("tr.push-row[data-push-id='" + pushId + "'] .state");
    }

    @Test
    void operator_finds_a_pushed_message_and_sees_it_change_from_pending_to_delivered() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(62), ArquillianPpg.ADMIN.registrar())) {
            String pushId = "console-" + UUID.randomUUID();
            PapClient.Reply reply = pi().push(
                            FirstPushIT.push(pushId, "WAPPUSH=sip%3Aoperator-view%40ims.example.org/TYPE=USER"),
                            "application/vnd.syncml.notification",
                            new byte[] {7},
                            PushApplicationId.parse("syncml.dm"),
                            false);
            assertThat(reply.httpStatus()).isEqualTo(202);
            logInAsAdmin();

            browser.findElement(By.id("search-push-id")).sendKeys(pushId);
            browser.findElement(By.id("search-submit")).click();
            waiting().until(ExpectedConditions.textToBe(stateOf(pushId), "pending"));
            // The list refreshes itself and may replace the row between finding and clicking it.
            waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
                driver.findElement(By.cssSelector("tr.push-row[data-push-id='" + pushId + "']"))
                        .click();
                return true;
            });
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-push-id"), pushId));
            String pendingDetail = browser.findElement(By.id("push-detail")).getText();

            terminal.register("sip:operator-view@ims.example.org", 600, "syncml.dm");
            assertThat(terminal.nextMessage(30)).as("MESSAGE at the terminal").isNotNull();
            waiting().until(ExpectedConditions.textToBe(stateOf(pushId), "delivered"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("push-detail"), "200"));
            Browser.screenshot(browser, ARTIFACTS.resolve("console.png"));

            assertThat(pendingDetail).contains("sip:operator-view@ims.example.org", "accepted", "pending");
            assertThat(browser.findElement(By.id("push-detail")).getText())
                    .contains("delivered", "attempt 1", "terminal registered");
            waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("counter-delivered"), "0")));
            assertThat(Long.parseLong(
                            browser.findElement(By.id("counter-accepted")).getText()))
                    .isPositive();
        }
    }

    @Test
    void operator_creates_a_pi_account_and_disables_it() throws Exception {
        logInAsAdmin();
        browser.findElement(By.id("tab-accounts")).click();
        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tr.account-row[data-name='" + ArquillianPpg.ADMIN_PI_NAME + "']")));

        browser.findElement(By.id("account-name")).sendKeys("made-in-console");
        browser.findElement(By.id("account-generate")).click();
        browser.findElement(By.id("account-apps")).sendKeys("syncml.dm");
        browser.findElement(By.id("account-create")).click();
        By row = By.cssSelector("tr.account-row[data-name='made-in-console']");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(row, "enabled"));
        // The console redraws the table every few seconds: find the row again if it was redrawn.
        waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(row).findElement(By.className("toggle-account")).click();
            return true;
        });
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(row, "disabled"));
        Browser.screenshot(browser, ARTIFACTS.resolve("accounts.png"));

        AdminClient.Reply stored = admin().get("push-initiators/made-in-console");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).contains("\"enabled\":false", "\"allowedApplicationIds\":[\"syncml.dm\"]");
        assertThat(browser.findElement(row).getText()).contains("apps syncml.dm");
    }

    @Test
    void wrong_password_keeps_the_console_closed() {
        logIn("not-the-admin-password");

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("Wrong user name or password");
        assertThat(browser.findElement(By.id("console")).isDisplayed()).isFalse();
    }

    @Test
    void console_page_is_static_and_carries_no_credentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String file : new String[] {"", "console.js", "console.css"}) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(java.net.URI.create(consoleUrl() + file))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).as(file).isEqualTo(200);
            assertThat(page.body()).doesNotContain(ArquillianPpg.ADMIN_PASSWORD);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        }
    }

    private PapClient pi() {
        return ArquillianPpg.ADMIN.pi(ppg);
    }

    private AdminClient admin() {
        return new AdminClient(papUri(), "admin", ArquillianPpg.ADMIN_PASSWORD);
    }

    private URI papUri() {
        return ArquillianPpg.papUri(ppg);
    }
}

package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless, for the page tests: it signs in,
 * fills forms, checks every page against axe-core's WCAG 2.2 AA rules and saves screenshots under
 * {@code target/screenshots}.
 *
 * <p>Where the browser is not installed the page tests are skipped, unless it is required (as {@code .ci/run}, which
 * installs it, makes it), so a missing browser fails rather than passing unseen.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JUDGEMENT_SUPPORT_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("JUDGEMENT_SUPPORT_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The WCAG 2.2 AA rules axe-core tags, levels A and AA of each version. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser with no cookies, for the service at that port. */
    public static Browser open(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps trying hosts this machine's closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--window-size=1280,1024", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** The path (and query) of the page shown. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public Browser type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks the element. A submit button sends its form, and the next page may not have replaced this one when the
     * click returns (on a busy machine it often has not): so after one, this waits until the page it was on has gone,
     * for up to 10 s, and carries on either way, since not every submit leaves the page.
     */
    public Browser click(String cssSelector) {
        WebElement target = find(cssSelector);
        boolean submits = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].type === 'submit' && arguments[0].form !== null", target));
        WebElement page = find("html");
        target.click();
        if (submits) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            } catch (TimeoutException stayedOnThePage) {
                // A submit handled on the page itself.
            }
        }
        return this;
    }

    /** The page's main heading. */
    public String heading() {
        return find("h1").getText();
    }

    /** Each message of the GOV.UK error summary, with the id of the field it links to. */
    public Map<String, String> errorSummary() {
        return findAll(".govuk-error-summary__list a").stream()
                .collect(Collectors.toMap(link -> link.getAttribute("href").replaceFirst("^[^#]*#", ""), WebElement::getText,
                        (first, second) -> first, java.util.LinkedHashMap::new));
    }

    public Browser signIn(String username, String password) {
        go("/sign-in").type("username", username).type("password", password);
        return click("form[action$='/sign-in'] button[type=submit]");
    }

    /** Fails, listing each rule broken with the elements that break it, unless the page meets WCAG 2.2 AA as axe-core checks it. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> "WCAG 2.2 AA violations on " + path() + ":\n" + violations.stream()
                .map(rule -> "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        return this;
    }

    /** Saves the whole page, not just the window, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).longValue();
            Map<String, Object> capture = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", Math.max(height, 600), "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) capture.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Runs a test class only where the browser is installed, or where it is required and its absence must fail. */
    public static final class Installed implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
            }
            if (Boolean.parseBoolean(System.getenv("JUDGEMENT_SUPPORT_TEST_BROWSER_REQUIRED"))) {
                return ConditionEvaluationResult.enabled("the browser is required: the test fails without it");
            }
            return ConditionEvaluationResult.disabled("no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver, or run .ci/run");
        }
    }
}

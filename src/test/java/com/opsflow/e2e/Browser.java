package com.opsflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded browser: the
 * machines have no internet), in Traditional Chinese, with a fresh profile per browser.
 * Screenshots and the page source of every step go to {@code target/e2e/}.
 */
final class Browser implements AutoCloseable {

    static final Path OUTPUT = Path.of("target", "e2e");
    private static final String CHROMIUM = System.getProperty("opsflow.e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("opsflow.e2e.chromedriver", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            Files.createDirectories(OUTPUT);
            this.profile = Files.createTempDirectory("opsflow-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=zh-TW", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-TW,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                // the department's zone, as on its PCs: Camunda's webapps show times in the browser's zone
                .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Scrolls the element to the middle of the screen (clear of header and footer) and clicks it. */
    void click(By by) {
        // Bootstrap's dialogs slide in: a click during the animation lands on whatever is under the
        // pointer at that instant, so the click is retried until the element itself receives it.
        waitFor(d -> {
            try {
                WebElement element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return null;
                }
                driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException e) {
                return null;
            }
        });
    }

    /** Waits until the element is visible and returns it. */
    WebElement visible(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until some element matched by {@code by} shows {@code text}. */
    WebElement showing(By by, String text) {
        return waitFor(d -> d.findElements(by).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
    }

    Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    List<String> texts(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        // Angular re-renders while we look: an element found a moment ago may be gone
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Writes {@code target/e2e/<name>.png} and {@code .html}; returns the screenshot. */
    Path screenshot(String name) {
        try {
            Path png = OUTPUT.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(OUTPUT.resolve(name + ".html"), driver.getPageSource());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the screen showed when a test ended (passed or failed): {@code target/e2e/last-<test>.png}. */
    void lastScreen(org.junit.jupiter.api.TestInfo test) {
        try {
            screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        } catch (RuntimeException e) {
            // the browser may be gone already; the test's own failure is what matters
        }
    }

    /** Forgets the logged-in user (Camunda's session cookie), as when a colleague takes over the PC. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
        driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}

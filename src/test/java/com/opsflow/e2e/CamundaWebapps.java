package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a person does in Camunda's webapps, step by step, in the words they see (zh-TW). Steps
 * that the product does not offer yet live in {@link PendingScenarioSteps}.
 */
final class CamundaWebapps {

    /** OpsFlow's one sign-in page: Tasklist, Cockpit, Admin and OpsFlow's pages share it. */
    static final By USERNAME = By.id("username");
    static final By PASSWORD = By.id("password");
    static final By LOGIN_BUTTON = By.cssSelector("#login button[type='submit']");
    static final By FILTER_NAMES = By.cssSelector(".task-filters .task-filter h4.name a");

    private final Browser browser;

    CamundaWebapps(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens {@code app} (tasklist, cockpit, welcome) as an anonymous visitor, who is sent to the one
     * sign-in page {@code /login}.
     */
    void openLogin(String app) {
        browser.open("/camunda/app/" + app + "/default/");
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? true : null);
        browser.visible(USERNAME);
    }

    /** Signs in on the open sign-in page; waits until the browser has left it (back where it was going). */
    void logIn(String user, String password) {
        WebElement username = browser.visible(USERNAME);
        username.clear();
        username.sendKeys(user);
        browser.visible(PASSWORD).sendKeys(password);
        browser.visible(LOGIN_BUTTON).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    /** Signs a demo user (password = user id) in on the sign-in page itself, as OpsFlow's own pages do. */
    void signIn(String user) {
        browser.open("/login");
        logIn(user, user);
    }

    /** Logs into Tasklist as a demo user (password = user id) and waits for the saved filters. */
    void logIntoTasklist(String user) {
        browser.forgetSession();
        openLogin("tasklist");
        logIn(user, user);
        browser.visible(By.cssSelector(".task-filters"));
    }

    /** The names of the saved filters in Tasklist's left column, top to bottom. */
    List<String> filterNames() {
        browser.waitFor(d -> !browser.texts(FILTER_NAMES).isEmpty());
        // the link's own text, without the task counter of the selected filter
        return browser.driver().findElements(FILTER_NAMES).stream()
                .map(a -> (String) browser.script("return arguments[0].firstChild.textContent.trim();", a))
                .toList();
    }

    void assertLoginPageInChinese() {
        assertThat(browser.visible(By.cssSelector("label[for='username']")).getText()).isEqualTo("帳號");
        assertThat(browser.visible(By.cssSelector("label[for='password']")).getText()).isEqualTo("密碼");
        assertThat(browser.visible(LOGIN_BUTTON).getText()).isEqualTo("登入");
    }
}

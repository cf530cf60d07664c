package com.opsflow.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every Tasklist scenario opens and closes: a headless Chromium on the running application,
 * the Camunda webapps' sign-in and the Tasklist steps; the last screen of each test is kept under
 * {@code target/e2e/} (see docs/e2e.md).
 */
abstract class TasklistBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    CamundaWebapps webapps;
    TasklistSteps tasklist;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        webapps = new CamundaWebapps(browser);
        tasklist = new TasklistSteps(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.lastScreen(test);
        browser.close();
    }
}

package com.opsflow.e2e;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every Tasklist and Cockpit scenario opens and closes: a headless Chromium on the running
 * application, the Camunda webapps' sign-in, the Tasklist and the Cockpit steps; the last screen of
 * each test is kept under {@code target/e2e/} (see docs/e2e.md), and the engine clock a scenario
 * moved to drive deadlines runs again. A subclass's own {@code @BeforeEach} runs after the browser
 * opened, its {@code @AfterEach} before it closes.
 */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    CamundaWebapps webapps;
    TasklistSteps tasklist;
    CockpitSteps cockpit;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        webapps = new CamundaWebapps(browser);
        tasklist = new TasklistSteps(browser);
        cockpit = new CockpitSteps(browser, webapps);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        ClockUtil.reset();
        browser.lastScreen(test);
        browser.close();
    }
}

package com.opsflow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a manager does in Cockpit: find a process and see where its running instances wait; decide
 * in 待我審批 on the dashboard; read an order's timeline.
 */
final class CockpitSteps {

    private final Browser browser;
    private final CamundaWebapps webapps;

    CockpitSteps(Browser browser, CamundaWebapps webapps) {
        this.browser = browser;
        this.webapps = webapps;
    }

    void logIn(String user) {
        browser.forgetSession();
        webapps.openLogin("cockpit");
        webapps.logIn(user, user);
        // Cockpit has started (its header is drawn) before the person goes anywhere else in it
        browser.visible(By.cssSelector("[cam-widget-header] .navbar-header"));
    }

    /**
     * Opens a page of Cockpit and waits for {@code target}. On a loaded machine Cockpit's start can
     * stall on its spinner; a person would press F5, and so does this step, once.
     */
    WebElement open(String hashPath, By target) {
        browser.open("/camunda/app/cockpit/default/" + hashPath);
        try {
            return browser.visible(target);
        } catch (org.openqa.selenium.TimeoutException stillLoading) {
            browser.driver().navigate().refresh();
            return browser.visible(target);
        }
    }

    /** The row of the process in Cockpit's process list (name, running instances, ...). */
    WebElement processRow(String processName) {
        return open("#/processes", By.xpath("//table//tr[.//a[normalize-space()='" + processName + "']]"));
    }

    /** Opens the process and returns the number on the diagram's badge of the activity where instances wait. */
    String runningInstancesAt(String processName, String activityId) {
        processRow(processName).findElement(By.xpath(".//a[normalize-space()='" + processName + "']")).click();
        return browser.waitFor(d -> d.findElements(By.cssSelector(
                        ".djs-overlays[data-container-id='" + activityId + "'] .badge.instance-count")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).findFirst()
                .orElse(null));
    }

    /** Opens the dashboard and waits for 待我審批 to be drawn (its count badge). */
    WebElement openMyDecisions() {
        return open("#/dashboard", By.cssSelector(".opsflow-decisions .opsflow-count"));
    }

    /** The row of 待我審批 that shows every one of {@code texts} (applicant's name, reason …). */
    WebElement decisionRow(String... texts) {
        return browser.waitFor(d -> d.findElements(By.cssSelector(".opsflow-decisions tbody tr")).stream()
                .filter(r -> r.isDisplayed() && java.util.Arrays.stream(texts).allMatch(r.getText()::contains))
                .findFirst().orElse(null));
    }

    /** Writes the comment (may be empty) into the row and clicks the decision's button, e.g. 核准 or 駁回. */
    void decide(WebElement row, String comment, String button) {
        WebElement box = row.findElement(By.cssSelector("textarea.opsflow-comment"));
        box.clear();
        if (!comment.isEmpty()) {
            box.sendKeys(comment);
        }
        WebElement action = row.findElement(By.xpath(".//button[normalize-space()='" + button + "']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", action);
        action.click();
    }

    /** The message 待我審批 shows after a decision was sent (「已送出：…」). */
    String decisionNotice() {
        return browser.visible(By.cssSelector(".opsflow-decisions .opsflow-notice")).getText();
    }

    /** The refusal shown in the row. */
    String rowRefusal(WebElement row) {
        return browser.waitFor(d -> {
            String text = row.findElement(By.cssSelector(".opsflow-row-message.opsflow-error")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Opens OpsFlow's 工單時間軸 page for an order and returns the timeline's rows as text. */
    java.util.List<String> orderTimeline(String orderNo) {
        open("#/opsflow/orders?orderNo=" + orderNo, By.cssSelector(".opsflow-timeline tbody tr"));
        return browser.texts(By.cssSelector(".opsflow-timeline tbody tr"));
    }
}

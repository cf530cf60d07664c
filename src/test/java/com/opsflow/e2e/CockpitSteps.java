package com.opsflow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a manager does in Cockpit: find a process and see where its running instances wait. */
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
    }

    /** The row of the process in Cockpit's process list (name, running instances, ...). */
    WebElement processRow(String processName) {
        browser.open("/camunda/app/cockpit/default/#/processes");
        return browser.waitFor(d -> d.findElements(By.xpath("//table//tr[.//a[normalize-space()='" + processName + "']]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Opens the process and returns the number on the diagram's badge of the activity where instances wait. */
    String runningInstancesAt(String processName, String activityId) {
        processRow(processName).findElement(By.xpath(".//a[normalize-space()='" + processName + "']")).click();
        return browser.waitFor(d -> d.findElements(By.cssSelector(
                        ".djs-overlays[data-container-id='" + activityId + "'] .badge.instance-count")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).findFirst()
                .orElse(null));
    }
}

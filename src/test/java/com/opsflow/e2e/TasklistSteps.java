package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Tasklist steps of the issue-7 scenarios, by what a person clicks and reads (zh-TW labels):
 * start a process with its start form, pick a task, claim it, fill the Camunda Form, complete it.
 * Process-agnostic on purpose: {@link RehearsalE2ETest} proves them on a stand-in process today,
 * and the work-order and leave scenarios reuse them (see docs/e2e.md).
 */
final class TasklistSteps {

    private final Browser browser;

    TasklistSteps(Browser browser) {
        this.browser = browser;
    }

    /** Header "啟動流程" → the process by its Chinese name → fill the start form → "啟動". */
    void startProcess(String processName, Map<String, String> fieldsByLabel) {
        openStartForm(processName);
        fill(fieldsByLabel);
        submitStartForm();
    }

    /** Header "啟動流程" → the process by its Chinese name; the start form is open. */
    void openStartForm(String processName) {
        browser.click(By.xpath("//a[contains(normalize-space(), '啟動流程')]"));
        By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
        browser.click(process);
        // a click while the dialog still slides in may be lost: while the list still offers the
        // process (it gives way to the form once chosen), it is clicked again
        browser.waitFor(d -> {
            if (d.findElements(By.cssSelector(".modal .fjs-form")).stream().anyMatch(WebElement::isDisplayed)) {
                return true;
            }
            for (WebElement link : d.findElements(process)) {
                try {
                    if (link.isDisplayed()) {
                        link.click();
                        break;
                    }
                } catch (org.openqa.selenium.WebDriverException e) {
                    // redrawn or covered: the next look tries again
                }
            }
            return null;
        });
    }

    /** "啟動" under the start form; waits for Tasklist's 「流程已啟動。」. */
    void submitStartForm() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='啟動']"));
        notification("流程已啟動。");
    }

    /** Clicks a saved filter in the left column. */
    void openFilter(String filterName) {
        browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4//a[contains(normalize-space(), '"
                + filterName + "')]"));
    }

    /** The task's entry in the list (its name, process, variables, created/due dates as shown). */
    WebElement taskInList(String... texts) {
        return browser.waitFor(d -> {
            for (WebElement item : d.findElements(By.xpath("//ol[contains(@class,'tasks-list')]/li"))) {
                String shown = item.getText();
                if (item.isDisplayed() && java.util.Arrays.stream(texts).allMatch(shown::contains)) {
                    return item;
                }
            }
            return null;
        });
    }

    /** Opens the task from the list (the entry showing all {@code texts}) and waits for its form. */
    void openTask(String taskName, String... moreTexts) {
        String[] texts = java.util.stream.Stream.concat(java.util.stream.Stream.of(taskName),
                java.util.Arrays.stream(moreTexts)).toArray(String[]::new);
        // the list refreshes itself (filters have refresh on): an entry found a moment ago may be redrawn
        browser.waitFor(d -> {
            try {
                taskInList(texts).findElement(By.cssSelector("h4.task a")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementClickInterceptedException e) {
                return null;
            }
        });
        browser.showing(By.cssSelector("h2"), taskName);
        browser.visible(By.cssSelector(".fjs-form"));
    }

    /** Clicks "認領" and waits until the task header names the person as 處理人 (assignee). */
    void claim(String assigneeAsShown) {
        browser.click(By.xpath("//button[normalize-space()='認領']"));
        assertThat(assignee()).isEqualTo(assigneeAsShown);
    }

    /** The 處理人 (assignee) shown in the open task's header. */
    String assignee() {
        return browser.visible(By.xpath("//span[@uib-tooltip='處理人']/following-sibling::span[normalize-space()]"))
                .getText().trim();
    }

    /** The current value of a form field, found by its label as the person reads it. */
    String fieldValue(String label) {
        return field(label).getAttribute("value");
    }

    void fill(Map<String, String> fieldsByLabel) {
        fieldsByLabel.forEach((label, value) -> browser.waitFor(d -> {
            try {
                // form-js may redraw a field while it is typed into (a dropdown closing, a validation)
                WebElement input = field(label);
                input.clear();
                input.sendKeys(value);
                return value.equals(input.getAttribute("value")) ? true : null;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        }));
    }

    /** A form-js dropdown (select): opens it by its label and picks the option by the text shown. */
    void choose(String label, String option) {
        openDropdown(label);
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"));
    }

    /**
     * Opens a form-js dropdown and returns the options it offers. The labelled input is hidden; the
     * person clicks the display beside it. form-js 7.24 does not reopen a dropdown that kept the
     * focus after a choice (nor one clicked while another dropdown has it): as a person does, the
     * step then clicks into a text field of the form and opens the dropdown again.
     */
    private java.util.List<String> openDropdown(String label) {
        By display = By.id(label(label).getAttribute("for") + "-display");
        browser.click(display);
        return browser.waitFor(d -> {
            java.util.List<String> items = browser.texts(By.cssSelector(".fjs-dropdownlist-item"));
            if (items.isEmpty()) {
                d.findElements(By.cssSelector(".fjs-container input.fjs-input[type='text']:not([readonly]):not([disabled]),"
                        + " .fjs-container textarea:not([readonly]):not([disabled])")).stream()
                        .filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                browser.click(display);
                return null;
            }
            return items;
        });
    }

    /** What a form-js dropdown shows as chosen ("請選擇" when nothing is). */
    String chosen(String label) {
        return browser.visible(By.id(label(label).getAttribute("for") + "-display")).getText().trim();
    }

    /**
     * A form-js dropdown: opens it, reads the options it offers (as shown), picks {@code option};
     * returns what was offered.
     */
    java.util.List<String> chooseFrom(String label, String option) {
        java.util.List<String> offered = openDropdown(label);
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"));
        return offered;
    }

    /** A form-js radio group: clicks the option shown as {@code option} in the group labelled {@code label}. */
    void pick(String label, String option) {
        browser.click(By.xpath("//div[contains(@class,'fjs-form-field-radio')][.//label[starts-with(normalize-space(), '"
                + label + "')]]//label[normalize-space()='" + option + "']"));
    }

    /**
     * A form-js date field: types the date as the date picker shows it (yyyy-MM-dd, whatever the
     * browser's locale), leaves the field and checks that the field shows it so.
     */
    void date(String label, java.time.LocalDate date) {
        // form-js re-renders the field as its calendar opens and closes: always the element of now
        By input = By.id(label(label).getAttribute("for"));
        browser.click(input);
        browser.visible(input).sendKeys(date.toString());
        browser.visible(input).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.script("arguments[0].blur();", browser.visible(input));
        browser.waitFor(d -> date.toString().equals(d.findElement(input).getAttribute("value")) ? true : null);
    }

    /** The hint a date field shows while empty, e.g. "yyyy-mm-dd". */
    String placeholder(String label) {
        return field(label).getAttribute("placeholder");
    }

    /** Opens the calendar of a date field and returns its weekday header as shown, then closes it. */
    List<String> calendarWeekdays(String label) {
        By input = By.id(label(label).getAttribute("for"));
        browser.click(input);
        List<String> weekdays = browser.waitFor(d -> {
            List<String> shown = browser.texts(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"));
            return shown.isEmpty() ? null : shown;
        });
        // closed as a person closes it: a click beside it, on the form's text (Escape would close the dialog)
        browser.click(By.cssSelector(".fjs-container .fjs-form-field-text"));
        browser.waitFor(d -> browser.texts(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")).isEmpty()
                ? true : null);
        return weekdays;
    }

    /** The time part of a form-js date-time field: types "15:00" (24-hour) and leaves the field. */
    void time(String label, String hhmm) {
        WebElement input = field(label);
        input.click();
        input.clear();
        input.sendKeys(hhmm);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.script("arguments[0].blur();", input);
    }

    /** Clicks "完成" on the open task form (the form may refuse). */
    void clickComplete() {
        browser.click(By.xpath("//button[normalize-space()='完成']"));
    }

    /** The validation message shown under the field, e.g. when a required field is left empty. */
    String validationMessage(String label) {
        WebElement input = field(label);
        String fieldId = input.getAttribute("id");
        return browser.waitFor(d -> d.findElements(By.xpath("//*[@id='" + fieldId + "']/ancestor::div[contains(@class,"
                        + "'fjs-form-field')][1]//*[contains(@class,'fjs-form-field-error')]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).findFirst()
                .orElse(null));
    }

    /** Clicks "完成" and waits until the completed task has left the screen. */
    void complete(String taskName) {
        clickComplete();
        browser.waitFor(d -> d.findElements(By.xpath("//h2[contains(normalize-space(), '" + taskName + "')]")).stream()
                .noneMatch(WebElement::isDisplayed));
        browser.showing(By.cssSelector("body"), "請在清單中選擇一項任務。");
    }

    /** Closes the notifications shown so far (the × at their right). */
    void dismissNotifications() {
        // a notification may leave by itself while we close the others
        for (WebElement close : browser.driver().findElements(By.cssSelector(".notifications .alert button.close"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                // gone already
            }
        }
    }

    /** Waits for one of Tasklist's notifications (top right) to show the text. */
    void notification(String text) {
        browser.showing(By.cssSelector(".notifications .alert, .page-notifications .alert, [notifications-panel] .alert"),
                text);
    }

    private WebElement field(String label) {
        return browser.visible(By.id(label(label).getAttribute("for")));
    }

    private WebElement label(String label) {
        return browser.visible(By.xpath(
                "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(), '" + label + "')]"));
    }
}

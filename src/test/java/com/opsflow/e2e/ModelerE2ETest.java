package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A process owner edits the contact step of the repair order in {@code /modeler} in headless
 * Chromium: changes the task's name and documentation and the contact timer in the properties
 * panel, sees the diff, is blocked by the lint for a literal duration, deploys, and migrates the
 * running repair order, whose contact deadline (R-WO-1) keeps its due time; a new order uses the
 * new version. A process owner edits a form in the form editor (in Chinese), compares it with the
 * deployed version, exports a version and deploys. An engineer gets the 403 page. Screenshots for
 * docs/process-owners.md.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class ModelerE2ETest extends BrowserTest {

    static final String KEY = "response-deadline";
    static final String CONTACT = "UserTask_ContactCustomer";
    static final String CONTACT_TIMER = "BoundaryEvent_ContactOverdue";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    List<String> orders = new java.util.ArrayList<>();

    @AfterEach
    void removeOrdersAndDeployments() {
        orders.forEach(id -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "modeler e2e");
            }
        });
        repositoryService.createDeploymentQuery().deploymentName("opsflow-modeler").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void anEngineerGetsTheForbiddenPage() {
        webapps.signIn("eng-east-1");
        browser.open("/modeler");
        browser.showing(By.tagName("body"), "沒有權限");
        browser.showing(By.tagName("body"), "流程設計器僅供流程負責人使用");
        browser.screenshot("modeler-04-engineer-403");
    }

    /** A repair order dispatched to eng-east-1: its contact step is a response-deadline instance. */
    ProcessInstance repairOrder() {
        Map<String, Object> order = new HashMap<>(Map.of("type", "REPAIR", "customerName", "陳大文",
                "customerPhone", "13800138000", "address", "東區幸福路 1 號", "station", "east", "channel", "PHONE",
                "description", "無法上網", "engineer", "eng-east-1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> created = rest.withBasicAuth("cs-1", "cs-1").postForObject("/api/work-orders", order, Map.class);
        String root = (String) created.get("processInstanceId");
        orders.add(root);
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).singleResult();
    }

    Date contactDue(String instance) {
        return managementService.createJobQuery().processInstanceId(instance).activityId(CONTACT_TIMER).singleResult()
                .getDuedate();
    }

    /** Selects an element as a click on it does (the palette may cover it on a small screen). */
    void select(String elementId) {
        browser.script("const m = window.opsflowModeler; const e = m.get('elementRegistry').get(arguments[0]);"
                + " m.get('canvas').scrollToElement(e); m.get('selection').select(e);", elementId);
        browser.waitFor(d -> elementId.equals(browser.script(
                "const s = window.opsflowModeler.get('selection').get(); return s.length ? s[0].id : null;")) ? true : null);
    }

    /** Opens a properties panel group when it is closed. */
    void group(String groupId) {
        WebElement header = browser.visible(By.cssSelector("[data-group-id='" + groupId + "'] .bio-properties-panel-group-header"));
        if (!header.getAttribute("class").contains("open")) {
            browser.click(By.cssSelector("[data-group-id='" + groupId + "'] .bio-properties-panel-group-header"));
        }
    }

    void type(String entryId, String value) {
        WebElement field = browser.visible(By.cssSelector("[data-entry-id='" + entryId + "'] input, [data-entry-id='"
                + entryId + "'] textarea, [data-entry-id='" + entryId + "'] [contenteditable='true']"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
        // the panel writes to the model after a short debounce
        sleep(600);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aProcessOwnerEditsDeploysAndMigratesARunningRepairOrder_R_WO_1() {
        ProcessInstance running = repairOrder();
        String oldDefinition = running.getProcessDefinitionId();
        Date due = contactDue(running.getId());

        webapps.signIn("owner-1");
        browser.open("/modeler");
        browser.waitFor(d -> "true".equals(browser.script("return document.body.dataset.ready")) ? true : null);
        browser.showing(By.cssSelector("#process-list li[data-key='" + KEY + "']"), "執行中");
        browser.screenshot("modeler-01-process-list");

        browser.click(By.cssSelector("#process-list li[data-key='" + KEY + "'] .open-latest"));
        browser.visible(By.cssSelector("g.djs-element[data-element-id='" + CONTACT + "']"));

        // the task's name and documentation
        select(CONTACT);
        group("group-general");
        type("name", "電話聯系用戶並約定上門時間");
        group("group-documentation");
        type("documentation", "R-WO-1：聯系時限 (contactDue) 前以電話聯系用戶並約定上門時間；約定時間必填。");
        // the contact timer: first a literal duration, which the lint refuses
        select(CONTACT_TIMER);
        group("group-timer");
        type("timerEventDefinitionValue", "PT15M");
        browser.visible(By.id("comment")).sendKeys("聯系任務改名；聯系時限加上通知時限");
        browser.click(By.id("btn-deploy"));
        browser.showing(By.id("deploy-result"), "檢查未通過");
        browser.showing(By.cssSelector("#lint-results li.error"), "寫死");
        browser.screenshot("modeler-03-lint-blocks");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getId()).isEqualTo(oldDefinition);

        // … then a time from configuration
        select(CONTACT_TIMER);
        group("group-timer");
        type("timerEventDefinitionValue", "${deadlines.dueAfter(contactDue, deadlines.notifyOpsManager)}");
        browser.click(By.id("btn-diff"));
        browser.showing(By.id("diff-changes"), CONTACT);
        browser.showing(By.id("diff-changes"), "「聯系用戶並約定上門時間」→「電話聯系用戶並約定上門時間」");
        browser.showing(By.cssSelector("#xml-diff .add"), "deadlines.notifyOpsManager");
        browser.screenshot("modeler-02-diff");

        browser.click(By.id("btn-deploy"));
        browser.showing(By.id("deploy-result"), "已部署");
        String newDefinition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getId();
        assertThat(newDefinition).isNotEqualTo(oldDefinition);

        // a new order uses the new version
        ProcessInstance fresh = repairOrder();
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(newDefinition);

        // the running order: dry run, then the batch (the job executor is off in tests: run it here)
        browser.visible(By.id("migration-panel"));
        browser.click(By.id("btn-preview"));
        browser.showing(By.id("preview-counts"), "可遷移");
        browser.click(By.id("btn-migrate"));
        browser.showing(By.id("migration-result"), "遷移批次已開始");
        Batch batch = browser.waitFor(d -> managementService.createBatchQuery().list().stream()
                .filter(b -> b.getType().equals(Batch.TYPE_PROCESS_INSTANCE_MIGRATION)).findFirst().orElse(null));
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
            for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                managementService.executeJob(job.getId());
            }
        }
        browser.showing(By.id("migration-result"), "遷移完成");
        browser.screenshot("modeler-05-migrated");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(newDefinition);
        assertThat(contactDue(running.getId())).isEqualTo(due);
    }

    @Test
    void aProcessOwnerEditsAFormInTheChineseFormEditorComparesItExportsAVersionAndDeploysIt() {
        webapps.signIn("owner-1");
        browser.open("/modeler");
        browser.waitFor(d -> "true".equals(browser.script("return document.body.dataset.ready")) ? true : null);
        browser.click(By.id("tab-forms"));
        String form = "#form-list li[data-id='instrument-calibration']";
        browser.click(By.cssSelector(form + " .open-latest"));
        browser.visible(By.cssSelector("#form-editor .fjs-editor-container"));
        browser.showing(By.id("current-form"), "instrument-calibration");

        // the palette and the properties panel in Chinese
        browser.showing(By.cssSelector("#form-editor .fjs-palette-header"), "元件");
        assertThat(browser.texts(By.cssSelector("#form-editor .fjs-palette-group-title"))).contains("輸入", "選擇");
        assertThat(browser.texts(By.cssSelector("#form-editor .fjs-palette-field-text"))).contains("文字欄位", "數字", "核取方塊")
                .doesNotContain("Text field");
        // only what Camunda 7.24's Tasklist renders: no file picker, no document preview (FormLint)
        assertThat(browser.texts(By.cssSelector("#form-editor .fjs-palette-field-text"))).contains("動態清單", "表格")
                .doesNotContain("檔案上傳", "文件預覽", "File picker", "Document preview");
        browser.click(By.cssSelector("#form-editor .fjs-editor-container [data-id='Info_SiteName']"));
        browser.showing(By.cssSelector("#form-editor [data-group-id='group-general'] .bio-properties-panel-group-header"), "一般");
        browser.screenshot("modeler-06-form-editor");

        // a label changed: the diff against the deployed version names the field, the JSON shows it
        group("group-general");
        type("label", "監測站點");
        browser.click(By.id("btn-form-diff"));
        browser.showing(By.id("form-diff-changes"), "Info_SiteName");
        browser.showing(By.id("form-diff-changes"), "監測站點");
        browser.showing(By.cssSelector("#form-json-diff .add"), "監測站點");
        browser.showing(By.cssSelector("#form-json-diff .del"), "站點");
        browser.showing(By.id("form-result"), "檢查通過");
        browser.screenshot("modeler-07-form-diff");

        // every deployed version exports as a .form file
        browser.click(By.cssSelector(form + " .show-versions"));
        String href = browser.visible(By.cssSelector(form + " .versions .export")).getAttribute("href");
        Object disposition = browser.script("const x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status + ' ' + x.getResponseHeader('Content-Disposition');", href);
        assertThat(String.valueOf(disposition)).startsWith("200 ").contains("instrument-calibration-v").contains(".form");

        browser.visible(By.id("form-comment")).sendKeys("站點改稱監測站點");
        browser.click(By.id("btn-form-deploy"));
        browser.showing(By.id("form-result"), "已部署表單 instrument-calibration");
        browser.showing(By.cssSelector(form + " .badge"), "與儲存庫不同");
        browser.click(By.cssSelector(form + " .show-versions"));
        browser.visible(By.cssSelector(form + " .versions .version"));
        assertThat(browser.texts(By.cssSelector(form + " .versions .version"))).hasSizeGreaterThanOrEqualTo(2);
    }
}

package com.opsflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /modeler} on the real engine, as the page calls it (signed-in session, CSRF token): only
 * process owners; the process list with versions, running counts and the comparison with bpmn/;
 * a lint error blocks deployment; a changed model deploys as a new version with a new version tag;
 * a running repair order's contact step migrates to it and its contact deadline (R-WO-1) keeps
 * its due time; every deployment and migration is recorded; a version exports as a file.
 */
@OpsFlowSpringBootTest
class ModelerBootTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONTACT_TIMER = "BoundaryEvent_ContactOverdue";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    WebSession owner() throws Exception {
        WebSession owner = new WebSession(port);
        owner.signIn("owner-1", "owner-1");
        return owner;
    }

    static String[] csrf(WebSession session) throws Exception {
        JsonNode s = JSON.readTree(session.getJson("/modeler/api/session").body());
        return new String[] {s.get("csrfHeader").asText(), s.get("csrfToken").asText()};
    }

    static String body(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    @Test
    void onlyProcessOwnersOpenTheModeler() {
        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-east-1", "eng-east-1");
        HttpResponse<String> page = engineer.get("/modeler");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("流程設計器僅供流程負責人使用");
        assertThat(engineer.getJson("/modeler/api/processes").statusCode()).isEqualTo(403);

        WebSession owner = new WebSession(port);
        owner.signIn("owner-1", "owner-1");
        HttpResponse<String> ownPage = owner.get("/modeler");
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains("流程設計器");
    }

    @Test
    void theListShowsEveryProcessWithItsVersionsRunningCountsAndTheRepositoryComparison() throws Exception {
        JsonNode processes = JSON.readTree(owner().getJson("/modeler/api/processes").body());
        assertThat(processes.findValuesAsText("key")).contains("repair", "response-deadline", "leave", "appeal");
        for (JsonNode process : processes) {
            if (process.get("key").asText().equals("repair")) {
                assertThat(process.get("inRepository").asBoolean()).isTrue();
                assertThat(process.get("versions").get(0).get("versionTag").asText()).matches("\\d+\\.\\d+\\.\\d+");
                assertThat(process.get("versions").get(0).has("running")).isTrue();
            }
        }
    }

    @Test
    void aLintErrorBlocksDeploymentWithChineseReasons() throws Exception {
        WebSession owner = owner();
        String[] csrf = csrf(owner);
        long before = repositoryService.createProcessDefinitionQuery().processDefinitionKey("response-deadline").count();
        String xml = Files.readString(Path.of("bpmn/workorder/response-deadline.bpmn"))
                .replace("\"UserTask_ContactCustomer\"", "\"Activity_0x1abcd\"")
                .replace("attachedToRef=\"UserTask_ContactCustomer\"", "attachedToRef=\"Activity_0x1abcd\"")
                .replace("targetRef=\"UserTask_ContactCustomer\"", "targetRef=\"Activity_0x1abcd\"")
                .replace("sourceRef=\"UserTask_ContactCustomer\"", "sourceRef=\"Activity_0x1abcd\"");
        HttpResponse<String> lint = owner.postJson("/modeler/api/lint", body(Map.of("key", "response-deadline", "xml", xml)),
                csrf);
        assertThat(lint.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(lint.body()).get("findings").findValuesAsText("elementId")).contains("Activity_0x1abcd");

        HttpResponse<String> deploy = owner.postJson("/modeler/api/processes/response-deadline/deployments",
                body(Map.of("xml", xml, "comment", "測試")), csrf);
        assertThat(deploy.statusCode()).isEqualTo(400);
        assertThat(deploy.body()).contains("模型未通過檢查").contains("自動產生");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("response-deadline").count())
                .isEqualTo(before);
        // without a comment nothing is deployed either, and a CSRF-less post is refused
        assertThat(owner.postJson("/modeler/api/processes/response-deadline/deployments",
                body(Map.of("xml", Files.readString(Path.of("bpmn/workorder/response-deadline.bpmn")))), csrf).body())
                .contains("請填寫這次修改的說明");
        assertThat(owner.postJson("/modeler/api/processes/response-deadline/deployments",
                body(Map.of("xml", xml, "comment", "x"))).statusCode()).isEqualTo(403);
    }

    @Test
    void aRunningRepairOrderMigratesToTheNewVersionAndItsContactDeadlineKeepsItsDueTime_R_WO_1() throws Exception {
        Map<String, Object> order = new HashMap<>(Map.of("type", "REPAIR", "customerName", "陳大文",
                "customerPhone", "13800138000", "address", "東區幸福路 1 號", "station", "east", "channel", "PHONE",
                "description", "無法上網", "engineer", "eng-east-1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> created = rest.withBasicAuth("cs-1", "cs-1").postForObject("/api/work-orders", order, Map.class);
        String root = (String) created.get("processInstanceId");
        ProcessInstance contact = runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).singleResult();
        String oldDefinition = contact.getProcessDefinitionId();
        Job timer = managementService.createJobQuery().processInstanceId(contact.getId()).activityId(CONTACT_TIMER)
                .singleResult();
        Date due = timer.getDuedate();
        String deploymentId = null;
        try {
            WebSession owner = owner();
            String[] csrf = csrf(owner);
            String repository = Files.readString(Path.of("bpmn/workorder/response-deadline.bpmn"));
            java.util.regex.Matcher tag = java.util.regex.Pattern.compile("camunda:versionTag=\"(\\d+)\\.(\\d+)\\.(\\d+)\"")
                    .matcher(repository);
            assertThat(tag.find()).isTrue();
            String raisedTag = tag.group(1) + "." + tag.group(2) + "." + (Integer.parseInt(tag.group(3)) + 1);
            String changed = repository
                    .replace("name=\"聯系用戶並約定上門時間\"", "name=\"電話聯系用戶並約定上門時間\"");
            HttpResponse<String> deployed = owner.postJson("/modeler/api/processes/response-deadline/deployments",
                    body(Map.of("xml", changed, "comment", "任務名稱寫明以電話聯系")), csrf);
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            JsonNode result = JSON.readTree(deployed.body());
            deploymentId = result.get("deploymentId").asText();
            String newDefinition = result.get("definitionId").asText();
            assertThat(result.get("previousDefinitionId").asText()).isEqualTo(oldDefinition);
            // versions stay honest: a new version tag above the repository's (its patch number raised)
            assertThat(result.get("versionTag").asText()).isEqualTo(raisedTag);
            JsonNode listed = JSON.readTree(owner.getJson("/modeler/api/processes").body());
            for (JsonNode process : listed) {
                if (process.get("key").asText().equals("response-deadline")) {
                    assertThat(process.get("differsFromRepository").asBoolean()).isTrue();
                }
            }

            // dry run: the engine's plan maps the contact step and its timer; our order can move
            JsonNode preview = JSON.readTree(owner.getJson("/modeler/api/migrations/preview?source=" + oldDefinition
                    + "&target=" + newDefinition).body());
            assertThat(JSON.convertValue(preview.get("mappedActivities"), List.class))
                    .contains("UserTask_ContactCustomer", CONTACT_TIMER);
            assertThat(preview.get("total").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(preview.get("blocked").findValuesAsText("instanceId")).doesNotContain(contact.getId());

            HttpResponse<String> migrated = owner.postJson("/modeler/api/migrations", body(Map.of("source", oldDefinition,
                    "target", newDefinition, "instanceIds", List.of(contact.getId()))), csrf);
            assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(200);
            String batchId = JSON.readTree(migrated.body()).get("batchId").asText();
            runBatch(batchId);
            assertThat(JSON.readTree(owner.getJson("/modeler/api/batches/" + batchId).body()).get("done").asBoolean())
                    .isTrue();

            ProcessInstance moved = runtimeService.createProcessInstanceQuery().processInstanceId(contact.getId())
                    .singleResult();
            assertThat(moved.getProcessDefinitionId()).isEqualTo(newDefinition);
            Job after = managementService.createJobQuery().processInstanceId(contact.getId()).activityId(CONTACT_TIMER)
                    .singleResult();
            assertThat(after.getDuedate()).isEqualTo(due);
            assertThat(after.getProcessDefinitionId()).isEqualTo(newDefinition);
            // the open task moves with it (its name stays as the engineer saw it when it was created)
            assertThat(taskService.createTaskQuery().processInstanceId(contact.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(newDefinition);

            assertThat(jdbc.queryForList("select kind, actor, instances_moved, comment_text from modeler_change"
                    + " where resource_key = 'response-deadline' and target_definition_id = ?", newDefinition))
                    .extracting(r -> r.get("KIND") + " " + r.get("ACTOR") + " " + r.get("INSTANCES_MOVED") + " "
                            + r.get("COMMENT_TEXT"))
                    .containsExactlyInAnyOrder("DEPLOY owner-1 null 任務名稱寫明以電話聯系", "MIGRATE owner-1 1 null");

            // a deployed version exports as a file
            HttpResponse<String> export = owner.get("/modeler/api/definitions/" + newDefinition + "/xml?download=true");
            assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("response-deadline-v").contains(raisedTag + ".bpmn");
            assertThat(export.body()).contains("電話聯系用戶並約定上門時間").contains("camunda:versionTag=\"" + raisedTag + "\"");
        } finally {
            runtimeService.deleteProcessInstance(root, "modeler test");
            if (deploymentId != null) {
                repositoryService.deleteDeployment(deploymentId, true);
            }
        }
    }

    @Test
    void aFormDeploysAsANewVersionAndAFormWithAnotherIdIsRefused() throws Exception {
        WebSession owner = owner();
        String[] csrf = csrf(owner);
        JsonNode schema = JSON.readTree(owner.getJson("/modeler/api/forms/workorder-contact/schema").body());
        int before = formVersion(owner, "workorder-contact");
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema).put("id", "workorder-contakt");
        HttpResponse<String> refused = owner.postJson("/modeler/api/forms/workorder-contact/deployments",
                body(Map.of("schema", JSON.writeValueAsString(schema), "comment", "改 id")), csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("不可改動表單 id");
        assertThat(formVersion(owner, "workorder-contact")).isEqualTo(before);

        ((com.fasterxml.jackson.databind.node.ObjectNode) schema).put("id", "workorder-contact");
        HttpResponse<String> deployed = owner.postJson("/modeler/api/forms/workorder-contact/deployments",
                body(Map.of("schema", JSON.writeValueAsString(schema), "comment", "重新部署")), csrf);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        try {
            assertThat(formVersion(owner, "workorder-contact")).isEqualTo(before + 1);
        } finally {
            repositoryService.deleteDeployment(JSON.readTree(deployed.body()).get("deploymentId").asText(), true);
        }
    }

    @Test
    void aFormWithAFilePickerIsRefusedWithTheFieldNamedAndAnEditorsSchemaVersionIsSavedAsTasklists() throws Exception {
        WebSession owner = owner();
        String[] csrf = csrf(owner);
        com.fasterxml.jackson.databind.node.ObjectNode schema = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
                .readTree(owner.getJson("/modeler/api/forms/site-inspection/schema").body());
        int before = formVersion(owner, "site-inspection");
        // as the form-js 1.23 editor saves it: its own schemaVersion, and a file picker from its palette
        schema.put("schemaVersion", 19);
        schema.withArray("components").addObject().put("type", "filepicker").put("id", "Field_Photo").put("key", "photo")
                .put("label", "現場照片");

        HttpResponse<String> lint = owner.postJson("/modeler/api/forms/site-inspection/lint",
                body(Map.of("schema", JSON.writeValueAsString(schema))), csrf);
        assertThat(lint.statusCode()).as(lint.body()).isEqualTo(200);
        // what deployment would say: saved with Tasklist's schemaVersion, only the file picker is refused
        assertThat(JSON.readTree(lint.body()).get("findings").findValuesAsText("rule")).containsExactly("component-type");

        HttpResponse<String> refused = owner.postJson("/modeler/api/forms/site-inspection/deployments",
                body(Map.of("schema", JSON.writeValueAsString(schema), "comment", "加現場照片")), csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("findings").toString()).contains("現場照片", "檔案上傳",
                "component-type");
        assertThat(formVersion(owner, "site-inspection")).isEqualTo(before);

        schema.withArray("components").remove(schema.get("components").size() - 1);
        HttpResponse<String> deployed = owner.postJson("/modeler/api/forms/site-inspection/deployments",
                body(Map.of("schema", JSON.writeValueAsString(schema), "comment", "以新版編輯器重新儲存")), csrf);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        try {
            JsonNode saved = JSON.readTree(owner.getJson("/modeler/api/forms/site-inspection/schema").body());
            assertThat(saved.get("schemaVersion").asInt()).isEqualTo(FormLint.TASKLIST_SCHEMA_VERSION);
        } finally {
            repositoryService.deleteDeployment(JSON.readTree(deployed.body()).get("deploymentId").asText(), true);
        }
    }

    @Test
    void aFormListsItsDeployedVersionsComparesFieldByFieldAndExportsAnyVersionAsAFormFile() throws Exception {
        WebSession owner = owner();
        String[] csrf = csrf(owner);
        String repositoryFile = Files.readString(Path.of("forms/monitoring/instrument-calibration.form"));
        com.fasterxml.jackson.databind.node.ObjectNode schema = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
                .readTree(owner.getJson("/modeler/api/forms/instrument-calibration/schema").body());
        JsonNode first = form(owner, "instrument-calibration");
        assertThat(first.get("differsFromRepository").asBoolean()).isFalse();
        String firstVersionId = first.get("versions").get(0).get("id").asText();
        int before = first.get("versions").size();

        // the owner renames one field's label and adds a field: the diff names both, field by field
        for (JsonNode field : schema.get("components")) {
            if ("siteName".equals(field.path("key").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) field).put("label", "監測站點");
            }
        }
        schema.withArray("components").addObject().put("type", "textfield").put("id", "Field_Witness").put("key", "witness")
                .put("label", "見證人");
        HttpResponse<String> diff = owner.postJson("/modeler/api/forms/instrument-calibration/diff",
                body(Map.of("schema", JSON.writeValueAsString(schema))), csrf);
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        JsonNode comparison = JSON.readTree(diff.body());
        assertThat(comparison.get("baseDefinitionId").asText()).isEqualTo(firstVersionId);
        assertThat(comparison.get("changes").toString()).contains("\"kind\":\"修改\"", "\"fieldId\":\"Info_SiteName\"",
                "\"property\":\"label\"", "\"oldValue\":\"站點\"", "\"newValue\":\"監測站點\"")
                .contains("\"kind\":\"新增\"", "\"fieldId\":\"Field_Witness\"");
        assertThat(comparison.get("changes").size()).isEqualTo(2);

        HttpResponse<String> deployed = owner.postJson("/modeler/api/forms/instrument-calibration/deployments",
                body(Map.of("schema", JSON.writeValueAsString(schema), "comment", "站點改稱監測站點，加見證人")), csrf);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        try {
            JsonNode listed = form(owner, "instrument-calibration");
            assertThat(listed.get("differsFromRepository").asBoolean()).isTrue();
            assertThat(listed.get("versions").size()).isEqualTo(before + 1);
            assertThat(listed.get("versions").get(1).get("id").asText()).isEqualTo(firstVersionId);
            assertThat(listed.get("versions").get(0).get("version").asInt())
                    .isEqualTo(listed.get("versions").get(1).get("version").asInt() + 1);

            // the earlier version opens and exports as the repository's file
            HttpResponse<String> exported = owner.getJson("/modeler/api/form-definitions/" + firstVersionId + "/schema?download=true");
            assertThat(exported.statusCode()).isEqualTo(200);
            assertThat(exported.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("instrument-calibration-v" + first.get("version").asInt() + ".form");
            assertThat(JSON.readTree(exported.body())).isEqualTo(JSON.readTree(repositoryFile));
            // against that version, the new one shows the same two changes
            JsonNode again = JSON.readTree(owner.postJson("/modeler/api/forms/instrument-calibration/diff",
                    body(Map.of("schema", JSON.writeValueAsString(schema), "against", firstVersionId)), csrf).body());
            assertThat(again.get("changes").size()).isEqualTo(2);
        } finally {
            repositoryService.deleteDeployment(JSON.readTree(deployed.body()).get("deploymentId").asText(), true);
        }
    }

    @Test
    void aFormComparisonRefusesWhatIsNotAFormWithAChineseReasonAndIsForProcessOwnersOnly() throws Exception {
        WebSession owner = owner();
        String[] csrf = csrf(owner);
        HttpResponse<String> notJson = owner.postJson("/modeler/api/forms/instrument-calibration/diff",
                body(Map.of("schema", "{\"components\": [")), csrf);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("表單不是有效的 JSON");
        HttpResponse<String> empty = owner.postJson("/modeler/api/forms/instrument-calibration/diff", body(Map.of()), csrf);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("沒有收到表單");
        String otherForm = form(owner, "site-inspection").get("versions").get(0).get("id").asText();
        HttpResponse<String> wrongVersion = owner.postJson("/modeler/api/forms/instrument-calibration/diff",
                body(Map.of("schema", "{}", "against", otherForm)), csrf);
        assertThat(wrongVersion.statusCode()).isEqualTo(400);
        assertThat(wrongVersion.body()).contains("不是表單「instrument-calibration」的版本");
        assertThat(owner.getJson("/modeler/api/form-definitions/no-such-version/schema").statusCode()).isEqualTo(404);

        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-east-1", "eng-east-1");
        assertThat(engineer.getJson("/modeler/api/forms").statusCode()).isEqualTo(403);
        assertThat(engineer.getJson("/modeler/api/form-definitions/" + otherForm + "/schema?download=true").statusCode())
                .isEqualTo(403);
        JsonNode token = JSON.readTree(engineer.getJson("/attendance/csrf").body());
        HttpResponse<String> engineerDiff = engineer.postJson("/modeler/api/forms/instrument-calibration/diff",
                body(Map.of("schema", "{}")), token.get("headerName").asText(), token.get("token").asText());
        assertThat(engineerDiff.statusCode()).isEqualTo(403);
        assertThat(engineerDiff.body()).contains("流程設計器僅供流程負責人使用");
    }

    JsonNode form(WebSession owner, String id) throws Exception {
        for (JsonNode form : JSON.readTree(owner.getJson("/modeler/api/forms").body())) {
            if (form.get("id").asText().equals(id)) {
                return form;
            }
        }
        throw new AssertionError("no form " + id);
    }

    int formVersion(WebSession owner, String id) throws Exception {
        for (JsonNode form : JSON.readTree(owner.getJson("/modeler/api/forms").body())) {
            if (form.get("id").asText().equals(id)) {
                return form.get("version").asInt();
            }
        }
        throw new AssertionError("no form " + id);
    }

    /** The batch as the job executor would run it (it is off in tests): seed, migration jobs, monitor. */
    void runBatch(String batchId) {
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                managementService.executeJob(job.getId());
            }
        }
        for (Job job : managementService.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()) {
            managementService.executeJob(job.getId());
        }
    }
}

package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;

/** House rules of the work-order models and forms, checked on the files themselves. */
class WorkOrderModelTest {

    static final Path BPMN = Path.of("bpmn/workorder");
    static final Path FORMS = Path.of("forms/workorder");

    @Test
    void everyUserTaskAndOrderStartHasALatestBoundCamundaFormThatExists() throws IOException {
        Map<String, JsonNode> forms = forms();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isNotNull();
                assertThat(task.getCamundaFormRefBinding()).as("binding of %s", task.getId()).isEqualTo("latest");
                assertThat(forms).as("form of %s", task.getId()).containsKey(task.getCamundaFormRef());
                assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
                        .as("assignee or candidate group of %s", task.getId()).isTrue();
                assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotNull();
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getId().equals(WorkOrderProcess.START)) {
                    assertThat(forms).containsKey(start.getCamundaFormRef());
                    assertThat(start.getCamundaFormRefBinding()).isEqualTo("latest");
                }
            }
        }
    }

    @Test
    void everyProcessHasVersionTagAndHistoryTimeToLiveAndEveryTimerNamesItsRule() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaVersionTag()).isNotBlank();
                assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
                if (process.getId().equals("equipment-loss")) {
                    assertThat(process.getCamundaCandidateStarterGroups()).contains("engineer");
                } else if (WorkOrderProcess.ORDER_KEYS.contains(process.getId()) || process.getId().equals(WorkOrderProcess.COMPLAINT)) {
                    // Tasklist offers the start forms to those who take orders
                    assertThat(process.getCamundaCandidateStarterGroups()).contains("customer-service");
                } else {
                    assertThat(process.isCamundaStartableInTasklist()).as("%s is only called", process.getId()).isFalse();
                }
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                var event = (org.camunda.bpm.model.bpmn.instance.Event) timer.getParentElement();
                assertThat(event.getDocumentations()).as("documentation of %s", event.getId())
                        .anySatisfy(d -> assertThat(d.getTextContent()).containsPattern("R-WO-\\d+"));
                String expression = Stream.of(timer.getTimeDuration(), timer.getTimeDate())
                        .filter(e -> e != null).findFirst().orElseThrow().getTextContent();
                // durations and dates from configuration or dispatch, never literals
                assertThat(expression).as("timer of %s", event.getId()).startsWith("${");
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId()).startsWith("${");
                assertThat(task.getCamundaClass()).isNull();
            }
        }
    }

    @Test
    void formsHaveUniqueIdsDefaultTypeAndChineseLabels() throws IOException {
        Map<String, JsonNode> forms = forms();
        assertThat(forms).hasSizeGreaterThanOrEqualTo(16);
        forms.forEach((id, form) -> {
            assertThat(form.path("type").asText()).isEqualTo("default");
            List<String> keys = form.path("components").findValuesAsText("key");
            assertThat(keys).as("keys of %s", id).doesNotHaveDuplicates();
            assertThat(form.path("components").findValuesAsText("id")).as("ids of %s", id).doesNotHaveDuplicates();
            form.path("components").forEach(c -> {
                if (c.has("label")) {
                    assertThat(c.path("label").asText()).as("label in %s", id).containsPattern("\\p{IsHan}");
                }
            });
        });
        JsonNode start = forms.get("workorder-start-repair");
        JsonNode phone = start.path("components").findParent("key");
        assertThat(start.toString()).contains("\"customerPhone\"").contains("pattern");
        assertThat(phone).isNotNull();
        assertThat(forms.get("workorder-callback").toString()).contains("\"min\":1").contains("\"max\":5");
    }

    private static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
        }
    }

    private static Map<String, JsonNode> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                String id = form.path("id").asText();
                assertThat(forms).as("duplicate form id %s", id).doesNotContainKey(id);
                assertThat(file.getFileName().toString()).isEqualTo(id + ".form");
                forms.put(id, form);
            }
        }
        return forms;
    }
}

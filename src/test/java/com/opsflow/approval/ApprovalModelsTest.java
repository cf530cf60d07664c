package com.opsflow.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** House rules of the approval models and forms (style guide): checked on the files themselves. */
class ApprovalModelsTest {

    static final Path BPMN = Path.of("bpmn/approval");
    static final Path FORMS = Path.of("forms/approval");

    static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(p -> Bpmn.readModelFromFile(p.toFile()))
                    .toList();
        }
    }

    static Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = new ObjectMapper().readTree(p.toFile());
                Assertions.assertThat(forms.put(form.get("id").asText(), form)).as("form id unique: " + p).isNull();
                Assertions.assertThat(p.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
            }
        }
        return forms;
    }

    @Test
    void everyRequestProcessExistsWithVersionTagAndHistoryTimeToLive() throws IOException {
        List<String> keys = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                keys.add(process.getId());
                Assertions.assertThat(process.getCamundaVersionTag()).as(process.getId()).isNotBlank();
                Assertions.assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
                Assertions.assertThat(process.getName()).as(process.getId()).matches(".*\\p{IsHan}.*");
                Assertions.assertThat(process.getDocumentations()).as(process.getId()).isNotEmpty();
                // the shared decision is only ever called: staff must not start it from Tasklist
                Assertions.assertThat(process.isCamundaStartableInTasklist()).as(process.getId())
                        .isEqualTo(!process.getId().equals(ApprovalProcesses.DECISION));
            }
        }
        Assertions.assertThat(keys).containsAll(ApprovalProcesses.REQUESTS).contains(ApprovalProcesses.DECISION);
    }

    @Test
    void theElementIdsSpelledInJavaExistInTheModels() {
        BpmnModelInstance decision = Bpmn.readModelFromFile(BPMN.resolve("approval-decision.bpmn").toFile());
        for (String id : List.of(ApprovalProcesses.Elements.DECIDE, ApprovalProcesses.Elements.REMINDER_DUE,
                ApprovalProcesses.Elements.ESCALATION_DUE, ApprovalProcesses.Elements.REMIND_APPROVER,
                ApprovalProcesses.Elements.ESCALATE_TO_SUPERIOR)) {
            Assertions.assertThat((Object) decision.getModelElementById(id)).as(id).isNotNull();
        }
        for (String key : ApprovalProcesses.REQUESTS) {
            BpmnModelInstance model = Bpmn.readModelFromFile(BPMN.resolve(key + ".bpmn").toFile());
            Assertions.assertThat((Object) model.getModelElementById(ApprovalProcesses.Elements.WITHDRAWN)).as(key).isNotNull();
            if (!key.equals(ApprovalProcesses.SECONDMENT)) {
                Assertions.assertThat((Object) model.getModelElementById(ApprovalProcesses.Elements.CALL_DECIDE)).as(key)
                        .isNotNull();
            }
        }
    }

    @Test
    void everyStartEventAndUserTaskHasAnExistingCamundaFormBoundToTheLatestVersion() throws IOException {
        Map<String, JsonNode> forms = forms();
        Set<String> used = new HashSet<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                Assertions.assertThat(task.getCamundaFormRef()).as(task.getId()).isIn(forms.keySet());
                Assertions.assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
                used.add(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getParentElement() instanceof Process process && !process.getId().equals(ApprovalProcesses.DECISION)) {
                    Assertions.assertThat(start.getCamundaFormRef()).as(start.getId()).isIn(forms.keySet());
                    Assertions.assertThat(start.getCamundaFormRefBinding()).as(start.getId()).isEqualTo("latest");
                    used.add(start.getCamundaFormRef());
                }
            }
        }
        Assertions.assertThat(used).containsExactlyInAnyOrderElementsOf(forms.keySet());
    }

    @Test
    void formsHaveUniqueComponentIdsAndChineseLabels() throws IOException {
        for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
            Set<String> ids = new HashSet<>();
            for (JsonNode component : form.getValue().get("components")) {
                Assertions.assertThat(ids.add(component.get("id").asText())).as(form.getKey() + " " + component).isTrue();
                JsonNode label = component.has("label") ? component.get("label") : component.get("dateLabel");
                if (component.has("key")) {
                    Assertions.assertThat(label.asText()).as(form.getKey() + "." + component.get("key")).matches(".*\\p{IsHan}.*");
                }
            }
        }
    }

    @Test
    void delegatesAreSpringBeansAndTimersNameTheirRuleAndReadTheirDurationFromConfiguration() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                Assertions.assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{\\w+}");
                Assertions.assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                FlowNode event = (FlowNode) timer.getParentElement();
                Assertions.assertThat(event).isInstanceOfAny(BoundaryEvent.class, IntermediateCatchEvent.class);
                Assertions.assertThat(event.getDocumentations()).as(event.getId()).isNotEmpty();
                Assertions.assertThat(event.getDocumentations().iterator().next().getTextContent()).as(event.getId())
                        .containsPattern("R-[A-Z]{2}-\\d|[Ii]ssue 5");
                String expression = timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
                        : timer.getTimeDate().getTextContent();
                Assertions.assertThat(expression).as(event.getId()).startsWith("${").doesNotContain("PT");
            }
        }
    }
}

package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.CALLBACK_TASK;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.appraisal.LedgerEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The called process {@code callback} on its own (R-WO-12, R-WO-9, K-1): the door code of
 * 運維人員上門行為規範準則 checked item by item, the installation visit's tools, badge and dress.
 */
@Deployment(resources = {"bpmn/workorder/callback.bpmn", "bpmn/workorder/complaint.bpmn"})
class CallbackProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return WorkOrderProcess.CALLBACK;
    }

    /** As the order processes call it: the order's variables and whether R-WO-9 covers the visit. */
    private ProcessInstance callbackOf(String orderType) {
        Map<String, Object> vars = new HashMap<>(Map.of("orderNo", "WO-20261125-0077", "orderType", orderType,
                "customerName", "陳大文", "engineer", ENGINEER, "engineerName", "王小明", "csAgent", "cs-1",
                "appearanceChecked", deadlines.appearanceApplies(orderType)));
        return engine.getRuntimeService().startProcessInstanceByKey(processKey(), "WO-20261125-0077", vars);
    }

    private void answer(ProcessInstance callback, Map<String, Object> answers) {
        Map<String, Object> vars = new HashMap<>(Map.of("satisfaction", 3L, "complaint", false));
        vars.putAll(answers);
        complete(task(CALLBACK_TASK, callback), vars);
        runAsyncJobs(callback);
    }

    @Test
    void eachBreachOfTheDoorCodeIsOneFineNamingTheItem_R_WO_12() {
        ProcessInstance callback = callbackOf("REPAIR");
        answer(callback, Map.of("breachAppointment", true, "breachKnock", true, "breachGreeting", true,
                "breachTidy", true, "breachClosingWords", true, "breachGifts", true));
        List<LedgerEntry> fines = appraisal.fines("R-WO-12");
        Assertions.assertThat(fines).hasSize(6).allSatisfy(f -> {
            Assertions.assertThat(f.staff()).isEqualTo(ENGINEER);
            // each from the multi-instance step of this process
            Assertions.assertThat(f.processDefinitionKey()).isEqualTo(WorkOrderProcess.CALLBACK);
            Assertions.assertThat(f.activityId()).isEqualTo(WorkOrderProcess.CONDUCT_FINES);
            Assertions.assertThat(f.amountRmb()).isEqualByComparingTo(BigDecimal.valueOf(50));
        });
        // each one a count toward R-AP-4 (the appraisal module counts R-WO-12 entries per month)
        Assertions.assertThat(fines).extracting(LedgerEntry::reason)
                .contains("工單 WO-20261125-0077 回訪發現違反上門行為規範：未在電話中約定上門時間、未按約定時間上門或未攜帶全套工具",
                        "工單 WO-20261125-0077 回訪發現違反上門行為規範：接受用戶物品");
        assertThat(callback).isEnded();
    }

    @Test
    void theCallbackIsCompletedEvenWhenTheLedgerIsDownAndTheRetryPostsEachBreachOnce_R_WO_12() {
        ProcessInstance callback = callbackOf("INSTALLATION");
        appraisal.failOnceWhenSize(1); // the ledger fails after the first of two fines
        complete(task(CALLBACK_TASK, callback), Map.of("satisfaction", 3L, "complaint", false, "breachKnock", true,
                "breachGifts", true));
        // asyncBefore on a multi-instance activity: the job is before its body
        var job = nonNull(engine.getManagementService().createJobQuery().processInstanceId(callback.getId()).messages()
                .activityId(WorkOrderProcess.CONDUCT_FINES + "#multiInstanceBody").singleResult());
        Assertions.assertThatThrownBy(() -> org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(job))
                .hasMessageContaining("simulated crash");
        Assertions.assertThat(appraisal.fines("R-WO-12")).hasSize(1);
        runAsyncJobs(callback);
        Assertions.assertThat(appraisal.fines("R-WO-12")).extracting(LedgerEntry::idempotencyKey)
                .hasSize(2).doesNotHaveDuplicates();
        assertThat(callback).isEnded();
    }

    @Test
    void noBreachNoFine_R_WO_12() {
        ProcessInstance callback = callbackOf("INSTALLATION");
        answer(callback, Map.of("satisfaction", 5L));
        Assertions.assertThat(appraisal.entries()).isEmpty();
        // neither deduction nor verification: straight to its end (one end event per outcome, no join)
        assertThat(callback).isEnded().hasPassed("EndEvent_CallbackDone")
                .hasNotPassed("ServiceTask_DeductAppearance", WorkOrderProcess.CALL_VERIFY_COMPLAINT, "EndEvent_ComplaintVerified");
    }

    @Test
    void toolsBadgeOrDressOnAnInstallationVisitIsOneDeduction_R_WO_9() {
        ProcessInstance callback = callbackOf("INSTALLATION");
        answer(callback, Map.of("breachTools", true, "breachBadge", true, "breachDress", true));
        Assertions.assertThat(appraisal.entries("R-WO-9")).singleElement().satisfies(e -> {
            Assertions.assertThat(e.staff()).isEqualTo(ENGINEER);
            Assertions.assertThat(e.points()).isEqualByComparingTo("0.5");
        });
    }

    @Test
    void aRepairVisitIsNotDeductedUnderTheInstallationRule_R_WO_9() {
        ProcessInstance callback = callbackOf("REPAIR");
        answer(callback, Map.of("breachTools", true, "breachBadge", true));
        Assertions.assertThat(appraisal.entries("R-WO-9")).isEmpty();
    }

    @Test
    void theCallbackFormListsTheSixItemsOfTheSourceInItsOrderAndAsksR_WO_9OnlyForInstallations_R_WO_12()
            throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/workorder/workorder-callback.form").toFile());
        List<String> checkboxes = new ArrayList<>();
        Map<String, JsonNode> byKey = new HashMap<>();
        form.get("components").forEach(c -> {
            if ("checkbox".equals(c.path("type").asText())) {
                checkboxes.add(c.path("key").asText());
                byKey.put(c.path("key").asText(), c);
            }
        });
        List<String> conduct = WorkOrderProcess.CONDUCT_ITEMS.stream().map(i -> i.get(0)).toList();
        Assertions.assertThat(checkboxes.stream().filter(conduct::contains).toList()).containsExactlyElementsOf(conduct);
        Assertions.assertThat(conduct).containsExactly("breachAppointment", "breachKnock", "breachGreeting", "breachTidy",
                "breachClosingWords", "breachGifts");
        Assertions.assertThat(byKey.get("breachAppointment").path("label").asText()).contains("全套工具");
        for (List<String> item : WorkOrderProcess.APPEARANCE_ITEMS) {
            Assertions.assertThat(byKey.get(item.get(0)).path("conditional").path("hide").asText())
                    .isEqualTo("=appearanceChecked != true");
        }
    }
}

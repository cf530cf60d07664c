package com.opsflow.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.LedgerEntry;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole chain in the engine's own transactions: a process posts deductions through
 * {@code ${postDeduction}}, the posting commits, the threshold is crossed, and the
 * {@code separation-review} starts once (R-AP-2, R-AP-7).
 */
@OpsFlowSpringBootTest
class DeductionToSeparationReviewTest {

    static final String PROBE = "appraisalProbe";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AppraisalLedger appraisal;

    @BeforeAll
    static void deployProbe(@Autowired RepositoryService repositoryService) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).name("扣分測試").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Probe")
                .serviceTask("ServiceTask_Deduct").camundaDelegateExpression("${postDeduction}")
                .camundaInputParameter("rule", "R-WO-10")
                .camundaInputParameter("kind", "POINTS")
                .camundaInputParameter("points", "${points}")
                .camundaInputParameter("staff", "${engineer}")
                .camundaInputParameter("reason", "用戶投訴屬實")
                .endEvent("EndEvent_Probe")
                .done();
        // a probe, not a model of bpmn/: deployed without the deployment lint
        com.opsflow.modeler.UncheckedDeployment.call(() -> repositoryService.createDeployment().name("appraisal-probe")
                .addModelInstance("appraisal-probe.bpmn", model).deploy());
    }

    @AfterAll
    static void removeProbe(@Autowired RepositoryService repositoryService) {
        ClockUtil.reset();
        repositoryService.createDeploymentQuery().deploymentName("appraisal-probe").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void deductionsPostedByAProcessCrossTheMonthlyThresholdAndStartOneReview_R_AP_2_R_AP_7() {
        // The delegate stamps the breach with the engine's clock: a far-away month of our own, but
        // before 2038, which the engine's TIMESTAMP columns on MySQL cannot hold.
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2037-06-15T03:00:00Z")));
        try {
            ProcessInstance first = runtimeService.startProcessInstanceByKey(PROBE, "WO-2037-1",
                    Map.of("engineer", "eng-east-3", "points", "1"));
            assertThat(reviewsOf("eng-east-3")).isEmpty();

            runtimeService.startProcessInstanceByKey(PROBE, "WO-2037-2", Map.of("engineer", "eng-east-3", "points", "1"));
            runtimeService.startProcessInstanceByKey(PROBE, "WO-2037-3", Map.of("engineer", "eng-east-3", "points", "0.5"));

            List<LedgerEntry> entries = appraisal.entries("eng-east-3", YearMonth.of(2037, 6), null);
            assertThat(entries).hasSize(3);
            assertThat(appraisal.entries(null, null, first.getId())).singleElement().satisfies(e -> {
                assertThat(e.rule()).isEqualTo("R-WO-10");
                assertThat(e.processDefinitionKey()).isEqualTo(PROBE);
                assertThat(e.businessKey()).isEqualTo("WO-2037-1");
                assertThat(e.activityId()).isEqualTo("ServiceTask_Deduct");
            });
            assertThat(reviewsOf("eng-east-3")).extracting(ProcessInstance::getBusinessKey)
                    .containsExactly("eng-east-3:R-AP-2:2037-06");
            assertThat(runtimeService.getVariables(reviewsOf("eng-east-3").get(0).getId()))
                    .containsEntry(SeparationReviewProcess.STAFF, "eng-east-3")
                    .containsEntry(SeparationReviewProcess.STAFF_NAME, "張家豪")
                    .containsEntry(SeparationReviewProcess.THRESHOLD, "R-AP-2")
                    .containsEntry(SeparationReviewProcess.LAST_MONTH, "2037-06")
                    .containsEntry(SeparationReviewProcess.MEASURED, "2");
        } finally {
            ClockUtil.reset();
        }
    }

    private List<ProcessInstance> reviewsOf(String staff) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SeparationReviewProcess.KEY)
                .processInstanceBusinessKeyLike(staff + ":%").list();
    }
}

package com.opsflow.appraisal.process;

import static com.opsflow.appraisal.process.SeparationReviewProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.appraisal.ReviewOutcome;
import com.opsflow.appraisal.SeparationReviews;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The separation review (R-AP-7): the ops manager confirms or overrules, and the outcome is recorded. */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/appraisal/separation-review.bpmn", "forms/appraisal/separation-review.form"})
class SeparationReviewProcessTest {

    ProcessEngine engine;

    /** Records each decision the process hands to the appraisal module. */
    static final class RecordedReviews implements SeparationReviews {
        record Decision(long crossingId, ReviewOutcome outcome, String reason, String decidedBy) {
        }

        final List<Decision> decisions = new ArrayList<>();

        @Override
        public void recordReview(long crossingId, ReviewOutcome outcome, String reason, String decidedBy) {
            decisions.add(new Decision(crossingId, outcome, reason, decidedBy));
        }
    }

    final RecordedReviews reviews = new RecordedReviews();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        Mocks.register("recordSeparationReview", new RecordSeparationReview(reviews));
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aCrossingWaitsForTheOpsManagersReviewWithTheForm_R_AP_7() {
        ProcessInstance review = start();

        assertThat(review).isWaitingAt(TASK_REVIEW);
        assertThat(task(review)).hasCandidateGroup("ops-manager").hasName("審核離職／辭退");
        var formRef = engine.getTaskService().createTaskQuery().initializeFormKeys().singleResult().getCamundaFormRef();
        Assertions.assertThat(formRef.getKey()).isEqualTo(FORM);
        Assertions.assertThat(formRef.getBinding()).isEqualTo("latest");
        Assertions.assertThat(reviews.decisions).isEmpty();
    }

    @Test
    void theOpsManagerConfirmsAndTheOutcomeIsRecorded_R_AP_7() {
        ProcessInstance review = start();

        engine.getIdentityService().setAuthenticatedUserId("ops-mgr");
        complete(task(review), withVariables(DECISION, DECISION_CONFIRM, DECISION_REASON, "兩個月內多次遲到，確認離職"));

        assertThat(review).isEnded().hasPassed(RECORD_OUTCOME, END_CONFIRMED).hasNotPassed(END_OVERRULED)
                .variables().containsEntry(REVIEW_OUTCOME, "CONFIRMED");
        Assertions.assertThat(reviews.decisions).containsExactly(
                new RecordedReviews.Decision(42L, ReviewOutcome.CONFIRMED, "兩個月內多次遲到，確認離職", "ops-mgr"));
    }

    @Test
    void theOpsManagerOverrulesWithAReasonAndTheOutcomeIsRecorded_R_AP_7() {
        ProcessInstance review = start();

        engine.getIdentityService().setAuthenticatedUserId("ops-mgr");
        complete(task(review), withVariables(DECISION, DECISION_OVERRULE, DECISION_REASON, "用戶投訴已撤回，留任觀察"));

        assertThat(review).isEnded().hasPassed(RECORD_OUTCOME, END_OVERRULED).hasNotPassed(END_CONFIRMED)
                .variables().containsEntry(REVIEW_OUTCOME, "OVERRULED");
        Assertions.assertThat(reviews.decisions).containsExactly(
                new RecordedReviews.Decision(42L, ReviewOutcome.OVERRULED, "用戶投訴已撤回，留任觀察", "ops-mgr"));
    }

    @Test
    void aReviewWithoutADecisionIsNotRecorded_R_AP_7() {
        ProcessInstance review = start();

        Assertions.assertThatThrownBy(() -> complete(task(review), withVariables(DECISION_REASON, "未選擇")))
                .hasMessageContaining(DECISION);

        // the completion rolled back: the task is still open and nothing was recorded
        assertThat(review).isWaitingAt(TASK_REVIEW);
        Assertions.assertThat(reviews.decisions).isEmpty();
    }

    @Test
    void theFormAsksForADecisionAndAReasonInChinese_R_AP_7() throws Exception {
        JsonNode form;
        try (var in = getClass().getClassLoader().getResourceAsStream("forms/appraisal/separation-review.form")) {
            form = new ObjectMapper().readTree(in);
        }
        Assertions.assertThat(form.get("id").asText()).isEqualTo(FORM);
        Map<String, JsonNode> fields = new java.util.HashMap<>();
        form.get("components").forEach(c -> {
            if (c.has("key")) {
                fields.put(c.get("key").asText(), c);
            }
        });
        Assertions.assertThat(fields).containsKeys(DECISION, DECISION_REASON, STAFF_NAME, THRESHOLD_LABEL);
        JsonNode decision = fields.get(DECISION);
        Assertions.assertThat(decision.get("validate").get("required").asBoolean()).isTrue();
        Assertions.assertThat(decision.get("values").findValuesAsText("value"))
                .containsExactlyInAnyOrder(DECISION_CONFIRM, DECISION_OVERRULE);
        Assertions.assertThat(fields.get(DECISION_REASON).get("validate").get("required").asBoolean()).isTrue();
        Assertions.assertThat(fields.get(DECISION_REASON).get("label").asText()).isEqualTo("理由");
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "eng-east-1:R-AP-2:2031-03", Map.of(
                CROSSING_ID, 42L, STAFF, "eng-east-1", STAFF_NAME, "王小明", THRESHOLD, "R-AP-2",
                THRESHOLD_LABEL, "當月扣分達上限（自動離職）", FIRST_MONTH, "2031-03", LAST_MONTH, "2031-03", MEASURED, "2"));
    }
}

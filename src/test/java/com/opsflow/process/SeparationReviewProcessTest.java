package com.opsflow.process;

import static com.opsflow.process.SeparationReviewProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.ReviewOutcome;
import com.opsflow.appraisal.StaffStatement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The separation review (R-AP-7): the ops manager confirms or overrules, and the outcome is recorded. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/appraisal/separation-review.bpmn", "forms/appraisal/separation-review.form"})
class SeparationReviewProcessTest {

    ProcessEngine engine;

    /** The appraisal API as far as the review uses it: records each decision. */
    static final class RecordedReviews implements Appraisal {
        record Decision(long crossingId, ReviewOutcome outcome, String reason, String decidedBy) {
        }

        final List<Decision> decisions = new ArrayList<>();

        @Override
        public void recordReview(long crossingId, ReviewOutcome outcome, String reason, String decidedBy) {
            decisions.add(new Decision(crossingId, outcome, reason, decidedBy));
        }

        @Override
        public LedgerEntry post(Breach breach) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<LedgerEntry> entry(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LedgerEntry> entries(String staff, YearMonth month, String processInstanceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LedgerEntry reverse(long entryId, String reason, String approvedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StaffStatement> statement(YearMonth month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public YearMonth monthOf(Instant instant) {
            throw new UnsupportedOperationException();
        }
    }

    final RecordedReviews appraisal = new RecordedReviews();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        Mocks.register("recordSeparationReview", new RecordSeparationReview(appraisal));
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
        Assertions.assertThat(appraisal.decisions).isEmpty();
    }

    @Test
    void theOpsManagerConfirmsAndTheOutcomeIsRecorded_R_AP_7() {
        ProcessInstance review = start();

        engine.getIdentityService().setAuthenticatedUserId("ops-mgr");
        complete(task(review), withVariables(DECISION, DECISION_CONFIRM, DECISION_REASON, "兩個月內多次遲到，確認離職"));

        assertThat(review).isEnded().hasPassed(RECORD_OUTCOME, END_CONFIRMED).hasNotPassed(END_OVERRULED)
                .variables().containsEntry(REVIEW_OUTCOME, "CONFIRMED");
        Assertions.assertThat(appraisal.decisions).containsExactly(
                new RecordedReviews.Decision(42L, ReviewOutcome.CONFIRMED, "兩個月內多次遲到，確認離職", "ops-mgr"));
    }

    @Test
    void theOpsManagerOverrulesWithAReasonAndTheOutcomeIsRecorded_R_AP_7() {
        ProcessInstance review = start();

        engine.getIdentityService().setAuthenticatedUserId("ops-mgr");
        complete(task(review), withVariables(DECISION, DECISION_OVERRULE, DECISION_REASON, "用戶投訴已撤回，留任觀察"));

        assertThat(review).isEnded().hasPassed(RECORD_OUTCOME, END_OVERRULED).hasNotPassed(END_CONFIRMED)
                .variables().containsEntry(REVIEW_OUTCOME, "OVERRULED");
        Assertions.assertThat(appraisal.decisions).containsExactly(
                new RecordedReviews.Decision(42L, ReviewOutcome.OVERRULED, "用戶投訴已撤回，留任觀察", "ops-mgr"));
    }

    @Test
    void aReviewWithoutADecisionIsNotRecorded_R_AP_7() {
        ProcessInstance review = start();

        Assertions.assertThatThrownBy(() -> complete(task(review), withVariables(DECISION_REASON, "未選擇")))
                .hasMessageContaining(DECISION);

        // the completion rolled back: the task is still open and nothing was recorded
        assertThat(review).isWaitingAt(TASK_REVIEW);
        Assertions.assertThat(appraisal.decisions).isEmpty();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "eng-east-1:R-AP-2:2031-03", Map.of(
                CROSSING_ID, 42L, STAFF, "eng-east-1", STAFF_NAME, "王小明", THRESHOLD, "R-AP-2",
                THRESHOLD_LABEL, "當月扣分達上限（自動離職）", FIRST_MONTH, "2031-03", LAST_MONTH, "2031-03", MEASURED, "2"));
    }
}

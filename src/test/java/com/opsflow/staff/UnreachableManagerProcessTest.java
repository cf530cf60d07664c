package com.opsflow.staff;

import static com.opsflow.staff.process.UnreachableManagerProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.process.PostDeduction;
import com.opsflow.notification.process.NotifyPerson;
import com.opsflow.staff.internal.StaffProperties;
import com.opsflow.staff.internal.UnreachableReports;
import com.opsflow.staff.process.CheckUnreachableReport;
import com.opsflow.staff.process.RecordUnreachableDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-AP-5: group leaders and above keep their phone on 24 hours; a report of one who could not be
 * reached is confirmed by their superior (the bureau head for the ops manager), and a confirmed
 * breach is fined 100 RMB through the appraisal ledger (appealable like every entry).
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/staff/unreachable-manager.bpmn", "forms/staff/staff-unreachable-report.form",
        "forms/staff/staff-unreachable-confirm.form"})
class UnreachableManagerProcessTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z"); // 10:00 in Shanghai
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    ProcessEngine engine;
    final StaffFakes.Directory directory = new StaffFakes.Directory();
    final StaffFakes.Ledger ledger = new StaffFakes.Ledger();
    final StaffFakes.Mailbox mailbox = new StaffFakes.Mailbox();

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        configure(StaffProperties.defaults());
        Mocks.register("recordUnreachableDecision", new RecordUnreachableDecision());
        Mocks.register("postDeduction", new PostDeduction(ledger));
        Mocks.register("notifyPerson", new NotifyPerson(mailbox));
    }

    void configure(StaffProperties settings) {
        UnreachableReports reports = new UnreachableReports(directory, settings, ZONE);
        Mocks.register("staffing", settings);
        Mocks.register("checkUnreachableReport", new CheckUnreachableReport(reports, directory));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        AbstractAssertions.reset();
    }

    ProcessInstance report(String reporter, String unreachable, Object triedAt, String howTried) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_UNREACHABLE, unreachable);
        vars.put(VAR_TRIED_AT, triedAt);
        vars.put(VAR_HOW_TRIED, howTried);
        engine.getIdentityService().setAuthenticatedUserId(reporter);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(KEY, vars);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    List<LedgerEntry> fines() {
        return ledger.entries().stream().filter(e -> e.kind() == EntryKind.FINE).toList();
    }

    @Test
    void aConfirmedBreachFinesTheGroupLeaderOneHundredRmbAppealably_R_AP_5() {
        ProcessInstance report = report("cs-1", "leader-1", "2026-11-25T09:40:00+08:00", "撥打 13900000001 兩次，關機");

        assertThat(report).isWaitingAt(CONFIRM);
        assertThat(task(report)).isAssignedTo("ops-mgr"); // leader-1's recorded superior
        Assertions.assertThat(engine.getRuntimeService().getVariables(report.getId())).containsEntry(VAR_REPORTER, "cs-1")
                .containsEntry(VAR_UNREACHABLE_NAME, "郭志偉").containsEntry(VAR_TRIED_AT_TEXT, "2026-11-25 09:40")
                .containsEntry(VAR_CONFIRMER_NAME, "周國強").containsEntry(VAR_SOURCE, "報告表");
        complete(task(report), withVariables(VAR_CONFIRMED, "true", VAR_CONFIRM_COMMENT, "已核實：當晚關機"));

        assertThat(report).isEnded().hasPassed(FINE, "EndEvent_Fined");
        Assertions.assertThat(fines()).singleElement().satisfies(fine -> {
            Assertions.assertThat(fine.staff()).isEqualTo("leader-1");
            Assertions.assertThat(fine.rule()).isEqualTo("R-AP-5");
            Assertions.assertThat(fine.amountRmb()).isEqualByComparingTo("100");
            Assertions.assertThat(fine.reason()).contains("2026-11-25 09:40", "13900000001", "周國強");
            // the entry names its source, like every appealable entry (R-AP-6)
            Assertions.assertThat(fine.processInstanceId()).isEqualTo(report.getId());
            Assertions.assertThat(fine.activityId()).isEqualTo(FINE);
        });
        Assertions.assertThat(mailbox.sent).anySatisfy(m -> {
            Assertions.assertThat(m.to()).isEqualTo("leader-1");
            Assertions.assertThat(m.body()).contains("100", "申訴");
        });
    }

    @Test
    void theBureauHeadConfirmsForTheOpsManager_R_AP_5() {
        ProcessInstance report = report("cs-1", "ops-mgr", "2026-11-25T09:40:00+08:00", "撥打兩次無人接聽");
        assertThat(report).isWaitingAt(CONFIRM);
        assertThat(task(report)).isAssignedTo("bureau-1");
    }

    @Test
    void onlyGroupLeadersAndAboveCanBeReportedOrFined_R_AP_5() {
        Assertions.assertThatThrownBy(() -> report("cs-1", "eng-east-1", "2026-11-25T09:40:00+08:00", "關機"))
                .hasMessageContaining("不是組長以上人員");
        Assertions.assertThatThrownBy(() -> report("cs-1", "bureau-1", "2026-11-25T09:40:00+08:00", "關機"))
                .as("the bureau head is the customer's, not on the service company's phone duty")
                .hasMessageContaining("不是組長以上人員");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        Assertions.assertThat(fines()).isEmpty();
    }

    @Test
    void aReportNeedsTheTimeTriedNotInTheFutureAndHowItWasTried_R_AP_5() {
        Assertions.assertThatThrownBy(() -> report("cs-1", "leader-1", null, "關機")).hasMessageContaining("撥打電話的時間");
        Assertions.assertThatThrownBy(() -> report("cs-1", "leader-1", "2026-11-25T11:00:00+08:00", "關機"))
                .hasMessageContaining("不可晚於現在");
        Assertions.assertThatThrownBy(() -> report("cs-1", "leader-1", "昨晚", "關機")).hasMessageContaining("時間格式不正確");
        Assertions.assertThatThrownBy(() -> report("cs-1", "leader-1", "2026-11-25T09:40:00+08:00", " "))
                .hasMessageContaining("如何聯系");
        Assertions.assertThatThrownBy(() -> report("leader-1", "leader-1", "2026-11-25T09:40:00+08:00", "關機"))
                .hasMessageContaining("不可報告自己");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aBreachTheSuperiorDoesNotConfirmPostsNothingAndTellsTheReporter_R_AP_5() {
        ProcessInstance report = report("cs-1", "head-east", "2026-11-25T09:40:00+08:00", "撥打一次");
        assertThat(task(report)).isAssignedTo("mgr-east");
        complete(task(report), withVariables(VAR_CONFIRMED, "false", VAR_CONFIRM_COMMENT, "當時在機房，已回電"));

        assertThat(report).isEnded().hasPassed("EndEvent_NotConfirmed").hasNotPassed(FINE);
        Assertions.assertThat(ledger.entries()).isEmpty();
        Assertions.assertThat(mailbox.sent).singleElement().satisfies(m -> {
            Assertions.assertThat(m.to()).isEqualTo("cs-1");
            Assertions.assertThat(m.body()).contains("不屬實", "當時在機房，已回電");
        });
    }

    @Test
    void theSuperiorMustDecideAndComment_R_AP_5() {
        ProcessInstance report = report("cs-1", "leader-1", "2026-11-25T09:40:00+08:00", "關機");
        Assertions.assertThatThrownBy(() -> complete(task(report), withVariables(VAR_CONFIRM_COMMENT, "屬實")))
                .hasMessageContaining("請選擇屬實或不屬實");
        Assertions.assertThatThrownBy(() -> complete(task(report), withVariables(VAR_CONFIRMED, "true")))
                .hasMessageContaining("請填寫確認意見");
        assertThat(report).isWaitingAt(CONFIRM);
        Assertions.assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void anUnconfirmedReportRemindsTheSuperiorAfterADayAndStaysWithThem_R_AP_5() {
        ProcessInstance report = report("cs-1", "leader-1", "2026-11-25T09:40:00+08:00", "關機");
        Assertions.assertThat(job(CONFIRMATION_OVERDUE, report).getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(24 * 3600)));
        ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(24 * 3600)));
        execute(job(CONFIRMATION_OVERDUE, report));

        Assertions.assertThat(mailbox.sent).singleElement().satisfies(m -> {
            Assertions.assertThat(m.to()).isEqualTo("ops-mgr");
            Assertions.assertThat(m.body()).contains("郭志偉", "R-AP-5");
        });
        assertThat(report).isWaitingAt(CONFIRM);
        assertThat(task(report)).isAssignedTo("ops-mgr");
    }

    @Test
    void theConfiguredFineAndGroupsAreTheOnesApplied_R_AP_5() {
        StaffProperties d = StaffProperties.defaults();
        configure(new StaffProperties(d.agreementGroups(), true, d.agreementReminder(), d.onboardingGroups(),
                List.of("station-head", "station-manager", "ops-manager"), new BigDecimal("150"), "bureau-head",
                d.confirmReminder(), 30, d.certificateCheck()));
        Assertions.assertThatThrownBy(() -> report("cs-1", "leader-1", "2026-11-25T09:40:00+08:00", "關機"))
                .as("group leaders taken off the duty by configuration").hasMessageContaining("不是組長以上人員");

        ProcessInstance report = report("cs-1", "head-east", "2026-11-25T09:40:00+08:00", "關機");
        complete(task(report), withVariables(VAR_CONFIRMED, true, VAR_CONFIRM_COMMENT, "屬實"));
        Assertions.assertThat(fines()).singleElement().satisfies(f -> Assertions.assertThat(f.amountRmb()).isEqualByComparingTo("150"));
    }
}

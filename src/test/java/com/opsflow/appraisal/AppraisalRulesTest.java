package com.opsflow.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.process.SeparationReviewProcess;
import com.opsflow.platform.BadRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 3-point scheme on the real ledger (R-AP-1…4, R-AP-7): statements, crossings and the
 * separation reviews they start. Every test uses its own staff member and far-away months, since
 * the database is shared with the other Spring tests.
 */
@OpsFlowSpringBootTest
class AppraisalRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void noEngineUserLeftBehind() {
        identityService.clearAuthentication();
    }

    @Test
    void eachPointCostsOneHundredRmbAndFinesAreAddedSeparately_R_AP_1() {
        points("eng-east-3", "0.5", "2045-01-10T09:00");
        points("eng-east-3", "1", "2045-01-11T09:00");
        fine("eng-east-3", "200", "R-WO-3", "2045-01-12T09:00");

        StaffStatement line = line("eng-east-3", "2045-01").orElseThrow();
        assertThat(line.points()).isEqualByComparingTo("1.5");
        assertThat(line.pointFinesRmb()).isEqualByComparingTo("150");
        assertThat(line.finesRmb()).isEqualByComparingTo("200");
        assertThat(line.totalRmb()).isEqualByComparingTo("350");
        assertThat(line.staffName()).isEqualTo("張家豪");
    }

    @Test
    void onePointFiveInAMonthIsFine_R_AP_2() {
        points("eng-east-2", "1", "2045-02-01T00:00");
        points("eng-east-2", "0.5", "2045-02-28T23:59:59");

        StaffStatement line = line("eng-east-2", "2045-02").orElseThrow();
        assertThat(line.points()).isEqualByComparingTo("1.5");
        assertThat(line.thresholds()).isEmpty();
        assertThat(line.reviewOutcome()).isNull();
        assertThat(reviews("eng-east-2")).isEmpty();
    }

    @Test
    void twoPointsInOneMonthCrossTheSeparationThreshold_R_AP_2() {
        points("eng-east-1", "1.5", "2045-04-03T10:00");
        assertThat(reviews("eng-east-1")).isEmpty();
        points("eng-east-1", "0.5", "2045-04-30T23:59:59");

        StaffStatement line = line("eng-east-1", "2045-04").orElseThrow();
        assertThat(line.points()).isEqualByComparingTo("2");
        assertThat(line.thresholds()).containsExactly("R-AP-2");
        assertThat(line.reviewOutcome()).isEqualTo("PENDING");
        assertThat(reviews("eng-east-1")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("eng-east-1:R-AP-2:2045-04");
    }

    @Test
    void aSeparationReviewStartsOncePerStaffThresholdAndMonth_R_AP_7() {
        points("eng-west-3", "2", "2045-06-03T10:00");
        points("eng-west-3", "0.5", "2045-06-04T10:00");
        points("eng-west-3", "1", "2045-06-05T10:00");

        assertThat(reviews("eng-west-3")).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("eng-west-3:R-AP-2:2045-06", "eng-west-3:R-AP-3:2045-06");
        // a later month is a new period
        points("eng-west-3", "2", "2045-12-03T10:00");
        assertThat(reviews("eng-west-3")).extracting(ProcessInstance::getBusinessKey)
                .contains("eng-west-3:R-AP-2:2045-12");
    }

    @Test
    void aPointOnTheLastSecondOfAMonthCountsInThatMonthInShanghaiTime_R_AP_2() {
        points("cs-1", "1.5", "2046-01-15T10:00");
        // 2046-01-31 23:59:59 in Shanghai is 15:59:59 UTC: still January
        points("cs-1", "0.5", "2046-01-31T23:59:59");
        // 2046-02-01 00:00 in Shanghai is still January 31 in UTC: February all the same
        points("cs-1", "1", "2046-02-01T00:00");

        assertThat(line("cs-1", "2046-01").orElseThrow().points()).isEqualByComparingTo("2");
        assertThat(line("cs-1", "2046-01").orElseThrow().thresholds()).contains("R-AP-2");
        assertThat(line("cs-1", "2046-02").orElseThrow().points()).isEqualByComparingTo("1");
        assertThat(line("cs-1", "2046-02").orElseThrow().thresholds()).doesNotContain("R-AP-2");
    }

    @Test
    void threePointsSpreadOverThreeCalendarMonthsCross_R_AP_3() {
        points("eng-west-1", "1", "2047-01-01T00:00");
        points("eng-west-1", "1", "2047-02-14T12:00");
        assertThat(reviews("eng-west-1")).isEmpty();
        points("eng-west-1", "1", "2047-03-31T23:59:59");

        StaffStatement march = line("eng-west-1", "2047-03").orElseThrow();
        assertThat(march.points()).isEqualByComparingTo("1");
        assertThat(march.thresholds()).containsExactly("R-AP-3");
        assertThat(march.reviews()).singleElement().satisfies(r -> {
            assertThat(r.threshold()).isEqualTo("R-AP-3");
            assertThat(r.firstMonth()).isEqualTo("2047-01");
            assertThat(r.lastMonth()).isEqualTo("2047-03");
            assertThat(r.measured()).isEqualByComparingTo("3");
        });
        assertThat(reviews("eng-west-1")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("eng-west-1:R-AP-3:2047-03");
    }

    @Test
    void aBreachCountsThePointsOfTheThreeMonthsBeforeItsOwnDateAcrossFourCalendarMonths_R_AP_3() {
        // 15 December, 20 January, 10 March: four calendar months, but all within the three months
        // before 10 March (11 December – 10 March)
        points("head-west", "1", "2050-12-15T10:00");
        points("head-west", "1", "2051-01-20T10:00");
        assertThat(reviews("head-west")).isEmpty();
        points("head-west", "1", "2051-03-10T10:00");
        assertThat(reviews("head-west")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("head-west:R-AP-3:2051-03");
        // the statement's window column is the window ending on the month's last day (January–March):
        // two points; the crossing at the breach's own date is on the line as its review
        StaffStatement march = line("head-west", "2051-03").orElseThrow();
        assertThat(march.reviews()).singleElement().satisfies(r -> {
            assertThat(r.firstMonth()).isEqualTo("2050-12");
            assertThat(r.lastMonth()).isEqualTo("2051-03");
            assertThat(r.measured()).isEqualByComparingTo("3");
        });
    }

    @Test
    void pointsJustBeforeTheWindowDoNotCountAndOneReviewCoversOverlappingWindows_R_AP_3() {
        // 31 March's window is 1 January – 31 March: the last second of December is outside it
        points("eng-west-2", "1", "2047-12-31T23:59:59");
        points("eng-west-2", "1", "2048-02-10T10:00");
        points("eng-west-2", "1", "2048-03-31T10:00");
        assertThat(reviews("eng-west-2")).isEmpty();

        // the first second of January is inside the windows of 10 February (11 November – 10 February)
        // and 31 March: posted late, it completes the earlier of them
        points("eng-west-2", "1", "2048-01-01T00:00");
        assertThat(reviews("eng-west-2")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("eng-west-2:R-AP-3:2048-02");
        // 31 March's window and that of a breach on 15 April hold three points too: one review covers them
        points("eng-west-2", "1", "2048-04-15T10:00");
        assertThat(reviews("eng-west-2")).hasSize(1);
    }

    @Test
    void aBreachPostedLateCountsInTheWindowsAfterIt_R_AP_3() {
        points("tech-1", "1", "2049-05-10T10:00");
        points("tech-1", "1", "2049-06-10T10:00");
        // posted last, happened first
        points("tech-1", "1", "2049-04-10T10:00");

        assertThat(reviews("tech-1")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("tech-1:R-AP-3:2049-06");
    }

    @Test
    void aLateBreachCountsInAWindowEndingThreeMonthsAfterIt_R_AP_3() {
        // A breach's windows end up to three months after it: the months the check totals before it reads
        // the ledger (SeparationThresholds) reach that far
        points("eng-east-3", "1", "2056-03-15T10:00");
        points("eng-east-3", "1", "2056-04-30T10:00");
        // (other tests post for eng-east-3 too, in other years)
        assertThat(reviews("eng-east-3")).extracting(ProcessInstance::getBusinessKey).noneMatch(k -> k.contains(":2056-"));
        // posted last, happened first: 31 January is the first day of 30 April's window (31 January – 30 April)
        points("eng-east-3", "1", "2056-01-31T10:00");
        assertThat(reviews("eng-east-3")).extracting(ProcessInstance::getBusinessKey).filteredOn(k -> k.contains(":2056-"))
                .containsExactly("eng-east-3:R-AP-3:2056-04");
    }

    @Test
    void pointsPostedInOneTransactionCrossTogether_R_AP_2() {
        // the check reads the month's totals just before the commit: this transaction's own postings count
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            points("mgr-east", "1", "2052-03-03T10:00");
            points("mgr-east", "1", "2052-03-04T10:00");
        });
        assertThat(reviews("mgr-east")).extracting(ProcessInstance::getBusinessKey).contains("mgr-east:R-AP-2:2052-03");
    }

    @Test
    void aBreachBeforeACrossingAlreadyRecordedInItsWindowStartsNoSecondReview_R_AP_3() {
        points("owner-1", "1", "2053-01-10T10:00");
        points("owner-1", "1", "2053-02-10T10:00");
        points("owner-1", "1", "2053-03-10T10:00");
        assertThat(reviews("owner-1")).extracting(ProcessInstance::getBusinessKey).containsExactly("owner-1:R-AP-3:2053-03");
        // posted late, before 10 March: 10 March's window now holds 3.5 points, already reviewed
        points("owner-1", "0.5", "2053-01-20T10:00");
        // 20 April's window (21 January – 20 April) holds three points, within the window's length of 10 March
        points("owner-1", "1", "2053-04-20T10:00");
        assertThat(reviews("owner-1")).hasSize(1);
    }

    @Test
    void threeConductBreachesInAMonthDoNotCross_R_AP_4() {
        for (int day = 1; day <= 3; day++) {
            fine("cs-2", "50", "R-WO-12", "2046-05-0" + day + "T10:00");
        }
        StaffStatement line = line("cs-2", "2046-05").orElseThrow();
        assertThat(line.conductBreaches()).isEqualTo(3);
        assertThat(line.finesRmb()).isEqualByComparingTo("150");
        assertThat(line.thresholds()).isEmpty();
        assertThat(reviews("cs-2")).isEmpty();
    }

    @Test
    void fourConductBreachesInAMonthCrossTheDismissalThreshold_R_AP_4() {
        for (int day = 1; day <= 4; day++) {
            fine("leader-1", "50", "R-WO-12", "2046-07-0" + day + "T10:00");
        }
        // another rule's fine is no conduct breach
        fine("leader-1", "100", "R-AP-5", "2046-08-01T10:00");

        StaffStatement line = line("leader-1", "2046-07").orElseThrow();
        assertThat(line.conductBreaches()).isEqualTo(4);
        assertThat(line.thresholds()).containsExactly("R-AP-4");
        assertThat(line("leader-1", "2046-08").orElseThrow().conductBreaches()).isZero();
        assertThat(reviews("leader-1")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("leader-1:R-AP-4:2046-07");
    }

    @Test
    void aReversalTakesAnEntryOutOfEveryTotal_R_AP_6() {
        points("mgr-east", "1.5", "2050-03-03T10:00");
        LedgerEntry half = points("mgr-east", "0.5", "2050-03-04T10:00");
        fine("mgr-east", "50", "R-WO-12", "2050-03-05T10:00");
        LedgerEntry conduct = fine("mgr-east", "50", "R-WO-12", "2050-03-06T10:00");
        assertThat(line("mgr-east", "2050-03").orElseThrow().thresholds()).containsExactly("R-AP-2");

        LedgerEntry reversal = ledger.reverse(half.id(), "申訴成立：用戶更改預約時間", "ops-mgr");
        ledger.reverse(conduct.id(), "申訴成立：回訪記錄有誤", "ops-mgr");

        assertThat(reversal.reversalOf()).isEqualTo(half.id());
        assertThat(reversal.postedBy()).isEqualTo("ops-mgr");
        assertThat(reversal.reason()).isEqualTo("申訴成立：用戶更改預約時間");
        StaffStatement line = line("mgr-east", "2050-03").orElseThrow();
        assertThat(line.points()).isEqualByComparingTo("1.5");
        assertThat(line.pointFinesRmb()).isEqualByComparingTo("150");
        assertThat(line.finesRmb()).isEqualByComparingTo("50");
        assertThat(line.conductBreaches()).isEqualTo(1);
        assertThat(line.thresholds()).isEmpty();
        // the review already started stays on the statement until decided
        assertThat(line.reviewOutcome()).isEqualTo("PENDING");
        // the original is kept untouched beside its reversal
        assertThat(ledger.entries("mgr-east", YearMonth.of(2050, 3), null))
                .filteredOn(e -> e.id() == half.id() || half.id() == (e.reversalOf() == null ? -1 : e.reversalOf()))
                .hasSize(2);
    }

    @Test
    void aReversedEntryNoLongerCountsTowardsAThreshold_R_AP_2() {
        LedgerEntry one = points("mgr-west", "1", "2050-05-03T10:00");
        ledger.reverse(one.id(), "申訴成立", "ops-mgr");
        points("mgr-west", "1", "2050-05-04T10:00");

        assertThat(line("mgr-west", "2050-05").orElseThrow().thresholds()).isEmpty();
        assertThat(reviews("mgr-west")).isEmpty();
    }

    @Test
    void anEntryIsReversedOnceAndAReversalNotAtAll_R_AP_6() {
        LedgerEntry entry = fine("head-west", "200", "R-WO-3", "2050-07-01T10:00");
        LedgerEntry first = ledger.reverse(entry.id(), "申訴成立", "ops-mgr");
        LedgerEntry again = ledger.reverse(entry.id(), "再次申訴", "ops-mgr");

        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> ledger.reverse(first.id(), "撤銷撤銷", "ops-mgr"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ledger.reverse(entry.id(), " ", "ops-mgr"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("reason");
    }

    @Test
    void theOpsManagersDecisionIsRecordedOnTheStatement_R_AP_7() {
        points("head-east", "2", "2050-09-03T10:00");
        ProcessInstance review = reviews("head-east").get(0);
        Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(SeparationReviewProcess.TASK_REVIEW);

        identityService.setAuthentication("ops-mgr", List.of("ops-manager"));
        taskService.complete(task.getId(), Map.of(SeparationReviewProcess.DECISION, SeparationReviewProcess.DECISION_OVERRULE,
                SeparationReviewProcess.DECISION_REASON, "初犯，留任觀察"));
        identityService.clearAuthentication();

        StaffStatement line = line("head-east", "2050-09").orElseThrow();
        assertThat(line.reviewOutcome()).isEqualTo("OVERRULED");
        assertThat(line.reviews()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("OVERRULED");
            assertThat(r.reason()).isEqualTo("初犯，留任觀察");
            assertThat(r.decidedBy()).isEqualTo("ops-mgr");
            assertThat(r.decidedAt()).isNotNull();
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isZero();
    }

    @Test
    void aPostingByAnEngineerStillStartsTheReviewAsTheSystem_R_AP_7() {
        // e.g. a deduction posted while an engineer completes a task: they may not start the review
        identityService.setAuthentication("eng-east-1", List.of("engineer"));
        try {
            points("bureau-1", "2", "2051-01-03T10:00");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(reviews("bureau-1")).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("bureau-1:R-AP-2:2051-01");
    }

    private LedgerEntry points(String staff, String points, String shanghaiTime) {
        return appraisal.post(Breach.points(staff, new BigDecimal(points), "R-WO-4", "上門遲到", Source.manual(),
                at(shanghaiTime), "system", "rules-test:" + UUID.randomUUID()));
    }

    private LedgerEntry fine(String staff, String amount, String rule, String shanghaiTime) {
        return appraisal.post(Breach.fine(staff, new BigDecimal(amount), rule, "回訪發現未穿鞋套", Source.manual(),
                at(shanghaiTime), "system", "rules-test:" + UUID.randomUUID()));
    }

    private static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
    }

    private Optional<StaffStatement> line(String staff, String month) {
        return ledger.statement(YearMonth.parse(month)).stream().filter(l -> l.staff().equals(staff)).findFirst();
    }

    /** Running separation reviews of a staff member (business key staff:rule:month). */
    private List<ProcessInstance> reviews(String staff) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SeparationReviewProcess.KEY)
                .processInstanceBusinessKeyLike(staff + ":%").list();
    }
}

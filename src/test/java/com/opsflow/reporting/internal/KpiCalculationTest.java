package com.opsflow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.opsflow.reporting.Bucket;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.KpiReport.AppraisalSection;
import com.opsflow.reporting.KpiReport.AttendanceSection;
import com.opsflow.reporting.KpiReport.Training;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every KPI on a small hand-made history with known answers, built on the plain in-memory engine
 * by driving test-only models (names as in {@link WorkOrderFacts}) with the engine clock moved.
 *
 * <p>March 2026 (Asia/Shanghai), dispatch = order start unless a dispatch task says otherwise:
 * <pre>
 * R0 repair  east eng-east-1  02-28 23:55 → closed 03-01 00:30 (received before March)
 * R1 repair  east eng-east-1  03-02 09:00 contact 09:05, on site 09:40, closed 10:30, satisfaction 5
 * R2 repair  east eng-east-2  03-03 09:00 contact 09:12 (late: escalation levels 1–2), on site 10:30 (late),
 *                               tech support, closed 11:00, satisfaction 2, verified complaint
 * I1 install west eng-west-1  03-10 09:50, dispatched 10:00 (dispatchedAt), contact 10:08, installed 03-11 15:00,
 *                               closed 16:00, satisfaction 4
 * N1 renewal west eng-west-1  03-31 23:50 contact 23:58 (in the called response-deadline process),
 *                               closed 04-01 00:30, satisfaction 4
 * R5 repair  east eng-east-1  04-01 00:00 (after March), still open
 * </pre>
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"reporting/kpi-test-repair.bpmn", "reporting/kpi-test-installation.bpmn",
        "reporting/kpi-test-renewal.bpmn", "reporting/kpi-test-response-deadline.bpmn"})
class KpiCalculationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = at("2026-04-15T12:00");
    static final Training NO_TRAINING = new Training(0, BigDecimal.ZERO, 0, Map.of());
    static final AppraisalSection NO_APPRAISAL = new AppraisalSection(false, "", BigDecimal.ZERO, BigDecimal.ZERO,
            List.of(), Map.of(), List.of());
    static final AttendanceSection NO_ATTENDANCE = new AttendanceSection(false, "", 0, 0, 0, BigDecimal.ZERO,
            List.of());

    ProcessEngine engine;
    final KpiCalculator calculator = new KpiCalculator(KpiSettings.defaults(ZONE));

    /** Called first in each test: the extension deploys the models only after {@code @BeforeEach}. */
    void buildMarchHistory() {
        String r0 = start("repair", "WO-20260228-0001", "east", "eng-east-1", "phone", "2026-02-28T23:55");
        complete(r0, "UserTask_ContactCustomer", "2026-02-28T23:58", Map.of());
        complete(r0, "UserTask_ArriveOnSite", "2026-03-01T00:10", Map.of());
        complete(r0, "UserTask_Callback", "2026-03-01T00:30", Map.of("satisfaction", 3));

        String r1 = start("repair", "WO-20260302-0001", "east", "eng-east-1", "phone", "2026-03-02T09:00");
        complete(r1, "UserTask_ContactCustomer", "2026-03-02T09:05", Map.of());
        complete(r1, "UserTask_ArriveOnSite", "2026-03-02T09:40", Map.of());
        complete(r1, "UserTask_Callback", "2026-03-02T10:30", Map.of("satisfaction", 5));

        String r2 = start("repair", "WO-20260303-0001", "east", "eng-east-2", "web", "2026-03-03T09:00");
        fireDueTimers(r2, "2026-03-03T09:11");
        complete(r2, "UserTask_ContactCustomer", "2026-03-03T09:12", Map.of());
        complete(r2, "UserTask_ArriveOnSite", "2026-03-03T10:30", Map.of("needsTechSupport", true));
        complete(r2, "UserTask_EscalateToTechSupport", "2026-03-03T10:45", Map.of());
        complete(r2, "UserTask_Callback", "2026-03-03T11:00",
                Map.of("satisfaction", 2, "complaint", true, "staffFault", true));

        String i1 = start("installation", "WO-20260310-0001", "west", "eng-west-1", "phone", "2026-03-10T09:50");
        complete(i1, "UserTask_Dispatch", "2026-03-10T10:00", Map.of("dispatchedAt", Date.from(at("2026-03-10T10:00"))));
        complete(i1, "UserTask_ContactCustomer", "2026-03-10T10:08", Map.of());
        complete(i1, "UserTask_Install", "2026-03-11T15:00", Map.of());
        complete(i1, "UserTask_Callback", "2026-03-11T16:00", Map.of("satisfaction", 4));

        String n1 = start("renewal", "WO-20260331-0001", "west", "eng-west-1", "wechat", "2026-03-31T23:50");
        complete(n1, "UserTask_ContactCustomer", "2026-03-31T23:58", Map.of());
        complete(n1, "UserTask_Callback", "2026-04-01T00:30", Map.of("satisfaction", 4));

        start("repair", "WO-20260401-0001", "east", "eng-east-1", "phone", "2026-04-01T00:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void contactComplianceCountsOrdersContactedWithinTenMinutes_K_4() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.compliance().contact().met()).isEqualTo(3);
        assertThat(march.compliance().contact().total()).isEqualTo(4);
        assertThat(march.compliance().contact().rate()).isEqualTo(0.75);
    }

    @Test
    void onSiteComplianceCountsRepairsOnSiteWithinOneHour_K_4() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.compliance().onSite().met()).isEqualTo(1);
        assertThat(march.compliance().onSite().total()).isEqualTo(2);
    }

    @Test
    void installationComplianceCountsInstallationsWithinTwoDaysOfDispatch_K_4() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.compliance().installation().met()).isEqualTo(1);
        assertThat(march.compliance().installation().total()).isEqualTo(1);
    }

    @Test
    void installationWithAnAgreedTimeIsMeasuredAgainstThatTime_K_4() {
        buildMarchHistory();
        // agreed for 03-20 10:00; installed 03-20 11:00: within 2 days of dispatch but after the agreed time
        String late = start("installation", "WO-20260319-0001", "west", "eng-west-2", "web", "2026-03-19T09:00",
                Map.of("agreedTime", "2026-03-20T10:00:00+08:00"));
        complete(late, "UserTask_Dispatch", "2026-03-19T09:05", Map.of());
        complete(late, "UserTask_ContactCustomer", "2026-03-19T09:10", Map.of());
        complete(late, "UserTask_Install", "2026-03-20T11:00", Map.of());

        KpiReport march = report(march());

        assertThat(march.compliance().installation().met()).isEqualTo(1);
        assertThat(march.compliance().installation().total()).isEqualTo(2);
        assertThat(march.compliance().installation().rate()).isEqualTo(0.5);
    }

    @Test
    void escalationsCountOrdersPerLevelReachedAndTechSupport_K_4() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.compliance().escalations()).extracting(KpiReport.EscalationLevel::orders)
                .containsExactly(1L, 1L, 0L);
        assertThat(march.compliance().techSupportEscalations()).isEqualTo(1);
    }

    @Test
    void aContactMissedFifteenMinutesReachesTheFinesLevel_K_4() {
        buildMarchHistory();
        String late = start("repair", "WO-20260320-0001", "east", "eng-east-3", "phone", "2026-03-20T09:00");
        fireDueTimers(late, "2026-03-20T09:16");
        fireDueTimers(late, "2026-03-20T09:16");
        complete(late, "UserTask_ContactCustomer", "2026-03-20T09:17", Map.of());

        KpiReport march = report(march());

        assertThat(march.compliance().escalations()).extracting(KpiReport.EscalationLevel::orders)
                .containsExactly(2L, 2L, 1L);
        assertThat(march.compliance().contact().rate()).isEqualTo(0.6);
    }

    @Test
    void volumeCountsReceivedCompletedAndOpenWithinThePeriod_K_3() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.volume().received()).isEqualTo(4);
        assertThat(march.volume().completed()).as("R0 closed on 1 March counts, N1 closed on 1 April does not")
                .isEqualTo(4);
        assertThat(march.volume().open()).as("N1 still open at the end of March").isEqualTo(1);
        assertThat(march.volume().byType().get("REPAIR")).isEqualTo(new KpiReport.Counts(2, 3, 0));
        assertThat(march.volume().byType().get("INSTALLATION")).isEqualTo(new KpiReport.Counts(1, 1, 0));
        assertThat(march.volume().byType().get("RENEWAL")).isEqualTo(new KpiReport.Counts(1, 0, 1));
        assertThat(march.volume().byChannel().get("phone").received()).isEqualTo(2);
        assertThat(march.volume().byStation().get("west").received()).isEqualTo(2);
    }

    @Test
    void periodBoundariesFollowTheDepartmentsMidnight_K_3() {
        buildMarchHistory();
        KpiReport firstOfApril = report(new KpiQuery(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null, null,
                null, null, null));

        assertThat(firstOfApril.volume().received()).as("R5 started at 00:00 on 1 April").isEqualTo(1);
        assertThat(firstOfApril.volume().completed()).as("N1 closed at 00:30 on 1 April").isEqualTo(1);
        assertThat(firstOfApril.volume().open()).as("R5").isEqualTo(1);

        KpiReport lastOfMarch = report(new KpiQuery(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), null, null,
                null, null, null));
        assertThat(lastOfMarch.volume().received()).as("N1 started at 23:50 on 31 March").isEqualTo(1);
        assertThat(lastOfMarch.volume().completed()).isZero();
    }

    @Test
    void stationFilterKeepsOnlyThatStationsOrders_K_3() {
        buildMarchHistory();
        KpiReport east = report(march().withStation("east"));

        assertThat(east.volume().received()).isEqualTo(2);
        assertThat(east.volume().completed()).isEqualTo(3);
        assertThat(east.volume().open()).isZero();
        assertThat(east.compliance().contact().rate()).isEqualTo(0.5);
        assertThat(east.engineers()).extracting(KpiReport.EngineerRow::engineer)
                .containsExactly("eng-east-1", "eng-east-2");
    }

    @Test
    void typeAndEngineerFiltersNarrowTheOrders_K_3() {
        buildMarchHistory();
        assertThat(report(new KpiQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, null,
                "installation", null)).volume().received()).isEqualTo(1);
        assertThat(report(march().withEngineer("eng-west-1")).volume().received()).isEqualTo(2);
    }

    @Test
    void efficiencyGivesMedianAndP90MinutesFromDispatch_K_2() {
        buildMarchHistory();
        KpiReport march = report(march());

        // contact minutes 5, 8 (I1 from its dispatch at 10:00), 8, 12
        assertThat(march.efficiency().dispatchToContact().count()).isEqualTo(4);
        assertThat(march.efficiency().dispatchToContact().medianMinutes()).isEqualTo(8.0);
        assertThat(march.efficiency().dispatchToContact().p90Minutes()).isCloseTo(10.8, within(0.01));
        // on site: 40 and 90
        assertThat(march.efficiency().dispatchToOnSite().medianMinutes()).isEqualTo(65.0);
        // closed: 40 (N1), 90, 120, 1800 (I1, 30 h after dispatch)
        assertThat(march.efficiency().dispatchToClosed().medianMinutes()).isEqualTo(105.0);
        assertThat(march.efficiency().dispatchToClosed().p90Minutes()).isCloseTo(1296.0, within(0.01));
    }

    @Test
    void satisfactionGivesAverageDistributionAndComplaints_K_1() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.satisfaction().responses()).isEqualTo(4);
        assertThat(march.satisfaction().average()).isEqualTo(3.75);
        assertThat(march.satisfaction().distribution()).containsExactly(entry(1, 0L), entry(2, 1L), entry(3, 0L),
                entry(4, 2L), entry(5, 1L));
        assertThat(march.satisfaction().complaints()).isEqualTo(1);
        assertThat(march.satisfaction().verifiedComplaints()).isEqualTo(1);
    }

    @Test
    void trendHasOneBucketPerWeekWithinThePeriod_K_3() {
        buildMarchHistory();
        KpiReport march = report(new KpiQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Bucket.WEEK, null,
                null, null, null));

        // 1 March 2026 is a Sunday: buckets 03-01, 03-02…08, …, 03-30…31
        assertThat(march.trend()).hasSize(6);
        assertThat(march.trend().get(0).received()).isZero();
        assertThat(march.trend().get(0).completed()).as("R0").isEqualTo(1);
        assertThat(march.trend().get(1).received()).as("R1, R2").isEqualTo(2);
        assertThat(march.trend().get(1).contactRate()).isEqualTo(0.5);
        assertThat(march.trend().get(5).received()).as("N1").isEqualTo(1);
        assertThat(march.trend().stream().mapToLong(KpiReport.TrendPoint::received).sum()).isEqualTo(4);
    }

    @Test
    void engineersAreRankedByContactRateThenSatisfaction_K_2() {
        buildMarchHistory();
        KpiReport march = report(march());

        assertThat(march.engineers()).extracting(KpiReport.EngineerRow::engineer)
                .containsExactly("eng-east-1", "eng-west-1", "eng-east-2");
        assertThat(march.engineers().get(2).verifiedComplaints()).isEqualTo(1);
    }

    @Test
    void anOrderStillWithinItsContactDeadlineIsNotMeasuredYet_K_4() {
        buildMarchHistory();
        start("repair", "WO-20260331-0002", "east", "eng-east-1", "phone", "2026-03-31T12:00");
        Instant fiveMinutesLater = at("2026-03-31T12:05");

        KpiReport report = calculator.calculate(march(), history().load(at("2026-03-01T00:00"), at("2026-04-01T00:00")),
                fiveMinutesLater, NO_TRAINING, NO_APPRAISAL, NO_ATTENDANCE, id -> id);

        assertThat(report.volume().received()).isEqualTo(5);
        assertThat(report.compliance().contact().total()).isEqualTo(4);
    }

    // --- helpers ---------------------------------------------------------------------------

    private static KpiQuery march() {
        return new KpiQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, null, null, null);
    }

    private KpiReport report(KpiQuery query) {
        Instant from = query.from().atStartOfDay(ZONE).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(ZONE).toInstant();
        return calculator.calculate(query, history().load(from, to), NOW, NO_TRAINING, NO_APPRAISAL, NO_ATTENDANCE,
                id -> id);
    }

    private WorkOrderHistory history() {
        return new WorkOrderHistory(engine.getHistoryService(), ZONE);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    private String start(String key, String orderNo, String station, String engineer, String channel, String when) {
        return start(key, orderNo, station, engineer, channel, when, Map.of());
    }

    private String start(String key, String orderNo, String station, String engineer, String channel, String when,
            Map<String, Object> extra) {
        ClockUtil.setCurrentTime(Date.from(at(when)));
        Map<String, Object> vars = new HashMap<>(extra);
        vars.put("station", station);
        vars.put("engineer", engineer);
        vars.put("channel", channel);
        vars.put("customerName", "測試客戶");
        vars.put("needsTechSupport", false);
        return engine.getRuntimeService().startProcessInstanceByKey(key, orderNo, vars).getId();
    }

    private void complete(String processInstanceId, String taskKey, String when, Map<String, Object> vars) {
        ClockUtil.setCurrentTime(Date.from(at(when)));
        String orderNo = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(orderNo)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " active").isNotNull();
        engine.getTaskService().complete(task.getId(), vars);
    }

    private void fireDueTimers(String processInstanceId, String when) {
        ClockUtil.setCurrentTime(Date.from(at(when)));
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(Date.from(at(when).plusSeconds(1))).list();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
}

package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.CALLBACK_TASK;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT_OVERDUE;
import static com.opsflow.workorder.WorkOrderProcess.DEDUCT_LATE_CONTACT;
import static com.opsflow.workorder.WorkOrderProcess.FINES_DUE;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_OPS_MANAGER;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_STATION;
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
import com.opsflow.workorder.internal.CallbackVariables;
import com.opsflow.workorder.internal.CheckComplaintVerdict;
import com.opsflow.workorder.internal.FindEscalationPeople;
import com.opsflow.workorder.internal.LoadComplaintOrder;
import com.opsflow.workorder.internal.OrderDataExpressions;
import com.opsflow.workorder.internal.OrderParties;
import com.opsflow.workorder.internal.PrepareWorkOrder;
import com.opsflow.workorder.internal.RecordAppointment;
import com.opsflow.workorder.internal.RecordDispatch;
import com.opsflow.workorder.internal.RecordHandover;
import com.opsflow.workorder.internal.RecordRegistration;
import com.opsflow.workorder.internal.ReturnComplaintVerdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.staff.internal.StaffProperties;
import com.opsflow.staff.internal.UnreachableReports;
import com.opsflow.staff.process.CheckUnreachableReport;
import com.opsflow.staff.process.ReportUnreachableManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shared set-up of the work-order scenario tests: the in-memory engine (camunda.cfg.xml), the
 * real delegates with a fake appraisal ledger, directory and notifier, and a fixed engine clock
 * (T0 = dispatch time) so every deadline is checked to the minute.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
abstract class WorkOrderScenario {

    static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z"); // 09:00 in Shanghai
    static final String ENGINEER = "eng-east-1";
    static final List<String> FIVE = List.of("eng-east-1", "head-east", "mgr-east", "cs-1", "ops-mgr");

    ProcessEngine engine;
    DeadlineProperties deadlines = DeadlineProperties.defaults();
    final FakeAppraisal appraisal = new FakeAppraisal();
    final RecordingNotifier notifier = new RecordingNotifier();
    final FakeRegistrationArchive registrations = new FakeRegistrationArchive();
    final FakeOrderRecords records = new FakeOrderRecords();
    private static final AtomicInteger ORDERS = new AtomicInteger();

    @BeforeEach
    void setUpScenario(ProcessEngine engine) {
        this.engine = engine;
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(T0));
        FakeStaffDirectory directory = new FakeStaffDirectory();
        Mocks.register("deadlines", deadlines);
        Mocks.register("postDeduction", new PostDeduction(appraisal));
        Mocks.register("notifyPerson", new NotifyPerson(notifier));
        Mocks.register("prepareWorkOrder", new PrepareWorkOrder(directory,
                () -> "WO-20261125-" + String.format("%04d", ORDERS.incrementAndGet()), records));
        Mocks.register("recordDispatch", new RecordDispatch(directory, deadlines, records));
        Mocks.register("orderData", new OrderDataExpressions(records));
        Mocks.register("orderParties", new OrderParties(directory));
        Mocks.register("recordAppointment", new RecordAppointment(deadlines, records));
        Mocks.register("recordHandover", new RecordHandover(deadlines));
        Mocks.register("loadComplaintOrder", new LoadComplaintOrder(directory, records, deadlines));
        Mocks.register("findEscalationPeople", new FindEscalationPeople(directory, records));
        Mocks.register("returnComplaintVerdict", new ReturnComplaintVerdict());
        Mocks.register("callbackVariables", new CallbackVariables(deadlines));
        Mocks.register("checkComplaintVerdict", new CheckComplaintVerdict(directory));
        Mocks.register("recordRegistration", new RecordRegistration(registrations, records));
        Mocks.register("fileRegistration", new RecordRegistration.FileRegistration(registrations));
        // R-AP-5: the escalation steps' "could not reach by phone" (staff module's listener)
        registerPhoneDuty(directory);
    }

    /** The listener of the escalation steps that reports an unreachable manager (R-AP-5), over {@code directory}. */
    void registerPhoneDuty(StaffDirectory directory) {
        UnreachableReports reports = new UnreachableReports(directory, StaffProperties.defaults(), deadlines.zone());
        Mocks.register("reportUnreachableManager", new ReportUnreachableManager(directory, reports));
        Mocks.register("checkUnreachableReport", new CheckUnreachableReport(reports, directory));
        Mocks.register("staffing", StaffProperties.defaults());
    }

    /** Runs the scenario with another configuration (opsflow.deadlines.*), as a department would set it. */
    void configure(DeadlineProperties configured) {
        this.deadlines = configured;
        FakeStaffDirectory directory = new FakeStaffDirectory();
        Mocks.register("deadlines", configured);
        Mocks.register("recordDispatch", new RecordDispatch(directory, configured, records));
        Mocks.register("recordAppointment", new RecordAppointment(configured, records));
        Mocks.register("recordHandover", new RecordHandover(configured));
        Mocks.register("callbackVariables", new CallbackVariables(configured));
    }

    @AfterEach
    void tearDownScenario() {
        Mocks.reset();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    abstract String processKey();

    Map<String, Object> order() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("station", "east");
        vars.put("customerName", "陳大文");
        vars.put("customerPhone", "13800138000");
        vars.put("address", "東區幸福路 1 號 3 樓");
        vars.put("channel", "PHONE");
        vars.put("description", "寬帶");
        vars.put("csAgent", "cs-1");
        return vars;
    }

    /** An order with its engineer given: dispatched at T0. */
    ProcessInstance startDispatched() {
        Map<String, Object> vars = order();
        vars.put("engineer", ENGINEER);
        return start(vars);
    }

    ProcessInstance start(Map<String, Object> vars) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey(), vars);
    }

    ProcessInstance called(ProcessInstance parent, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .processDefinitionKey(key).singleResult();
    }

    ProcessInstance response(ProcessInstance order) {
        return called(order, WorkOrderProcess.RESPONSE_DEADLINE);
    }

    static Date at(Duration afterT0) {
        return Date.from(T0.plus(afterT0));
    }

    static void clock(Duration afterT0) {
        ClockUtil.setCurrentTime(at(afterT0));
    }

    /** Fires a timer after checking it is due exactly when the rule says. */
    static void fire(String timerId, ProcessInstance instance, Duration dueAfterT0) {
        Job timer = job(timerId, instance);
        Assertions.assertThat(timer).as("timer %s", timerId).isNotNull();
        Assertions.assertThat(timer.getDuedate()).as("due date of %s", timerId).isEqualTo(at(dueAfterT0));
        clock(dueAfterT0);
        execute(timer);
    }

    /**
     * The contact deadline's timer (R-WO-1) at its due time, then the job that follows the R-WO-4
     * deduction (asyncAfter): the notices and the escalation. A renewal is only reminded, in the
     * timer's own transaction.
     */
    static void fireContactOverdue(ProcessInstance response, Duration dueAfterT0) {
        fire(CONTACT_OVERDUE, response, dueAfterT0);
        Job afterDeduction = job(DEDUCT_LATE_CONTACT, response);
        if (afterDeduction != null) {
            execute(afterDeduction);
        }
    }

    /** The engineer calls the user and agrees the visit one hour from now (R-WO-1, door code item 1). */
    void contact(ProcessInstance order) {
        contact(order, Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(1))));
    }

    void contact(ProcessInstance order, Date appointment) {
        ProcessInstance response = response(order);
        assertThat(response).isWaitingAt(CONTACT);
        complete(task(CONTACT, response), withVariables("contactNote", "已電話聯系", "appointment", appointment));
        assertThat(response).isEnded();
    }

    /**
     * R-WO-1 missed: the overdue timer fires 10 minutes after dispatch. An installation or repair
     * engineer loses half a point (R-WO-4) and customer service must tell the ops manager by
     * dispatch + 15 (R-WO-2).
     */
    void missContact(ProcessInstance order) {
        ProcessInstance response = response(order);
        fire(CONTACT_OVERDUE, response, Duration.ofMinutes(10));
        // the deduction commits with the timer, on its own (asyncAfter): when many deadlines fall due
        // together, every R-WO-4 is posted before the notices and tasks that follow
        Assertions.assertThat(appraisal.entries("R-WO-4")).hasSize(1);
        assertThat(response).isWaitingAt(CONTACT, DEDUCT_LATE_CONTACT);
        Assertions.assertThat(notifier.recipients()).doesNotContain("cs-1");
        execute(job(DEDUCT_LATE_CONTACT, response));
        assertThat(response).isWaitingAt(CONTACT, NOTIFY_OPS_MANAGER);
        Assertions.assertThat(task(NOTIFY_OPS_MANAGER, response).getDueDate()).isEqualTo(at(Duration.ofMinutes(15)));
        assertThat(task(NOTIFY_OPS_MANAGER, response)).hasCandidateGroup("customer-service");
        List<LedgerEntry> late = appraisal.entries("R-WO-4");
        Assertions.assertThat(late).hasSize(1);
        Assertions.assertThat(late.get(0).staff()).isEqualTo(ENGINEER);
        Assertions.assertThat(late.get(0).kind()).isEqualTo(EntryKind.POINTS);
        Assertions.assertThat(late.get(0).points()).isEqualByComparingTo("0.5");
        Assertions.assertThat(notifier.recipients()).contains("cs-1");
    }

    /**
     * The full chain of R-WO-2 and R-WO-3: customer service tells the ops manager at dispatch + 12,
     * the ops manager tells the station at + 13, nobody calls the user: the five fines fall five
     * minutes after the station was told, at + 18.
     */
    void missContactAndFinesFall(ProcessInstance order) {
        missContact(order);
        ProcessInstance response = response(order);
        clock(Duration.ofMinutes(12));
        complete(task(NOTIFY_OPS_MANAGER, response));
        Assertions.assertThat(notifier.recipients()).contains("ops-mgr");
        Task notice = task(NOTIFY_STATION, response);
        assertThat(notice).isAssignedTo("ops-mgr");
        clock(Duration.ofMinutes(13));
        complete(notice);
        Assertions.assertThat(notifier.recipients()).contains("mgr-east", "head-east");
        Assertions.assertThat(appraisal.fines("R-WO-3")).isEmpty();

        fire(FINES_DUE, response, Duration.ofMinutes(18));
        List<LedgerEntry> fines = appraisal.fines("R-WO-3");
        Assertions.assertThat(fines).extracting(LedgerEntry::staff).containsExactlyInAnyOrderElementsOf(FIVE);
        Assertions.assertThat(fines).allSatisfy(f -> {
            Assertions.assertThat(f.amountRmb()).isEqualByComparingTo(BigDecimal.valueOf(200));
            Assertions.assertThat(f.businessKey()).isEqualTo(order.getBusinessKey());
            Assertions.assertThat(f.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(18)));
        });
        assertThat(response).isWaitingAt(CONTACT);
    }

    /** R-WO-12 and R-WO-9 at the callback, and a complaint verified as the engineer's fault. */
    void callback(ProcessInstance order, Map<String, Object> answers) {
        ProcessInstance callback = called(order, WorkOrderProcess.CALLBACK);
        assertThat(callback).isWaitingAt(CALLBACK_TASK);
        assertThat(task(CALLBACK_TASK, callback)).hasCandidateGroup("customer-service");
        Map<String, Object> vars = new HashMap<>(Map.of("satisfaction", 4L, "complaint", false));
        vars.putAll(answers);
        complete(task(CALLBACK_TASK, callback), vars);
        runAsyncJobs(callback);
    }

    /**
     * The callback's postings are asynchronous (asyncBefore): customer service's completion never
     * fails because of the ledger; the job executor posts, retries and raises an incident if it must.
     */
    void runAsyncJobs(ProcessInstance instance) {
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
        throw new AssertionError("async jobs keep coming");
    }

    void verifyComplaint(ProcessInstance order, boolean staffFault, boolean lateVisit) {
        verifyComplaint(order, staffFault, lateVisit, ENGINEER);
    }

    /** The ops manager verifies the complaint of the order (R-WO-10) and names the person at fault. */
    void verifyComplaint(ProcessInstance order, boolean staffFault, boolean lateVisit, String faultStaff) {
        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(WorkOrderProcess.COMPLAINT).processInstanceBusinessKey(order.getBusinessKey()).singleResult();
        Task verify = task(WorkOrderProcess.VERIFY_COMPLAINT, complaint);
        assertThat(verify).hasCandidateGroup("ops-manager");
        complete(verify, withVariables("staffFault", staffFault, "lateVisit", lateVisit, "faultStaff", faultStaff));
        runAsyncJobs(complaint);
        ProcessInstance callback = called(order, WorkOrderProcess.CALLBACK);
        if (callback != null) {
            runAsyncJobs(callback);
        }
    }

    static <T> T nonNull(T value) {
        Assertions.assertThat(value).isNotNull();
        return value;
    }
}

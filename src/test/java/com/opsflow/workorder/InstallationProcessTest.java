package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.ARCHIVE_REGISTRATION;
import static com.opsflow.workorder.WorkOrderProcess.CALL_CALLBACK;
import static com.opsflow.workorder.WorkOrderProcess.DISPATCH;
import static com.opsflow.workorder.WorkOrderProcess.INSTALL;
import static com.opsflow.workorder.WorkOrderProcess.INSTALLATION_OVERDUE;
import static com.opsflow.workorder.WorkOrderProcess.ORDER_CLOSED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/workorder/installation.bpmn", "bpmn/workorder/response-deadline.bpmn",
        "bpmn/workorder/callback.bpmn", "bpmn/workorder/complaint.bpmn"})
class InstallationProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return "installation";
    }

    /** R-WO-11: the on-site service registration form (上門服務業務登記單). */
    static Map<String, Object> registration() {
        Map<String, Object> form = new HashMap<>();
        form.put("registrationAccount", "gz-0012345");
        form.put("registrationBandwidth", "100M");
        form.put("registrationDevice", "光貓 HG8145V5 SN 4857544300ABCDEF");
        form.put("registrationMaterials", "皮線光纜 30 米");
        form.put("registrationCustomerSigned", true);
        form.put("accountTold", true);
        return form;
    }

    @Test
    void happyPathInstallationWithRegistrationFormFiledByTheOpsDepartment_R_WO_11() {
        ProcessInstance order = start(order());
        complete(task(DISPATCH, order), Map.of("engineer", ENGINEER));
        contact(order, at(Duration.ofDays(3)));
        // the agreed time is after the two days: the two days of R-WO-5 are the deadline
        assertThat(task(INSTALL, order)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofDays(2)));
        clock(Duration.ofHours(20));
        complete(task(INSTALL, order), registration());
        assertThat(order).isWaitingAt(CALL_CALLBACK, ARCHIVE_REGISTRATION).variables().containsEntry("registrationAccount", "gz-0012345");
        Registration form = registrations.find(order.getBusinessKey()).orElseThrow();
        Assertions.assertThat(form.account()).isEqualTo("gz-0012345");
        Assertions.assertThat(form.engineer()).isEqualTo(ENGINEER);
        Assertions.assertThat(form.filedAt()).isNull();

        assertThat(task(ARCHIVE_REGISTRATION, order)).hasCandidateGroup("ops-manager");
        Assertions.assertThatThrownBy(() -> complete(task(ARCHIVE_REGISTRATION, order), Map.of()))
                .hasMessageContaining("請確認登記單已存檔");
        clock(Duration.ofHours(26));
        complete(task(ARCHIVE_REGISTRATION, order), Map.of("registrationFiled", true));
        Assertions.assertThat(registrations.find(order.getBusinessKey()).orElseThrow().filedAt())
                .isEqualTo(T0.plus(Duration.ofHours(26)));
        callback(order, Map.of("satisfaction", 5L));
        assertThat(order).isEnded().hasPassed(ORDER_CLOSED);
        Assertions.assertThat(appraisal.entries()).isEmpty();
        Assertions.assertThat(job(INSTALLATION_OVERDUE, order)).isNull();
    }

    /**
     * R-WO-9 covers installations: their callback is given the appearance checklist
     * (${callbackVariables}, no other variable), and a breach found on the call is deducted from the
     * order's engineer, whom the callback reads from the order's row.
     */
    @Test
    void anInstallationsCallbackChecksTheAppearanceAndDeductsTheOrdersEngineer_R_WO_9() {
        ProcessInstance order = start(order());
        complete(task(DISPATCH, order), Map.of("engineer", ENGINEER));
        contact(order, at(Duration.ofHours(5)));
        clock(Duration.ofHours(6));
        complete(task(INSTALL, order), registration());
        ProcessInstance callback = called(order, WorkOrderProcess.CALLBACK);
        Assertions.assertThat(engine.getRuntimeService().getVariables(callback.getId()))
                .containsOnly(Map.entry("appearanceChecked", true));
        callback(order, Map.of("breachTools", true));
        Assertions.assertThat(appraisal.entries()).singleElement().satisfies(e -> {
            Assertions.assertThat(e.rule()).isEqualTo("R-WO-9");
            Assertions.assertThat(e.staff()).isEqualTo(ENGINEER);
            Assertions.assertThat(e.reason()).contains(order.getBusinessKey());
        });
    }

    @Test
    void anIncompleteRegistrationFormIsRefusedOnTheServer_R_WO_11() {
        ProcessInstance order = startDispatched();
        contact(order);
        Map<String, Object> incomplete = registration();
        incomplete.remove("registrationDevice");
        incomplete.put("registrationCustomerSigned", false);
        Assertions.assertThatThrownBy(() -> complete(task(INSTALL, order), incomplete))
                .hasMessageContaining("上門服務業務登記單未填妥").hasMessageContaining("設備型號及序號").hasMessageContaining("用戶簽字確認");
        assertThat(order).isWaitingAt(INSTALL);
        Assertions.assertThat(registrations.forms).isEmpty();
    }

    @Test
    void aRegistrationLongerThanTheArchiveKeepsIsRefusedNotCut_R_WO_11() {
        ProcessInstance order = startDispatched();
        contact(order);
        Map<String, Object> form = registration();
        form.put("registrationMaterials", "光纜".repeat(501));
        Assertions.assertThatThrownBy(() -> complete(task(INSTALL, order), form))
                .hasMessageContaining("上門服務業務登記單內容過長").hasMessageContaining("用料 (最多 1000 字)");
        assertThat(order).isWaitingAt(INSTALL);
        Assertions.assertThat(registrations.forms).isEmpty();
    }

    @Test
    void contactDeadlineMissedThenMetDeductsHalfAPoint_R_WO_4() {
        ProcessInstance order = startDispatched();
        missContact(order);
        clock(Duration.ofMinutes(14));
        contact(order);
        assertThat(order).isWaitingAt(INSTALL);
        Assertions.assertThat(appraisal.entries()).extracting(LedgerEntry::rule).containsExactly("R-WO-4");
    }

    @Test
    void missedContactDeadlineFinesFivePeople_R_WO_3() {
        ProcessInstance order = startDispatched();
        missContactAndFinesFall(order);
        contact(order);
        assertThat(order).isWaitingAt(INSTALL);
        Assertions.assertThat(appraisal.fines("R-WO-3")).hasSize(5);
    }

    @Test
    void installationNotDoneWithinTwoDaysOfDispatchDeductsHalfAPointOnce_R_WO_5() {
        ProcessInstance order = startDispatched();
        contact(order, at(Duration.ofDays(4)));
        fire(INSTALLATION_OVERDUE, order, Duration.ofDays(2));
        LedgerEntry late = nonNull(appraisal.entries("R-WO-5").stream().findFirst().orElse(null));
        Assertions.assertThat(late.staff()).isEqualTo(ENGINEER);
        Assertions.assertThat(late.kind()).isEqualTo(EntryKind.POINTS);
        Assertions.assertThat(late.points()).isEqualByComparingTo("0.5");
        Assertions.assertThat(late.occurredAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(order).isWaitingAt(INSTALL);
        Assertions.assertThat(job(INSTALLATION_OVERDUE, order)).isNull(); // the agreed time later on deducts nothing more
        complete(task(INSTALL, order), registration());
        Assertions.assertThat(appraisal.entries()).hasSize(1);
    }

    @Test
    void installationNotDoneByTheTimeAgreedOnTheContactCallDeductsHalfAPoint_R_WO_5() {
        ProcessInstance order = startDispatched();
        clock(Duration.ofMinutes(5));
        contact(order, at(Duration.ofHours(5)));
        assertThat(task(INSTALL, order)).hasDueDate(at(Duration.ofHours(5)));
        // the deadline's text is the order's row's and the mails' (from workDue), not a variable (issue 19)
        assertThat(order).variables().containsEntry("workDue", at(Duration.ofHours(5)))
                .doesNotContainKeys("workDeadline", "appointmentText");
        Assertions.assertThat(records.find(order.getBusinessKey()).orElseThrow().workDeadline()).isEqualTo("2026-11-25 14:00");
        fire(INSTALLATION_OVERDUE, order, Duration.ofHours(5));
        Assertions.assertThat(appraisal.entries("R-WO-5")).singleElement()
                .satisfies(e -> Assertions.assertThat(e.reason()).contains("2026-11-25 14:00"));
    }

    @Test
    void theAppointmentFromTheTasklistDateTimeFieldIsReadWithItsOffset_R_WO_5() {
        ProcessInstance order = startDispatched();
        ProcessInstance response = response(order);
        complete(task(WorkOrderProcess.CONTACT, response), Map.of("appointment", "2026-11-25T15:30+08:00"));
        Assertions.assertThat(job(INSTALLATION_OVERDUE, order).getDuedate()).isEqualTo(at(Duration.ofMinutes(390)));
    }



}

package com.opsflow.staff;

import static com.opsflow.staff.process.StaffOnboardingProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Organisation;
import com.opsflow.notification.process.NotifyPerson;
import com.opsflow.staff.internal.StaffProperties;
import com.opsflow.staff.process.GrantStaffGroups;
import com.opsflow.staff.process.RecordAgreement;
import com.opsflow.staff.process.RegisterNewStaff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
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
 * R-SE-4: a new staff member is onboarded in order — account created, confidentiality agreement
 * signed and recorded, then groups granted; without the agreement no group (and so no dispatch).
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/staff/staff-onboarding.bpmn", "forms/staff/staff-onboarding-start.form",
        "forms/staff/staff-agreement.form"})
class StaffOnboardingProcessTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final String NEW = "newcomer"; // the in-memory engine takes plain ids only

    ProcessEngine engine;
    IdentityService identity;
    final StaffFakes.Directory directory = new StaffFakes.Directory();
    final StaffFakes.Register register = new StaffFakes.Register();
    final StaffFakes.Mailbox mailbox = new StaffFakes.Mailbox();
    final Organisation organisation = mock(Organisation.class);

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        directory.add(NEW, "孫立人", null, null, "none");
        User user = identity.newUser(NEW);
        identity.saveUser(user);
        if (identity.createGroupQuery().groupId(Groups.ENGINEER).count() == 0) {
            identity.saveGroup(identity.newGroup(Groups.ENGINEER));
        }
        Mocks.register("staffing", StaffProperties.defaults());
        Mocks.register("registerNewStaff", new RegisterNewStaff(directory, organisation, StaffProperties.defaults(),
                ZoneId.of("Asia/Shanghai")));
        Mocks.register("recordAgreement", new RecordAgreement(register));
        Mocks.register("grantStaffGroups", new GrantStaffGroups());
        Mocks.register("notifyPerson", new NotifyPerson(mailbox));
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        identity.deleteUser(NEW);
        identity.deleteGroup(Groups.ENGINEER);
        Mocks.reset();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    ProcessInstance onboard(String by, String staff, String role) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_STAFF, staff);
        vars.put(VAR_ROLE, role);
        vars.put(VAR_STATION, "east");
        vars.put(VAR_SUPERIOR, "head-east");
        vars.put(VAR_GROUP_LEADER, "leader-1");
        identity.setAuthenticatedUserId(by);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(KEY, vars);
        } finally {
            identity.clearAuthentication();
        }
    }

    boolean isEngineer(String user) {
        return identity.createUserQuery().userId(user).memberOfGroup(Groups.ENGINEER).count() == 1;
    }

    @Test
    void aNewStaffMemberGetsTheirGroupOnlyAfterTheAgreementIsRecorded_R_SE_4() {
        ProcessInstance onboarding = onboard("admin", NEW, Groups.ENGINEER);

        verify(organisation).addStaff(NEW, "east", "head-east", "leader-1", LocalDate.of(2026, 11, 25));
        assertThat(onboarding).isWaitingAt(RECORD_AGREEMENT);
        assertThat(task(onboarding)).hasCandidateGroup("admin");
        Assertions.assertThat(isEngineer(NEW)).as("no group before the agreement").isFalse();

        complete(task(onboarding), withVariables(VAR_AGREEMENT_NO, "BM-2026-101", VAR_SIGNED_ON, "2026-11-24",
                VAR_COMPANY_AGREEMENT_NO, "XXZX-BM-2026-01"));

        Assertions.assertThat(register.agreements.get(NEW)).satisfies(a -> {
            Assertions.assertThat(a.agreementNo()).isEqualTo("BM-2026-101");
            Assertions.assertThat(a.signedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
            Assertions.assertThat(a.companyAgreementNo()).isEqualTo("XXZX-BM-2026-01");
        });
        Assertions.assertThat(isEngineer(NEW)).isTrue();
        assertThat(onboarding).isEnded().hasPassed(GRANT_GROUPS, "EndEvent_StaffOnboarded");
        Assertions.assertThat(mailbox.recipients()).containsExactly(NEW);
    }

    @Test
    void anAgreementWithoutItsNumberIsRefusedAndNoGroupGranted_R_SE_4() {
        ProcessInstance onboarding = onboard("admin", NEW, Groups.ENGINEER);
        Assertions.assertThatThrownBy(() -> complete(task(onboarding), withVariables(VAR_SIGNED_ON, "2026-11-24",
                VAR_COMPANY_AGREEMENT_NO, "XXZX-BM-2026-01"))).hasMessageContaining("保密協議編號");
        Assertions.assertThatThrownBy(() -> complete(task(onboarding), withVariables(VAR_AGREEMENT_NO, "BM-1",
                VAR_SIGNED_ON, "昨天", VAR_COMPANY_AGREEMENT_NO, "XXZX-BM-2026-01"))).hasMessageContaining("簽署日期");
        assertThat(onboarding).isWaitingAt(RECORD_AGREEMENT);
        Assertions.assertThat(register.agreements).isEmpty();
        Assertions.assertThat(isEngineer(NEW)).isFalse();
    }

    @Test
    void onlyAnAdministratorOnboardsAnExistingAccountIntoAGrantableRole_R_SE_4() {
        Assertions.assertThatThrownBy(() -> onboard("cs-1", NEW, Groups.ENGINEER)).hasMessageContaining("只有管理員");
        Assertions.assertThatThrownBy(() -> onboard("admin", "nobody", Groups.ENGINEER)).hasMessageContaining("查無此帳號");
        Assertions.assertThatThrownBy(() -> onboard("admin", NEW, Groups.ADMIN)).hasMessageContaining("請選擇可授予的角色");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        verify(organisation, never()).addStaff(anyString(), any(), any(), any(), any());
    }

    @Test
    void anAgreementNotRecordedWithinThreeDaysRemindsTheInitiator_R_SE_4() {
        ProcessInstance onboarding = onboard("admin", NEW, Groups.ENGINEER);
        Assertions.assertThat(job(AGREEMENT_OVERDUE, onboarding).getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(3 * 86400)));
        ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(3 * 86400)));
        execute(job(AGREEMENT_OVERDUE, onboarding));

        Assertions.assertThat(mailbox.sent).singleElement().satisfies(m -> {
            Assertions.assertThat(m.to()).isEqualTo("admin");
            Assertions.assertThat(m.body()).contains("孫立人", "R-SE-4");
        });
        assertThat(onboarding).isWaitingAt(RECORD_AGREEMENT);
        Assertions.assertThat(isEngineer(NEW)).isFalse();
    }
}

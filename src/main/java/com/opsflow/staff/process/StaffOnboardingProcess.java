package com.opsflow.staff.process;

/** R-SE-4: the key, element ids and variables of {@code staff-onboarding} (bpmn/staff/staff-onboarding.bpmn). */
public final class StaffOnboardingProcess {

    public static final String KEY = "staff-onboarding";
    public static final String REGISTER = "ServiceTask_RegisterStaff";
    public static final String RECORD_AGREEMENT = "UserTask_RecordAgreement";
    public static final String AGREEMENT_OVERDUE = "BoundaryEvent_AgreementOverdue";
    public static final String GRANT_GROUPS = "ServiceTask_GrantGroups";

    /** Who started the onboarding (an administrator). */
    public static final String VAR_INITIATOR = "initiator";
    /** The new staff member's user id (the account created in Camunda Admin), and their name. */
    public static final String VAR_STAFF = "staff";
    public static final String VAR_STAFF_NAME = "staffName";
    public static final String VAR_STATION = "station";
    public static final String VAR_SUPERIOR = "superior";
    public static final String VAR_GROUP_LEADER = "groupLeader";
    /** The group granted once the agreement is recorded. */
    public static final String VAR_ROLE = "role";
    public static final String VAR_AGREEMENT_NO = "agreementNo";
    public static final String VAR_SIGNED_ON = "signedOn";
    public static final String VAR_COMPANY_AGREEMENT_NO = "companyAgreementNo";

    private StaffOnboardingProcess() {
    }
}

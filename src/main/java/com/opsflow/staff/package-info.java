/**
 * Staff records (人員檔案): each staff member's confidentiality agreement (R-SE-4), their
 * qualifications and certificates with expiry and the reminder before one expires (K-5), the
 * onboarding of a new staff member ({@code staff-onboarding}) and the report of a manager who could
 * not be reached by phone (R-AP-5, {@code unreachable-manager}), whose confirmed breach is fined
 * through appraisal's BPMN delegate {@code ${postDeduction}}. Public API: {@link com.opsflow.staff.StaffRecords}
 * (read) and {@link com.opsflow.staff.StaffRegister} (record). Tells identity who may not be
 * dispatched ({@link com.opsflow.identity.DispatchBar}). Owns tables {@code staff_agreement} and
 * {@code staff_qualification}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff records",
        allowedDependencies = {"identity", "notification", "platform"})
package com.opsflow.staff;

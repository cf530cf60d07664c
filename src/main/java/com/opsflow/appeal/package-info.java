/**
 * Appeals (考核申訴, R-AP-6): a staff member appeals one of their own ledger entries; the
 * ops manager decides in Cockpit or Tasklist; upheld, the appraisal module reverses the entry. The
 * process {@code appeal} (bpmn/appraisal/appeal.bpmn), its delegates and its REST front door live
 * here, outside the appraisal module, which knows nothing of BPMN and is called through its API
 * ({@link com.opsflow.appraisal.AppraisalLedger}). Owns table {@code appeal_audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeal",
        allowedDependencies = {"appraisal", "identity", "platform"})
package com.opsflow.appeal;

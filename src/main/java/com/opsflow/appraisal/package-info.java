/**
 * Appraisal (考核): the ledger of points and fines, the 3-point scheme, separation thresholds and
 * reviews (R-AP-1…7). Public API: {@link com.opsflow.appraisal.Appraisal} and its records. Knows
 * nothing of BPMN or of the modules that post into it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appraisal")
package com.opsflow.appraisal;

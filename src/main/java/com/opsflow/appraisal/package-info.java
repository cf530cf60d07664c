/**
 * Appraisal (考核): the ledger of points and fines, the 3-point scheme, separation thresholds and
 * reviews (R-AP-1…7). Public API: {@link com.opsflow.appraisal.Appraisal} and its records. The API
 * and {@code internal} know nothing of BPMN or of the modules that post into it; the sub-package
 * {@code process} alone faces the engine (the delegate {@code ${postDeduction}} and the
 * {@code separation-review} process).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appraisal",
        allowedDependencies = {"identity", "platform"})
package com.opsflow.appraisal;

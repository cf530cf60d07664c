/**
 * The appraisal module's side facing the engine, kept apart so that the rest of the module knows
 * nothing of BPMN: the generic delegate {@code ${postDeduction}} through which every model posts a
 * deduction or fine, and the {@code separation-review} process (bpmn/appraisal/separation-review.bpmn,
 * R-AP-7) with its backing class {@link com.opsflow.appraisal.process.SeparationReviewProcess}, its
 * starter and its delegate {@code ${recordSeparationReview}}.
 *
 * <p>One way only: this package uses the module's public API ({@link com.opsflow.appraisal.Appraisal},
 * {@link com.opsflow.appraisal.SeparationReviews}, the event
 * {@link com.opsflow.appraisal.SeparationThresholdCrossed}); neither the API nor {@code internal}
 * imports this package or Camunda ({@code ModularityTest} checks it).
 */
package com.opsflow.appraisal.process;

package com.opsflow.appraisal.process;

/**
 * The {@code separation-review} process (bpmn/appraisal/separation-review.bpmn, R-AP-7): its key,
 * element ids and variables, spelled once for the starter, the delegate and the tests.
 */
public final class SeparationReviewProcess {

    public static final String KEY = "separation-review";

    public static final String START = "StartEvent_ThresholdCrossed";
    public static final String TASK_REVIEW = "UserTask_ReviewSeparation";
    public static final String RECORD_OUTCOME = "ServiceTask_RecordOutcome";
    public static final String END_CONFIRMED = "EndEvent_SeparationConfirmed";
    public static final String END_OVERRULED = "EndEvent_SeparationOverruled";

    /** Camunda Form of the review task (forms/appraisal/separation-review.form). */
    public static final String FORM = "separation-review";

    // Set at the start
    public static final String CROSSING_ID = "crossingId";
    public static final String STAFF = "staff";
    public static final String STAFF_NAME = "staffName";
    public static final String THRESHOLD = "threshold";
    public static final String THRESHOLD_LABEL = "thresholdLabel";
    public static final String FIRST_MONTH = "firstMonth";
    public static final String LAST_MONTH = "lastMonth";
    public static final String MEASURED = "measured";

    // Submitted with the form
    public static final String DECISION = "decision";
    public static final String DECISION_CONFIRM = "confirm";
    public static final String DECISION_OVERRULE = "overrule";
    public static final String DECISION_REASON = "decisionReason";

    // Written by the delegate; the gateway reads it
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    private SeparationReviewProcess() {
    }
}

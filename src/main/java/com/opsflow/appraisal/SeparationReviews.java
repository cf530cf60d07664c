package com.opsflow.appraisal;

/** Recording the outcome of separation reviews (R-AP-7), for the process that runs them. */
public interface SeparationReviews {

    /**
     * Records the ops manager's decision on the review of a crossing
     * ({@link SeparationThresholdCrossed#crossingId()}); once: a second call for the same crossing
     * (a retried job) changes nothing.
     *
     * @throws com.opsflow.platform.BadRequestException no outcome or no reason
     * @throws com.opsflow.platform.NotFoundException   no such crossing
     */
    void recordReview(long crossingId, ReviewOutcome outcome, String reason, String decidedBy);
}

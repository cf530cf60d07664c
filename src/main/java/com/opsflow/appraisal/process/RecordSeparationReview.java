package com.opsflow.appraisal.process;

import static com.opsflow.appraisal.process.SeparationReviewProcess.*;

import com.opsflow.appraisal.ReviewOutcome;
import com.opsflow.appraisal.SeparationReviews;
import com.opsflow.platform.SystemUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the ops manager's decision of the separation review (R-AP-7) on the crossing through
 * the appraisal API, so the monthly statement shows it; sets {@code reviewOutcome} for the gateway.
 * The decider is whoever completed the review task (the engine's authenticated user).
 */
@Component("recordSeparationReview")
public class RecordSeparationReview implements JavaDelegate {

    private final SeparationReviews reviews;

    public RecordSeparationReview(SeparationReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decision = execution.getVariable(DECISION);
        ReviewOutcome outcome;
        if (DECISION_CONFIRM.equals(decision)) {
            outcome = ReviewOutcome.CONFIRMED;
        } else if (DECISION_OVERRULE.equals(decision)) {
            outcome = ReviewOutcome.OVERRULED;
        } else {
            throw new IllegalStateException("separation-review needs '" + DECISION + "' = confirm or overrule, not " + decision);
        }
        Object reason = execution.getVariable(DECISION_REASON);
        long crossingId = ((Number) execution.getVariable(CROSSING_ID)).longValue();
        reviews.recordReview(crossingId, outcome, reason == null ? null : reason.toString(), decidedBy(execution));
        execution.setVariable(REVIEW_OUTCOME, outcome.name());
    }

    private static String decidedBy(DelegateExecution execution) {
        return SystemUser.currentOrSystem(execution.getProcessEngineServices().getIdentityService());
    }
}

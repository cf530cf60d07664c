package com.opsflow.appraisal.process;

import static com.opsflow.appraisal.process.SeparationReviewProcess.*;

import com.opsflow.appraisal.SeparationThresholdCrossed;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.SystemUser;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code separation-review} process (R-AP-7) for each threshold crossing.
 *
 * <p>Synchronously, in the transaction that records the crossing (the appraisal module announces it
 * just before that transaction commits, on the same connection): the crossing and its review
 * commit together or not at all, so a crossing never stays without a review (a failed start rolls
 * the posting and the crossing back, and the retried job posts and evaluates again), and the unique
 * crossing makes the review start once per staff, threshold and period.
 *
 * <p>The review is started by the system, not by whoever caused the posting (perhaps an engineer
 * completing a task, who may not start processes): the engine's authentication is lifted for the
 * start and put back afterwards.
 */
@Component
class StartSeparationReview {

    private static final Logger log = LoggerFactory.getLogger(StartSeparationReview.class);

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final StaffDirectory directory;

    StartSeparationReview(RuntimeService runtimeService, IdentityService identityService, StaffDirectory directory) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.directory = directory;
    }

    @EventListener
    void on(SeparationThresholdCrossed crossed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CROSSING_ID, crossed.crossingId());
        variables.put(STAFF, crossed.staff());
        variables.put(STAFF_NAME, directory.displayName(crossed.staff()));
        variables.put(THRESHOLD, crossed.threshold().rule());
        variables.put(THRESHOLD_LABEL, crossed.threshold().label());
        variables.put(FIRST_MONTH, crossed.firstMonth().toString());
        variables.put(LAST_MONTH, crossed.lastMonth().toString());
        variables.put(MEASURED, crossed.measured().stripTrailingZeros().toPlainString());

        ProcessInstance review = SystemUser.call(identityService,
                () -> runtimeService.startProcessInstanceByKey(KEY, crossed.businessKey(), variables));
        log.info("Separation review {} started for {}", review.getId(), crossed.businessKey());
    }
}

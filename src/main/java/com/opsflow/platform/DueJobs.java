package com.opsflow.platform;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Drives the jobs of one business key (an order and the processes it called) up to an instant,
 * without the job executor: asynchronous continuations first, then each timer at its own due time
 * with the engine clock ({@link ClockUtil}) moved there. For generated history (the demo module)
 * and for tests that walk a real model through time. The clock stays at the last timer's due time:
 * a caller that then acts as a person would now (a form, a time just tried) resets it first with
 * {@code ClockUtil.reset()}.
 */
public final class DueJobs {

    /** More jobs than any one step of a model runs: a loop that never ends is a model error. */
    private static final int AT_MOST = 50;

    public static void runUntil(ProcessEngine engine, String businessKey, Instant until) {
        RuntimeService runtime = engine.getRuntimeService();
        ManagementService management = engine.getManagementService();
        for (int i = 0; i < AT_MOST; i++) {
            List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .stream().map(ProcessInstance::getId).toList();
            Job next = instances.stream()
                    .flatMap(id -> management.createJobQuery().processInstanceId(id).active().withRetriesLeft().list()
                            .stream())
                    .filter(j -> j.getDuedate() == null || !j.getDuedate().toInstant().isAfter(until))
                    .min(Comparator.comparing(j -> j.getDuedate() == null ? Instant.MIN : j.getDuedate().toInstant()))
                    .orElse(null);
            if (next == null) {
                return;
            }
            if (next.getDuedate() != null) {
                ClockUtil.setCurrentTime(next.getDuedate());
            }
            management.executeJob(next.getId());
        }
    }

    private DueJobs() {
    }
}

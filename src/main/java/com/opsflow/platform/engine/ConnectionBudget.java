package com.opsflow.platform.engine;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;

/**
 * The connections OpsFlow can hold at one moment, one per thread that talks to the database
 * (docs/operations.md, "Connection pool sizing"). No code path holds two connections at once, so
 * a pool of at least {@link #required()} connections never makes a thread wait for one:
 *
 * <pre>pool ≥ jobThreads + acquisitionThreads + webThreads + reserve</pre>
 *
 * @param jobThreads         Camunda job executor: {@code camunda.bpm.job-execution.max-pool-size} (0 when off)
 * @param acquisitionThreads the job executor's acquisition thread: 1 (0 when off)
 * @param webThreads         request threads: {@code server.tomcat.threads.max}
 * @param reserve            everything else ({@code opsflow.connection-pool.reserve}): Camunda's
 *                           metrics reporter, scheduled tasks, start-up
 */
public record ConnectionBudget(int jobThreads, int acquisitionThreads, int webThreads, int reserve) {

    public ConnectionBudget {
        if (jobThreads < 0 || acquisitionThreads < 0 || webThreads < 0 || reserve < 0) {
            throw new IllegalArgumentException("thread counts cannot be negative");
        }
    }

    /**
     * The budget of the shipped settings: job threads and acquisition thread when the job
     * executor runs, Tomcat's request threads, the reserve.
     */
    public static ConnectionBudget of(CamundaBpmProperties camunda,
            ServerProperties server, int reserve) {
        boolean jobs = camunda.getJobExecution().isEnabled();
        return new ConnectionBudget(jobs ? camunda.getJobExecution().getMaxPoolSize() : 0, jobs ? 1 : 0,
                server.getTomcat().getThreads().getMax(), reserve);
    }

    public int required() {
        return jobThreads + acquisitionThreads + webThreads + reserve;
    }

    public boolean allows(int poolSize) {
        return poolSize >= required();
    }

    /** Why a pool is too small, in Traditional Chinese for the operator, with the settings to change. */
    public String refusal(int poolSize) {
        return "資料庫連線池過小，拒絕啟動：spring.datasource.hikari.maximum-pool-size = " + poolSize + "，至少需要 "
                + required() + "（工作執行器執行緒 " + jobThreads + " + 取件執行緒 " + acquisitionThreads
                + " + 網頁請求執行緒 " + webThreads + " + 保留 " + reserve + "）。請加大連線池，或減少 "
                + "camunda.bpm.job-execution.max-pool-size / server.tomcat.threads.max（見 docs/operations.md"
                + "「Connection pool sizing」）。";
    }

    /**
     * Writes the front door lets run at once when {@code opsflow.front-door.max-concurrent-writes}
     * is not set: half the web threads, so reads, pages and the webapps keep threads of their own.
     */
    public int defaultFrontDoorWrites() {
        return Math.max(1, webThreads / 2);
    }

    /** Writes that may wait for a permit when {@code opsflow.front-door.max-queued} is not set: a quarter of the web threads. */
    public int defaultFrontDoorQueue() {
        return webThreads / 4;
    }

    /**
     * Front-door writes fit the budget: at least one runs, and running plus waiting writes leave at
     * least one web thread (a waiting write holds its thread; reads and refusals need one too).
     */
    public boolean admitsFrontDoorWrites(int writes, int queued) {
        return writes >= 1 && queued >= 0 && writes + queued < webThreads;
    }

    /** Why the front-door settings do not fit the budget, in Chinese for the operator. */
    public String frontDoorRefusal(int writes, int queued) {
        return "前門同時寫入上限不符連線預算，拒絕啟動：opsflow.front-door.max-concurrent-writes = " + writes
                + "、opsflow.front-door.max-queued = " + queued + "；同時寫入至少 1，且寫入加等候須少於網頁請求執行緒 "
                + webThreads + "（server.tomcat.threads.max，見 docs/operations.md「Connection pool sizing」）。";
    }
}

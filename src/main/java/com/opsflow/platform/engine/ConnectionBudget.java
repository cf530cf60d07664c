package com.opsflow.platform.engine;

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
}

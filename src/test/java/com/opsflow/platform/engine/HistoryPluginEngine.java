package com.opsflow.platform.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/** A standalone engine of its own (in-memory H2, history full, no job executor) with one history plugin under test. */
final class HistoryPluginEngine {

    private static final AtomicInteger ENGINES = new AtomicInteger();

    private HistoryPluginEngine() {
    }

    static ProcessEngine with(String name, ProcessEnginePlugin plugin) {
        String unique = name + "-" + ENGINES.incrementAndGet();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(unique)
                .setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(plugin));
        return configuration.buildProcessEngine();
    }
}

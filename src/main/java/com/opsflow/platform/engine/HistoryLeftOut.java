package com.opsflow.platform.engine;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history event handler without the events a plugin leaves out (issue 19: history is
 * written once, where KPIs and timelines read it): {@link DelegateInputsWithoutHistory},
 * {@link GatewaysWithoutHistory}, {@link JobLogWithoutCreationAndDeletion}. Every other event goes on
 * to the handler it wraps.
 */
final class HistoryLeftOut implements HistoryEventHandler {

    private final HistoryEventHandler next;
    private final Predicate<HistoryEvent> leftOut;

    HistoryLeftOut(HistoryEventHandler next, Predicate<HistoryEvent> leftOut) {
        this.next = next;
        this.leftOut = leftOut;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!leftOut.test(event)) {
            next.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        List<HistoryEvent> kept = events.stream().filter(leftOut.negate()).toList();
        if (!kept.isEmpty()) {
            next.handleEvents(kept);
        }
    }

    /**
     * A plugin that leaves some history events out unless its property says to keep them. It wraps the
     * handler after init(), which built it (the database's, with any custom ones, e.g. test coverage).
     */
    abstract static class Plugin extends AbstractProcessEnginePlugin {

        private final boolean keepHistory;
        private final Predicate<HistoryEvent> leftOut;

        Plugin(boolean keepHistory, Predicate<HistoryEvent> leftOut) {
            this.keepHistory = keepHistory;
            this.leftOut = leftOut;
        }

        @Override
        public final void postInit(ProcessEngineConfigurationImpl configuration) {
            if (!keepHistory) {
                configuration.setHistoryEventHandler(new HistoryLeftOut(configuration.getHistoryEventHandler(), leftOut));
            }
        }
    }
}

package com.opsflow.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History is written once, where KPIs and timelines read it: gateways and multi-instance bodies —
 * the routing between the steps, not steps a person does or waits for — get no activity-instance
 * history rows ({@code ACT_HI_ACTINST}).
 *
 * <p>Why (issue 19): with history {@code full} every decision and join of a model wrote a row, seven
 * per repair order (the intake's two decisions, "修復？", the callback's fines body, its two R-WO-9
 * gateways and "用戶投訴？"), each an insert into the widest, most indexed history table, and no
 * reader needs them: the KPIs read the named steps of {@code WorkOrderFacts}, the Cockpit timeline
 * leaves gateways and multi-instance bodies out ({@code OrderTimelines}), the order view lists the
 * steps passed. What stays: every task, event, service task, call activity and sub-process, every
 * instance of a multi-instance activity (their parent id names the body, which has no row), and
 * every other history event. {@code opsflow.engine.gateway-history: true} writes them again.
 */
@Component
public class GatewaysWithoutHistory extends HistoryLeftOut.Plugin {

    /** Activity types that route between steps (as the engine names them in history). */
    static final Set<String> ROUTING = Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway",
            "eventBasedGateway", "complexGateway", "multiInstanceBody");

    public GatewaysWithoutHistory(@Value("${opsflow.engine.gateway-history:false}") boolean keepHistory) {
        super(keepHistory, GatewaysWithoutHistory::isRouting);
    }

    static boolean isRouting(HistoryEvent event) {
        return event instanceof HistoricActivityInstanceEventEntity activity && ROUTING.contains(activity.getActivityType());
    }
}

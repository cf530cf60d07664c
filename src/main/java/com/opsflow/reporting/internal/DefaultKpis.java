package com.opsflow.reporting.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.SystemUser;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.KpiReport.Training;
import com.opsflow.reporting.Kpis;
import com.opsflow.reporting.OrderRow;
import com.opsflow.reporting.TrainingRegister;
import com.opsflow.reporting.TrainingRegister.TrainingRecord;
import com.opsflow.workorder.OrderRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The KPI service on the running engine. Reporting applies its own scope (station) in the web
 * layer, then reads all history of that scope: the engine's per-instance authorizations of the
 * caller are suspended while reading (they would silently drop orders from the figures).
 */
@Service
class DefaultKpis implements Kpis {

    private final HistoryService history;
    private final IdentityService identity;
    private final TrainingRegister training;
    private final StaffDirectory directory;
    private final ModuleFigures modules;
    private final KpiProperties settings;
    private final KpiCalculator calculator;
    private final OrderRows orderRows;

    DefaultKpis(HistoryService history, IdentityService identity, TrainingRegister training, StaffDirectory directory,
            ModuleFigures modules, KpiProperties settings, OrderRows orderRows) {
        this.history = history;
        this.orderRows = orderRows;
        this.identity = identity;
        this.training = training;
        this.directory = directory;
        this.modules = modules;
        this.settings = settings;
        this.calculator = new KpiCalculator(settings);
    }

    @Override
    public KpiReport report(KpiQuery query) {
        List<OrderFact> facts = facts(query);
        return calculator.calculate(query, facts, now(), training(query), modules.appraisal(query),
                modules.attendance(query), directory::displayName);
    }

    @Override
    public List<OrderRow> orders(KpiQuery query) {
        return calculator.orders(query, facts(query));
    }

    private List<OrderFact> facts(KpiQuery query) {
        Instant from = calculator.startOf(query.from());
        Instant to = calculator.startOf(query.to().plusDays(1));
        return withoutEngineAuthorization(() -> new WorkOrderHistory(history, orderRows::of, settings.zone()).load(from, to));
    }

    private Training training(KpiQuery query) {
        List<TrainingRecord> records = training.list(query.from(), query.to(), query.station(), query.engineer());
        Map<String, BigDecimal> hours = new TreeMap<>();
        records.forEach(r -> hours.merge(r.staff(), r.hours(), BigDecimal::add));
        return new Training(records.size(), records.stream().map(TrainingRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                records.stream().filter(TrainingRecord::passed).count(), hours);
    }

    /** The engine's clock, so moved clocks (tests, demo history) and the figures agree. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private <T> T withoutEngineAuthorization(Supplier<T> read) {
        return SystemUser.call(identity, read);
    }
}

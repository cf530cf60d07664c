package com.opsflow.reporting.internal;

import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.Months;
import com.opsflow.reporting.Bucket;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.Kpis;
import com.opsflow.reporting.OrderRow;
import com.opsflow.reporting.TrainingRegister;
import com.opsflow.reporting.TrainingRegister.NewTraining;
import com.opsflow.reporting.TrainingRegister.TrainingRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What the web layer shows, with the caller's scope applied first: the one place both the
 * stateless {@code /api/**} endpoints and the dashboard's session endpoints go through.
 */
@Component
public class KpiViews {

    private final Kpis kpis;
    private final TrainingRegister training;
    private final ReportScope scope;
    private final KpiProperties settings;

    private final ModuleFigures modules;

    private final com.opsflow.workorder.DeadlineProperties deadlines;

    KpiViews(Kpis kpis, TrainingRegister training, ReportScope scope, KpiProperties settings, ModuleFigures modules,
            com.opsflow.workorder.DeadlineProperties deadlines) {
        this.deadlines = deadlines;
        this.modules = modules;
        this.kpis = kpis;
        this.training = training;
        this.scope = scope;
        this.settings = settings;
    }

    public KpiQuery query(String from, String to, String bucket, String station, String engineer, String type,
            String channel) {
        return KpiQuery.parse(from, to, bucket, station, engineer, type, channel, today());
    }

    public KpiReport report(KpiQuery query) {
        return kpis.report(scope.restrict(query, CurrentUser.get()));
    }

    /** This period and the one of the same length before it (the tiles show the change), and the time zone of the times. */
    public Map<String, Object> withPrevious(KpiQuery query) {
        KpiQuery scoped = scope.restrict(query, CurrentUser.get());
        return Map.of("current", kpis.report(scoped), "previous", kpis.report(scoped.previous()), "zone",
                settings.zone().getId());
    }

    public List<OrderRow> orders(KpiQuery query) {
        return kpis.orders(scope.restrict(query, CurrentUser.get()));
    }

    /** Drill-down: one engineer's ledger entries of the period (the engineer is required). */
    public List<com.opsflow.appraisal.LedgerEntry> deductions(KpiQuery query) {
        if (query.engineer() == null) {
            throw new BadRequestException("請指定工程師 / engineer is required", Map.of("engineer", "必填 / required"));
        }
        return modules.entries(scope.restrict(query, CurrentUser.get()));
    }

    public List<Table> tables(KpiQuery query) {
        KpiQuery scoped = scope.restrict(query, CurrentUser.get());
        return KpiTables.of(kpis.report(scoped), kpis.orders(scoped),
                training.list(scoped.from(), scoped.to(), scoped.station(), scoped.engineer()));
    }

    public Table table(KpiQuery query, String name) {
        if (name == null || !KpiTables.NAMES.contains(name)) {
            throw new BadRequestException("未知的表格 / unknown table " + name + "; one of " + KpiTables.NAMES,
                    Map.of("table", String.join(", ", KpiTables.NAMES)));
        }
        return tables(query).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** K-6: the month's appraisal report (standards → monitoring → appraisal) as tables. */
    public List<Table> monthlyAppraisal(String month, String station) {
        YearMonth ym = Months.parse(month);
        KpiQuery scoped = scope.restrict(new KpiQuery(ym.atDay(1), ym.atEndOfMonth(), Bucket.WEEK, station, null, null,
                null), CurrentUser.get());
        return MonthlyAppraisalReport.tables(ym, kpis.report(scoped), kpis.orders(scoped), deadlines);
    }

    public TrainingRecord recordTraining(NewTraining t) {
        CurrentUser user = CurrentUser.get();
        if (!ReportScope.mayRecordTraining(user)) {
            throw new ForbiddenException("只有管理人員可登記培訓 / only managers record training");
        }
        if (!scope.seesAll(user) && t.staff() != null) {
            // a station's manager or head records training for their own station's staff only
            scope.restrict(new KpiQuery(today(), today(), null, null, t.staff(), null, null), user);
        }
        return training.record(t, user.id());
    }

    public List<TrainingRecord> training(KpiQuery query) {
        KpiQuery scoped = scope.restrict(query, CurrentUser.get());
        return training.list(scoped.from(), scoped.to(), scoped.station(), scoped.engineer());
    }

    public ZoneId zone() {
        return settings.zone();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), settings.zone());
    }
}

package com.opsflow.reporting;

import java.util.List;

/**
 * The KPI service: recomputes every figure from recorded facts for any past period. Scope
 * (who may see which station) is the caller's business: see the web layer.
 */
public interface Kpis {

    KpiReport report(KpiQuery query);

    /** The orders behind a report (drill-down), received in the period, newest first. */
    List<OrderRow> orders(KpiQuery query);
}

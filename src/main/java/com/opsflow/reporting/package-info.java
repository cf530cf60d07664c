/**
 * Reporting (KPIs K-1…K-6): read-only figures for the department's dashboard, the {@code /api/kpi}
 * JSON and the exports. Every figure is recomputed from recorded facts (Camunda history, the other
 * modules' public APIs, read only: {@code ModularityTest} fails when reporting uses a write API or
 * a runtime service of the engine); the module keeps no counters. Its only table is the training
 * register (K-5). The staff sections (K-4 staff without a signed agreement, K-5 qualifications)
 * read the staff module's {@link com.opsflow.staff.StaffRecords}.
 * Public API: {@link com.opsflow.reporting.Kpis}, {@link com.opsflow.reporting.KpiQuery},
 * {@link com.opsflow.reporting.KpiReport}, {@link com.opsflow.reporting.TrainingRegister}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"appraisal", "attendance", "identity", "monitoring", "platform", "staff", "workorder"})
package com.opsflow.reporting;

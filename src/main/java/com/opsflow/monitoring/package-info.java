/**
 * Environmental monitoring sites (環境監測站點, R-MS-1…4, document 2 of the customer): the site
 * register with instruments and the local environmental bureau's contact, the weekly inspection
 * started by the engine ({@code site-inspection}), instrument calibration
 * ({@code instrument-calibration}), records per site and fault reports. Public API:
 * {@link com.opsflow.monitoring.Sites} (the register), {@link com.opsflow.monitoring.SiteRecords}
 * (records per site), {@link com.opsflow.monitoring.MonitoringFigures} (what the dashboard reads, K-4).
 * It mails through {@code notification} and reads stations and staff from {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring sites",
        allowedDependencies = {"identity", "notification", "platform"})
package com.opsflow.monitoring;

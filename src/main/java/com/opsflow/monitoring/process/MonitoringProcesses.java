package com.opsflow.monitoring.process;

/** Keys, element ids and variable names of {@code bpmn/monitoring/}, spelled once. */
public final class MonitoringProcesses {

    /** R-MS-1, R-MS-3: the engine's daily look for due inspections and calibrations. */
    public static final String SCHEDULE = "site-monitoring-schedule";
    public static final String SCHEDULE_START = "StartEvent_Daily";
    public static final String START_INSPECTIONS = "ServiceTask_StartDueInspections";
    public static final String START_CALIBRATIONS = "ServiceTask_StartDueCalibrations";

    /** R-MS-1, R-MS-2, R-MS-4: the weekly inspection of one site; business key {@code SITE/2026-W48}. */
    public static final String INSPECTION = "site-inspection";
    public static final String INSPECT = "UserTask_InspectSite";
    public static final String INSPECTION_REMINDER = "BoundaryEvent_InspectionReminder";
    public static final String INSPECTION_OVERDUE = "BoundaryEvent_InspectionOverdue";
    public static final String REMIND_ENGINEER = "ServiceTask_RemindEngineer";
    public static final String ESCALATE_TO_STATION_HEAD = "ServiceTask_EscalateToStationHead";
    public static final String RECORD_INSPECTION = "ServiceTask_RecordInspection";
    public static final String REPORT_FAULT = "ServiceTask_ReportFault";
    public static final String REPAIR_FAULT = "UserTask_RepairFault";
    public static final String RECORD_REPAIR = "ServiceTask_RecordRepair";
    public static final String END_INSPECTED = "EndEvent_InspectionRecorded";
    public static final String END_REPAIRED = "EndEvent_FaultRepaired";
    public static final String FORM_INSPECTION = "site-inspection";
    public static final String FORM_REPAIR = "site-fault-repair";

    /** R-MS-3: one calibration due of one instrument; business key {@code SITE/INSTRUMENT/2026-12-05}. */
    public static final String CALIBRATION = "instrument-calibration";
    public static final String CALIBRATE = "UserTask_CalibrateInstrument";
    public static final String CALIBRATION_OVERDUE = "BoundaryEvent_CalibrationOverdue";
    public static final String MARK_CALIBRATION_OVERDUE = "ServiceTask_MarkCalibrationOverdue";
    public static final String ESCALATE_CALIBRATION = "ServiceTask_EscalateCalibration";
    public static final String RECORD_CALIBRATION = "ServiceTask_RecordCalibration";
    public static final String END_CALIBRATED = "EndEvent_Calibrated";
    public static final String FORM_CALIBRATION = "instrument-calibration";

    public static final String VAR_SITE = "siteCode";
    public static final String VAR_SITE_NAME = "siteName";
    public static final String VAR_ENGINEER = "engineer";
    public static final String VAR_STATION_HEAD = "stationHead";
    public static final String VAR_WEEK = "week";
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_INSTRUMENT = "instrumentCode";
    public static final String VAR_FAULT_NEEDS_REPORT = "faultNeedsReport";

    private MonitoringProcesses() {
    }
}

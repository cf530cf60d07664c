package com.opsflow.monitoring;

import java.time.LocalDate;

/**
 * An instrument of a site with its calibration interval (R-MS-3).
 *
 * @param lastCalibratedOn  when it was last calibrated, if ever
 * @param nextCalibrationDue the last calibration plus the interval; today when never calibrated
 */
public record Instrument(String code, String name, int calibrationIntervalDays, LocalDate lastCalibratedOn,
        LocalDate nextCalibrationDue) {
}

/**
 * Calendar: working time and working days (R-AT-2), and the Camunda business calendar that lets
 * a BPMN timer count working time (a duration written {@code working:PT4H}, prefix
 * {@link com.opsflow.calendar.WorkingCalendar#WORKING_TIME_PREFIX}) or clock time (plain
 * {@code PT10M}). Public API: {@link com.opsflow.calendar.WorkingCalendar},
 * {@link com.opsflow.calendar.WorkingPeriod}. See docs/calendar.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {})
package com.opsflow.calendar;

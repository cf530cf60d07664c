package com.opsflow.attendance;

/** Tells attendance about approved time away (leave, trip, secondment). */
public interface AttendanceExcuses {

    /** Records the period; a second call with the same reference and kind changes nothing. */
    void record(ExcusedPeriod period);
}

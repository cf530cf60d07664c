package com.opsflow.calendar.internal;

import com.opsflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's "duration" business calendar, with one addition: a duration written
 * {@code working:PT4H} or {@code working:P3D} counts working time of the {@link WorkingCalendar}
 * (approval reminders); anything else is Camunda's clock-time duration, unchanged (the
 * work-order deadlines of 10 minutes and 1 hour, R-WO-1 and R-WO-4, run on the clock: a customer
 * waits through the lunch break too).
 *
 * <p>A day of a working duration is a full working day of working time (7 hours by default), so
 * {@code working:P1D} from Friday 16:00 is Monday 16:00.
 */
class WorkingTimeBusinessCalendar extends DurationBusinessCalendar {

    private final WorkingCalendar calendar;
    private final Duration workingDay;

    WorkingTimeBusinessCalendar(WorkingCalendar calendar, Duration workingDay) {
        this.calendar = calendar;
        this.workingDay = workingDay;
    }

    @Override
    public Date resolveDuedate(String duedate) {
        return resolveDuedate(duedate, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedate, Task task) {
        return isWorkingTime(duedate) ? resolveDuedate(duedate, (Date) null) : super.resolveDuedate(duedate, task);
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
        if (!isWorkingTime(duedate)) {
            return super.resolveDuedate(duedate, startDate);
        }
        Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
        return Date.from(calendar.addWorkingTime(start.toInstant(), workingTime(duedate)));
    }

    Duration workingTime(String duedate) {
        String iso = duedate.trim().substring(WorkingCalendar.WORKING_TIME_PREFIX.length()).trim();
        try {
            Duration parsed = Duration.parse(iso);
            long days = parsed.toDays();
            return workingDay.multipliedBy(days).plus(parsed.minusDays(days));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ProcessEngineException("couldn't resolve working-time duedate '" + duedate
                    + "': write working:PT4H or working:P3D (days, hours, minutes, seconds)", e);
        }
    }

    static boolean isWorkingTime(String duedate) {
        return duedate != null && duedate.trim().startsWith(WorkingCalendar.WORKING_TIME_PREFIX);
    }
}

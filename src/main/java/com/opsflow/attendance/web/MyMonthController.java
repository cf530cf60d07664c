package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.AttendanceClock;
import com.opsflow.attendance.internal.AttendanceReports;
import com.opsflow.attendance.internal.Signing;
import com.opsflow.attendance.web.AttendanceViews.DayView;
import com.opsflow.attendance.web.AttendanceViews.MonthView;
import com.opsflow.attendance.web.AttendanceViews.SummaryView;
import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The authenticated user's own month, day by day: {@code GET …/me?month=YYYY-MM} (default: this month). */
@RestController
@RequestMapping({AttendanceApi.API + "/me", AttendanceApi.PAGE + "/me"})
class MyMonthController {

    private final AttendanceReports reports;
    private final WorkingCalendar calendar;
    private final AttendanceClock clock;
    private final Signing signing;

    MyMonthController(AttendanceReports reports, WorkingCalendar calendar, AttendanceClock clock, Signing signing) {
        this.signing = signing;
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    MonthView me(@RequestParam(required = false) String month) {
        String me = CurrentUser.get().id();
        LocalDate today = LocalDate.ofInstant(clock.now(), calendar.zone());
        YearMonth ym = month == null || month.isBlank() ? YearMonth.from(today) : Months.parse(month);
        var result = reports.month(me, ym);
        List<DayView> days = result.days().stream().map(d -> DayView.of(d, calendar.zone())).toList();
        DayView todayView = days.stream().filter(d -> d.date().equals(today)).findFirst().orElse(null);
        String kind = signing.offHoursKind(me);
        List<AttendanceViews.OffHoursView> offHours = reports.offHoursSigns(me, ym).stream()
                .map(s -> new AttendanceViews.OffHoursView(s.workDate(), s.direction().name(), s.direction().label(),
                        java.time.LocalTime.ofInstant(s.signedAt(), calendar.zone())
                                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")), kind))
                .toList();
        return new MonthView(result.staff(), result.name(), result.month(), result.exempt(), todayView, days,
                SummaryView.of(result.summary()), offHours);
    }
}

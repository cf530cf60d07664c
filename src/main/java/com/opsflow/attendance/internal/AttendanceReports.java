package com.opsflow.attendance.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.identity.DataScope;
import com.opsflow.identity.DataScopes;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A staff member's month and the monthly summary (R-AT-3, R-AT-4). The summary reads each table
 * once for the whole month and groups by staff in memory: a handful of queries for 1,000 staff.
 */
@Service
public class AttendanceReports implements MonthlySummarySource {

    /** One staff member's month so far: the days up to today (a past month: all its days). */
    public record StaffMonth(String staff, String name, String month, boolean exempt, List<DayResult> days,
            MonthlySummary summary) {
    }

    /** Up to this many staff, a summary reads person by person (cheaper than the whole month). */
    static final int PERSON_BY_PERSON = 20;

    private final AttendanceRepository repository;
    private final AttendanceEvaluator evaluator;
    private final WorkingCalendar calendar;
    private final AttendanceProperties properties;
    private final StaffRoster roster;
    private final StaffDirectory directory;
    private final DataScopes scopes;
    private final AttendanceClock clock;

    public AttendanceReports(AttendanceRepository repository, AttendanceEvaluator evaluator, WorkingCalendar calendar,
            AttendanceProperties properties, StaffRoster roster, StaffDirectory directory, DataScopes scopes,
            AttendanceClock clock) {
        this.repository = repository;
        this.evaluator = evaluator;
        this.calendar = calendar;
        this.properties = properties;
        this.roster = roster;
        this.directory = directory;
        this.scopes = scopes;
        this.clock = clock;
    }

    public StaffMonth month(String staff, YearMonth month) {
        Instant now = clock.now();
        LocalDate first = month.atDay(1);
        LocalDate last = lastEvaluatedDay(month, now);
        boolean exempt = properties.isExempt(staff);
        List<DayResult> days = last.isBefore(first) ? List.of() : evaluator.evaluate(recordsOf(staff, first, last), first, last, now);
        String name = directory.displayName(staff);
        return new StaffMonth(staff, name, month.toString(), exempt, days,
                evaluator.summarize(staff, name, month, exempt, days, properties.maxLateEarlyForCriticism()));
    }

    /**
     * The summary of every staff member in {@code staff} (id → name), in its order. A few people
     * (a staff member's own, a group) are read person by person through the staff indexes; many
     * (the month-end summary) by one read of each table for the month, grouped in memory.
     */
    public List<MonthlySummary> summary(YearMonth month, Map<String, String> staff) {
        Instant now = clock.now();
        LocalDate first = month.atDay(1);
        LocalDate last = lastEvaluatedDay(month, now);
        Function<String, AttendanceEvaluator.StaffRecords> records;
        if (last.isBefore(first)) {
            records = id -> null;
        } else if (staff.size() <= PERSON_BY_PERSON) {
            records = id -> recordsOf(id, first, last);
        } else {
            Map<String, List<Sign>> signs = repository.allSigns(first, last).stream()
                    .collect(Collectors.groupingBy(Sign::staff));
            Map<String, List<Correction>> corrections = repository.allApprovedCorrections(first, last).stream()
                    .collect(Collectors.groupingBy(Correction::staff));
            Map<String, List<AwayPeriod>> away = repository.allAway(startOf(first), startOf(last.plusDays(1))).stream()
                    .collect(Collectors.groupingBy(AwayPeriod::staff));
            Map<String, LocalDate> starts = directory.startDates();
            records = id -> new AttendanceEvaluator.StaffRecords(id, properties.isExempt(id), signs.getOrDefault(id, List.of()),
                    corrections.getOrDefault(id, List.of()), away.getOrDefault(id, List.of()), starts.get(id));
        }
        List<MonthlySummary> rows = new ArrayList<>();
        staff.forEach((id, name) -> {
            var staffRecords = records.apply(id);
            List<DayResult> days = staffRecords == null ? List.of() : evaluator.evaluate(staffRecords, first, last, now);
            rows.add(evaluator.summarize(id, name, month, properties.isExempt(id), days,
                    properties.maxLateEarlyForCriticism()));
        });
        return rows;
    }

    private AttendanceEvaluator.StaffRecords recordsOf(String staff, LocalDate first, LocalDate last) {
        return new AttendanceEvaluator.StaffRecords(staff, properties.isExempt(staff), repository.signs(staff, first, last),
                repository.approvedCorrections(staff, first, last),
                repository.away(staff, startOf(first), startOf(last.plusDays(1))), directory.startDate(staff).orElse(null));
    }

    @Override
    public List<MonthlySummary> summaryOfAll(YearMonth month) {
        return summary(month, roster.attendedStaff());
    }

    /** The attended staff a user may read, by the organisation's data scope ({@link DataScope}). */
    public Map<String, String> visibleTo(CurrentUser user) {
        DataScope scope = scopes.of(user);
        Map<String, String> scoped = new LinkedHashMap<>();
        roster.attendedStaff().forEach((id, name) -> {
            if (scope.sees(id)) {
                scoped.put(id, name);
            }
        });
        return scoped;
    }

    /** Signs outside working hours in the month (overtime, duty room), in time order. */
    public List<Sign> offHoursSigns(String staff, YearMonth month) {
        return repository.signs(staff, month.atDay(1), month.atEndOfMonth()).stream()
                .filter(s -> s.period() == AttendanceEvaluator.OFF_HOURS).toList();
    }

    private LocalDate lastEvaluatedDay(YearMonth month, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        LocalDate last = month.atEndOfMonth();
        return last.isAfter(today) ? today : last;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toInstant();
    }
}

package com.opsflow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.calendar.WorkingPeriod;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Checks and counting of a leave request (R-LV-1, R-LV-2, R-LV-3) against a plain weekday calendar. */
class CountLeaveDaysTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Weekdays work; half days counted by whole periods touched (enough for these cases). */
    static final WorkingCalendar WEEKDAYS = new WorkingCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public Instant addWorkingTime(Instant start, Duration workingTime) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BigDecimal workingDaysBetween(Instant from, Instant to) {
            BigDecimal halves = BigDecimal.ZERO;
            for (LocalDate d = from.atZone(ZONE).toLocalDate(); !d.isAfter(to.atZone(ZONE).toLocalDate()); d = d.plusDays(1)) {
                if (!isWorkingDay(d)) {
                    continue;
                }
                Instant noon = d.atTime(12, 0).atZone(ZONE).toInstant();
                if (from.isBefore(noon) && to.isAfter(d.atTime(8, 30).atZone(ZONE).toInstant())) {
                    halves = halves.add(new BigDecimal("0.5"));
                }
                if (to.isAfter(noon) && from.isBefore(d.atTime(17, 0).atZone(ZONE).toInstant())) {
                    halves = halves.add(new BigDecimal("0.5"));
                }
            }
            return halves;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate day, int days) {
            LocalDate d = day;
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            for (int i = 0; i < days; i++) {
                d = d.plusDays(1);
                while (!isWorkingDay(d)) {
                    d = d.plusDays(1);
                }
            }
            return d;
        }

        @Override
        public ZoneId zone() {
            return ZONE;
        }

        @Override
        public List<WorkingPeriod> workingPeriods(LocalDate day) {
            return List.of();
        }
    };

    static final StaffDirectory COLLEAGUES = colleagues("eng-east-1", "eng-east-2");

    final CountLeaveDays delegate = new CountLeaveDays(WEEKDAYS,
            new ApprovalProperties("PT4H", "PT8H", "PT7H", 3, "tech-support", java.math.BigDecimal.ONE), COLLEAGUES);

    static StaffDirectory colleagues(String... ids) {
        StaffDirectory directory = mock(StaffDirectory.class);
        when(directory.exists(anyString())).thenAnswer(i -> List.of(ids).contains(i.getArgument(0, String.class)));
        return directory;
    }

    @Test
    void theHandoverMustBeAnotherRealColleague_R_LV_3() {
        Map<String, Object> toSelf = leave("ANNUAL", "2026-11-27", "AM", "2026-11-27", "PM", "eng-east-1");
        toSelf.put("applicant", "eng-east-1");
        assertThatThrownBy(() -> delegate.execute(execution(toSelf))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("不能是申請人本人");

        Map<String, Object> unknown = leave("ANNUAL", "2026-11-27", "AM", "2026-11-27", "PM", "nobody-9");
        unknown.put("applicant", "eng-east-1");
        DelegateExecution refused = execution(unknown);
        assertThatThrownBy(() -> delegate.execute(refused)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("工作交接人不存在：nobody-9");
        assertThat(refused.getVariables()).doesNotContainKey("leaveDays");

        Map<String, Object> colleague = leave("ANNUAL", "2026-11-27", "AM", "2026-11-27", "PM", "eng-east-2");
        colleague.put("applicant", "eng-east-1");
        DelegateExecution accepted = execution(colleague);
        delegate.execute(accepted);
        assertThat(accepted.getVariables()).containsEntry("leaveDays", 1.0);
    }

    static DelegateExecution execution(Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>(variables);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(anyString())).thenAnswer(i -> vars.get(i.getArgument(0, String.class)));
        Mockito.doAnswer(i -> vars.put(i.getArgument(0), i.getArgument(1))).when(execution)
                .setVariable(anyString(), Mockito.any());
        when(execution.getVariables()).thenReturn(vars);
        return execution;
    }

    static Map<String, Object> leave(String type, String from, String fromHalf, String to, String toHalf, String handover) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("leaveType", type);
        vars.put("fromDate", from);
        vars.put("fromHalf", fromHalf);
        vars.put("toDate", to);
        vars.put("toHalf", toHalf);
        vars.put("reason", "事由");
        vars.put("handoverTo", handover);
        return vars;
    }

    @Test
    void aFridayAfternoonToMondayMorningIsOneWorkingDay_R_LV_1() {
        DelegateExecution execution = execution(leave("PERSONAL", "2026-11-27", "PM", "2026-11-30", "AM", null));
        delegate.execute(execution);
        assertThat(execution.getVariables()).containsEntry("leaveDays", 1.0);
    }

    @Test
    void theFilingDeadlineIsTheEndOfTheThirdWorkingDayAfterTheLeave_R_LV_2() {
        // leave on Thursday 26 Nov: Fri 27, Mon 30, Tue 1 Dec → deadline Tuesday 17:00
        DelegateExecution execution = execution(leave("SICK", "2026-11-26", "AM", "2026-11-26", "PM", null));
        delegate.execute(execution);
        assertThat(execution.getVariables()).containsEntry("leaveDays", 1.0).containsEntry("filingDeadline",
                Date.from(ZonedDateTime.of(2026, 12, 1, 17, 0, 0, 0, ZONE).toInstant()));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        DelegateExecution execution = execution(leave("PERSONAL", "2026-11-27", "PM", "2026-11-27", "AM", null));
        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("結束須晚於開始");
    }

    @Test
    void annualLeaveNeedsAHandover_R_LV_3() {
        DelegateExecution execution = execution(leave("ANNUAL", "2026-11-30", "AM", "2026-12-04", "PM", " "));
        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("R-LV-3");
        DelegateExecution withHandover = execution(leave("ANNUAL", "2026-11-30", "AM", "2026-12-04", "PM", "eng-east-2"));
        delegate.execute(withHandover);
        assertThat(withHandover.getVariables()).containsEntry("leaveDays", 5.0);
    }
}

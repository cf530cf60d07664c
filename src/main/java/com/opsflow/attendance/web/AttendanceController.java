package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.AttendanceClock;
import com.opsflow.attendance.internal.AttendanceProperties;
import com.opsflow.attendance.internal.AttendanceReports;
import com.opsflow.attendance.internal.Corrections;
import com.opsflow.attendance.internal.Direction;
import com.opsflow.attendance.internal.MonthlySummary;
import com.opsflow.attendance.internal.ProxySigningFindings;
import com.opsflow.attendance.internal.Signing;
import com.opsflow.attendance.web.AttendanceViews.CorrectionView;
import com.opsflow.attendance.web.AttendanceViews.DayView;
import com.opsflow.attendance.web.AttendanceViews.MonthView;
import com.opsflow.attendance.web.AttendanceViews.SignView;
import com.opsflow.attendance.web.AttendanceViews.SummaryReport;
import com.opsflow.attendance.web.AttendanceViews.SummaryView;
import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attendance API, for the authenticated user only: no endpoint takes a staff id to sign for
 * (R-AT-1: nobody signs for someone else). Served twice: under {@code /api/attendance} for API
 * clients (HTTP Basic, stateless) and under {@code /attendance/api} for the staff page, where the
 * browser's login session and the CSRF token of the page chain apply.
 */
@RestController
@RequestMapping({"/api/attendance", "/attendance/api"})
class AttendanceController {

    static final String TEXT_CSV = "text/csv";

    private final Signing signing;
    private final AttendanceReports reports;
    private final Corrections corrections;
    private final WorkingCalendar calendar;
    private final AttendanceProperties properties;
    private final AttendanceClock clock;
    private final ProxySigningFindings proxySigning;

    AttendanceController(Signing signing, AttendanceReports reports, Corrections corrections, WorkingCalendar calendar,
            AttendanceProperties properties, AttendanceClock clock, ProxySigningFindings proxySigning) {
        this.clock = clock;
        this.proxySigning = proxySigning;
        this.signing = signing;
        this.reports = reports;
        this.corrections = corrections;
        this.calendar = calendar;
        this.properties = properties;
    }

    @PostMapping("/sign-in")
    ResponseEntity<SignView> signIn() {
        return sign(Direction.IN);
    }

    @PostMapping("/sign-out")
    ResponseEntity<SignView> signOut() {
        return sign(Direction.OUT);
    }

    private ResponseEntity<SignView> sign(Direction direction) {
        Signing.Outcome outcome = signing.sign(CurrentUser.get().id(), direction);
        // A repeated sign is answered with the first one, 200 instead of 201: nothing new was stored.
        return ResponseEntity.status(outcome.alreadyRecorded() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(SignView.of(outcome, calendar.zone()));
    }

    @GetMapping("/me")
    MonthView me(@RequestParam(required = false) String month) {
        String me = CurrentUser.get().id();
        LocalDate today = LocalDate.ofInstant(clock.now(), calendar.zone());
        YearMonth ym = month == null || month.isBlank() ? YearMonth.from(today) : parse(month);
        var result = reports.month(me, ym);
        List<DayView> days = result.days().stream().map(d -> DayView.of(d, calendar.zone())).toList();
        DayView todayView = days.stream().filter(d -> d.date().equals(today)).findFirst().orElse(null);
        String kind = signing.offHoursKind(me);
        List<AttendanceViews.OffHoursView> offHours = reports.offHoursSigns(me, ym).stream()
                .map(s -> new AttendanceViews.OffHoursView(s.workDate(), s.direction().name(), s.direction().label(),
                        java.time.LocalTime.ofInstant(s.signedAt(), calendar.zone()).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")), kind))
                .toList();
        return new MonthView(result.staff(), result.name(), result.month(), result.exempt(), todayView, days,
                SummaryView.of(result.summary()), offHours);
    }

    @GetMapping(path = "/summary/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    SummaryReport summary(@PathVariable String month) {
        YearMonth ym = parse(month);
        List<SummaryView> rows = summaryRows(ym).stream().map(SummaryView::of).toList();
        return new SummaryReport(ym.toString(), "R-AT-3: 遲到早退 1–" + properties.maxLateEarlyForCriticism()
                + " 次 → 例會批評；超過 " + properties.maxLateEarlyForCriticism() + " 次 → 報所屬公司", rows);
    }

    @GetMapping(path = "/summary/{month}", produces = TEXT_CSV)
    ResponseEntity<byte[]> summaryCsvByAccept(@PathVariable String month) {
        return csv(parse(month));
    }

    @GetMapping("/summary/{month}.csv")
    ResponseEntity<byte[]> summaryCsv(@PathVariable String month) {
        return csv(parse(month));
    }

    private ResponseEntity<byte[]> csv(YearMonth month) {
        byte[] body = SummaryCsv.write(summaryRows(month)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendance-" + month + ".csv\"")
                .body(body);
    }

    private List<MonthlySummary> summaryRows(YearMonth month) {
        Map<String, String> visible = reports.visibleTo(CurrentUser.get());
        return reports.summary(month, visible);
    }

    record CorrectionRequest(@NotNull LocalDate date, @NotNull @Min(0) @Max(1) Integer period,
            @NotNull Direction direction, @NotNull LocalTime time, @NotBlank @Size(max = 500) String reason) {
    }

    record DecisionRequest(@Size(max = 500) String comment) {
    }

    @PostMapping("/corrections")
    ResponseEntity<CorrectionView> requestCorrection(@Valid @RequestBody CorrectionRequest request) {
        var correction = corrections.request(CurrentUser.get().id(), request.date(), request.period(), request.direction(),
                request.time(), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(CorrectionView.of(correction, calendar.zone()));
    }

    @GetMapping("/corrections/mine")
    List<CorrectionView> myCorrections() {
        return corrections.mine(CurrentUser.get().id()).stream().map(c -> CorrectionView.of(c, calendar.zone())).toList();
    }

    @GetMapping("/corrections/pending")
    List<CorrectionView> pendingCorrections() {
        return corrections.pendingFor(CurrentUser.get().id()).stream().map(c -> CorrectionView.of(c, calendar.zone()))
                .toList();
    }

    @PostMapping("/corrections/{id}/approve")
    CorrectionView approve(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return CorrectionView.of(corrections.decide(CurrentUser.get().id(), id, true,
                decision == null ? null : decision.comment()), calendar.zone());
    }

    @PostMapping("/corrections/{id}/reject")
    CorrectionView reject(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return CorrectionView.of(corrections.decide(CurrentUser.get().id(), id, false,
                decision == null ? null : decision.comment()), calendar.zone());
    }

    record ProxySigningFinding(@NotNull LocalDate date, @NotBlank String signer, @NotBlank String signedFor) {
    }

    /** R-AT-1: a supervisor records that {@code signer} signed for {@code signedFor}: both absent that day. */
    @PostMapping("/findings/proxy-signing")
    ResponseEntity<Map<String, String>> proxySigning(@Valid @RequestBody ProxySigningFinding finding) {
        proxySigning.record(CurrentUser.get(), finding.date(), finding.signer(), finding.signedFor());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("message",
                "已登記代簽：" + finding.date() + " " + finding.signer() + "、" + finding.signedFor() + " 均記曠工（R-AT-1）"));
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("月份格式應為 YYYY-MM / month must be YYYY-MM: " + month,
                    Map.of("month", "YYYY-MM"));
        }
    }
}

package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.Corrections;
import com.opsflow.attendance.internal.Direction;
import com.opsflow.attendance.web.AttendanceViews.CorrectionView;
import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of a missing or wrong sign (R-AT-1): the staff member asks, their group leader
 * approves or rejects. {@code …/corrections}, {@code /mine}, {@code /pending}, {@code /{id}/approve|reject}.
 */
@RestController
@RequestMapping({AttendanceApi.API + "/corrections", AttendanceApi.PAGE + "/corrections"})
class CorrectionController {

    record CorrectionRequest(@NotNull LocalDate date, @NotNull @Min(0) @Max(1) Integer period,
            @NotNull Direction direction, @NotNull LocalTime time, @NotBlank @Size(max = 500) String reason) {
    }

    record DecisionRequest(@Size(max = 500) String comment) {
    }

    private final Corrections corrections;
    private final WorkingCalendar calendar;
    private final StaffDirectory directory;

    CorrectionController(Corrections corrections, WorkingCalendar calendar, StaffDirectory directory) {
        this.corrections = corrections;
        this.calendar = calendar;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<CorrectionView> request(@Valid @RequestBody CorrectionRequest request) {
        var correction = corrections.request(CurrentUser.get().id(), request.date(), request.period(), request.direction(),
                request.time(), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(CorrectionView.of(correction, calendar.zone(), directory));
    }

    @GetMapping("/mine")
    List<CorrectionView> mine() {
        return corrections.mine(CurrentUser.get().id()).stream().map(c -> CorrectionView.of(c, calendar.zone(), directory))
                .toList();
    }

    @GetMapping("/pending")
    List<CorrectionView> pending() {
        return corrections.pendingFor(CurrentUser.get().id()).stream().map(c -> CorrectionView.of(c, calendar.zone(), directory))
                .toList();
    }

    @PostMapping("/{id}/approve")
    CorrectionView approve(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return decide(id, true, decision);
    }

    @PostMapping("/{id}/reject")
    CorrectionView reject(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return decide(id, false, decision);
    }

    private CorrectionView decide(long id, boolean approved, DecisionRequest decision) {
        return CorrectionView.of(corrections.decide(CurrentUser.get().id(), id, approved,
                decision == null ? null : decision.comment()), calendar.zone(), directory);
    }
}

package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.Direction;
import com.opsflow.attendance.internal.Signing;
import com.opsflow.attendance.web.AttendanceViews.SignView;
import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out as the authenticated user (R-AT-1, R-AT-2): {@code POST …/sign-in}, {@code …/sign-out}. */
@RestController
@RequestMapping({AttendanceApi.API, AttendanceApi.PAGE})
class SigningController {

    private final Signing signing;
    private final WorkingCalendar calendar;

    SigningController(Signing signing, WorkingCalendar calendar) {
        this.signing = signing;
        this.calendar = calendar;
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
}

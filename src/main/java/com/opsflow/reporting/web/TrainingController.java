package com.opsflow.reporting.web;

import com.opsflow.reporting.TrainingRegister.NewTraining;
import com.opsflow.reporting.TrainingRegister.TrainingRecord;
import com.opsflow.reporting.internal.KpiViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** K-5: the training register. Managers record; the same scope as the KPIs applies to reading. */
@RestController
class TrainingController {

    private final KpiViews views;

    TrainingController(KpiViews views) {
        this.views = views;
    }

    record TrainingRequest(String staff, String course, LocalDate date, BigDecimal hours, Boolean passed) {
    }

    @PostMapping("/api/training")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingRecord record(@RequestBody TrainingRequest request) {
        return views.recordTraining(new NewTraining(request.staff(), request.course(), request.date(), request.hours(),
                Boolean.TRUE.equals(request.passed())));
    }

    @GetMapping("/api/training")
    List<TrainingRecord> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station, @RequestParam(required = false) String staff) {
        return views.training(views.query(from, to, null, station, staff, null, null));
    }
}

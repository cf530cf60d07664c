package com.opsflow.reporting.web;

import com.opsflow.platform.BadRequestException;
import com.opsflow.reporting.TrainingRegister.Category;
import com.opsflow.reporting.TrainingRegister.NewTraining;
import com.opsflow.reporting.TrainingRegister.TrainingRecord;
import com.opsflow.reporting.internal.KpiViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** {@code category}: SAFETY, SKILL, QUALIFICATION, CONFIDENTIALITY or OTHER (the default). */
    record TrainingRequest(String staff, String course, LocalDate date, BigDecimal hours, Boolean passed,
            String category, String qualification) {
    }

    @PostMapping("/api/training")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingRecord record(@RequestBody TrainingRequest request) {
        Category category = request.category() == null || request.category().isBlank() ? Category.OTHER
                : Category.of(request.category()).orElseThrow(() -> new BadRequestException(
                        "培訓類別有誤 / unknown training category " + request.category(),
                        Map.of("category", "可用：" + Arrays.stream(Category.values())
                                .map(c -> c.name() + "（" + c.label() + "）").collect(Collectors.joining("、")))));
        return views.recordTraining(new NewTraining(request.staff(), request.course(), request.date(), request.hours(),
                Boolean.TRUE.equals(request.passed()), category, request.qualification()));
    }

    @GetMapping("/api/training")
    List<TrainingRecord> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station, @RequestParam(required = false) String staff) {
        return views.training(views.query(from, to, null, station, staff, null, null));
    }
}

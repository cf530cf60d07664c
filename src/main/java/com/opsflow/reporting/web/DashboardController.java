package com.opsflow.reporting.web;

import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.reporting.internal.KpiViews;
import com.opsflow.reporting.internal.ReportScope;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard page {@code /dashboard} and its data, on the page chain (form login, session,
 * CSRF on). The page does not call {@code /api/kpi}: that chain is stateless HTTP Basic and would
 * make the browser ask for the password again. It reads {@code /dashboard/data}, which goes through
 * the same service and the same scope; every dashboard endpoint is a GET (nothing to forge), and
 * any state-changing page request keeps Spring's CSRF protection.
 */
@RestController
class DashboardController {

    private final KpiViews views;

    DashboardController(KpiViews views) {
        this.views = views;
    }

    @GetMapping(value = "/dashboard", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        if (!ReportScope.mayView(CurrentUser.get())) {
            throw new ForbiddenException("儀表板僅供運營部經理、區站經理、站長及省局負責人使用 / managers only");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(new ClassPathResource("reporting/dashboard.html"));
    }

    @GetMapping("/dashboard/data")
    Map<String, Object> data(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String bucket, @RequestParam(required = false) String station,
            @RequestParam(required = false) String engineer, @RequestParam(required = false) String type,
            @RequestParam(required = false) String channel) {
        return views.withPrevious(views.query(from, to, bucket, station, engineer, type, channel));
    }

    @GetMapping("/dashboard/appraisal.xlsx")
    ResponseEntity<byte[]> monthlyAppraisal(@RequestParam String month, @RequestParam(required = false) String station) {
        return Downloads.xlsx("appraisal-" + month + ".xlsx", views.monthlyAppraisal(month, station), views.zone());
    }
}

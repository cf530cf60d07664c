package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.ProxySigningFindings;
import com.opsflow.platform.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AT-1: a supervisor records that {@code signer} signed for {@code signedFor}; both are absent
 * that day. {@code POST …/findings/proxy-signing}.
 */
@RestController
@RequestMapping({AttendanceApi.API + "/findings/proxy-signing", AttendanceApi.PAGE + "/findings/proxy-signing"})
class ProxySigningController {

    record ProxySigningFinding(@NotNull LocalDate date, @NotBlank String signer, @NotBlank String signedFor) {
    }

    private final ProxySigningFindings findings;

    ProxySigningController(ProxySigningFindings findings) {
        this.findings = findings;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> record(@Valid @RequestBody ProxySigningFinding finding) {
        findings.record(CurrentUser.get(), finding.date(), finding.signer(), finding.signedFor());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("message",
                "已登記代簽：" + finding.date() + " " + finding.signer() + "、" + finding.signedFor() + " 均記曠工（R-AT-1）"));
    }
}

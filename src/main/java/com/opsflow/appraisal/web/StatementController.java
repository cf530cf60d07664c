package com.opsflow.appraisal.web;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.StaffStatement;
import com.opsflow.platform.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly statement (R-AP-1…4, R-AP-7) as JSON, or as CSV for Excel ({@code Accept: text/csv}
 * or {@code .csv}): UTF-8 with a byte order mark, without which Excel shows Chinese as mojibake.
 */
@RestController
@RequestMapping("/api/appraisal/statements")
class StatementController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AppraisalLedger appraisal;
    private final Scope scope;

    StatementController(AppraisalLedger appraisal, Scope scope) {
        this.appraisal = appraisal;
        this.scope = scope;
    }

    @GetMapping(value = "/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    List<StaffStatement> statement(@PathVariable String month) {
        Scope.View view = scope.of(CurrentUser.get());
        return appraisal.statement(Requests.month(month)).stream().filter(line -> view.sees(line.staff())).toList();
    }

    @GetMapping(value = "/{month}", produces = "text/csv")
    ResponseEntity<byte[]> statementAsCsv(@PathVariable String month) {
        return csv(month);
    }

    @GetMapping("/{month}.csv")
    ResponseEntity<byte[]> statementCsvFile(@PathVariable String month) {
        return csv(month);
    }

    private ResponseEntity<byte[]> csv(String month) {
        List<StaffStatement> lines = statement(month);
        StringBuilder csv = new StringBuilder(
                "人員帳號,姓名,扣分,扣分罰款(RMB),罰款(RMB),合計(RMB),違反上門規範次數,已達門檻,審核結果\r\n");
        for (StaffStatement s : lines) {
            csv.append(String.join(",", cell(s.staff()), cell(s.staffName()), number(s.points()),
                    number(s.pointFinesRmb()), number(s.finesRmb()), number(s.totalRmb()),
                    String.valueOf(s.conductBreaches()), cell(String.join(" ", s.thresholds())),
                    cell(s.reviewOutcome()))).append("\r\n");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(BOM);
        body.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"appraisal-statement-" + Requests.month(month) + ".csv\"")
                .body(body.toByteArray());
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Quoted when needed; a leading = + - @ is defused so Excel never runs a cell as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

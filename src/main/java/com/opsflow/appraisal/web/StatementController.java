package com.opsflow.appraisal.web;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.StaffStatement;
import com.opsflow.identity.DataScope;
import com.opsflow.identity.DataScopes;
import com.opsflow.platform.Csv;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.Months;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    private final AppraisalLedger appraisal;
    private final DataScopes scopes;

    StatementController(AppraisalLedger appraisal, DataScopes scopes) {
        this.appraisal = appraisal;
        this.scopes = scopes;
    }

    @GetMapping(value = "/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    List<StaffStatement> statement(@PathVariable String month) {
        DataScope view = scopes.of(CurrentUser.get());
        return appraisal.statement(Months.parse(month)).stream().filter(line -> view.sees(line.staff())).toList();
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
        Csv csv = Csv.withHeader(List.of("人員帳號", "姓名", "扣分", "扣分罰款(RMB)", "罰款(RMB)", "合計(RMB)", "違反上門規範次數",
                "已達門檻", "審核結果"));
        for (StaffStatement s : statement(month)) {
            csv.row(Arrays.asList(s.staff(), s.staffName(), s.points(), s.pointFinesRmb(), s.finesRmb(), s.totalRmb(),
                    s.conductBreaches(), String.join(" ", s.thresholds()), s.reviewOutcome()));
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"appraisal-statement-" + Months.parse(month) + ".csv\"")
                .body(csv.asBytes());
    }
}

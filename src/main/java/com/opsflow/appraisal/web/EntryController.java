package com.opsflow.appraisal.web;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.identity.DataScope;
import com.opsflow.identity.DataScopes;
import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.Months;
import com.opsflow.platform.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger over HTTP: entries within the caller's scope, reversals by the ops manager (R-AP-6). */
@RestController
@RequestMapping("/api/appraisal/entries")
class EntryController {

    /** An entry as the API shows it (the idempotency key and activity stay internal). */
    record EntryResponse(long id, String staff, EntryKind kind, BigDecimal points, BigDecimal amountRmb, String rule,
            String reason, String processInstanceId, String businessKey, Instant occurredAt, Instant postedAt,
            String postedBy, Long reversalOf) {

        static EntryResponse of(LedgerEntry e) {
            return new EntryResponse(e.id(), e.staff(), e.kind(), e.points(), e.amountRmb(), e.rule(), e.reason(),
                    e.processInstanceId(), e.businessKey(), e.occurredAt(), e.postedAt(), e.postedBy(), e.reversalOf());
        }
    }

    record ReversalRequest(
            @NotBlank(message = "請填寫撤銷原因 / reason is required")
            @Size(max = 1000, message = "原因過長 / at most 1000 characters") String reason) {
    }

    private final AppraisalLedger appraisal;
    private final DataScopes scopes;
    private final StaffDirectory directory;

    EntryController(AppraisalLedger appraisal, DataScopes scopes, StaffDirectory directory) {
        this.appraisal = appraisal;
        this.scopes = scopes;
        this.directory = directory;
    }

    @GetMapping
    List<EntryResponse> entries(@RequestParam(required = false) String staff,
            @RequestParam(required = false) String month, @RequestParam(required = false) String processInstanceId) {
        DataScope view = scopes.of(CurrentUser.get());
        YearMonth yearMonth = month == null || month.isBlank() ? null : Months.parse(month);
        boolean staffGiven = staff != null && !staff.isBlank();
        if (staffGiven) {
            // An unknown id is a 400 for everyone, before any 403.
            directory.require(staff);
        }
        if (staffGiven && !view.sees(staff)) {
            throw new ForbiddenException("只能查看本人或所轄人員的考核記錄 / outside your scope: " + staff);
        }
        String who = staffGiven ? staff : view.ownOnly() ? view.userId() : null;
        return appraisal.entries(who, yearMonth, processInstanceId).stream()
                .filter(e -> view.sees(e.staff()))
                .map(EntryResponse::of)
                .toList();
    }

    @PostMapping("/{id}/reversal")
    EntryResponse reverse(@PathVariable long id, @Valid @RequestBody ReversalRequest request) {
        CurrentUser user = CurrentUser.get();
        if (!user.inGroup(Groups.OPS_MANAGER)) {
            throw new ForbiddenException("只有運營部經理可以撤銷考核記錄 / only the ops manager may reverse entries");
        }
        appraisal.entry(id).orElseThrow(() -> new NotFoundException("查無此記錄 / no ledger entry " + id));
        return EntryResponse.of(appraisal.reverse(id, request.reason(), user.id()));
    }
}

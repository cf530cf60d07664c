package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The ledger on JDBC: validation, idempotent posting and the queries of {@link Appraisal}. */
@Service
class JdbcAppraisal implements Appraisal {

    static final int MAX_KEY = 200;
    static final int MAX_REASON = 1000;

    private final JdbcLedger ledger;
    private final StaffDirectory directory;
    private final ApplicationEventPublisher events;

    JdbcAppraisal(JdbcLedger ledger, StaffDirectory directory, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.directory = directory;
        this.events = events;
    }

    @Override
    public LedgerEntry post(Breach breach) {
        validate(breach);
        // Cheap and lock-free for the usual retry; the unique key settles the concurrent case.
        var existing = ledger.byKey(breach.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        Source source = breach.source();
        // Seconds only: MySQL's DATETIME keeps none, and the entry read back must equal the one posted.
        LedgerEntry entry = new LedgerEntry(0, breach.staff(), breach.kind(),
                breach.kind() == EntryKind.POINTS ? breach.points() : null,
                breach.kind() == EntryKind.FINE ? breach.amountRmb() : null,
                breach.rule().trim(), breach.reason().trim(), source.processDefinitionKey(), source.processInstanceId(),
                source.businessKey(), source.activityId(), breach.occurredAt().truncatedTo(ChronoUnit.SECONDS),
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                blank(breach.postedBy()) ? "system" : breach.postedBy(), null, breach.idempotencyKey());
        boolean inserted = ledger.insertIfAbsent(entry);
        LedgerEntry posted = ledger.byKey(breach.idempotencyKey())
                .orElseThrow(() -> new IllegalStateException("ledger entry " + breach.idempotencyKey() + " vanished"));
        if (inserted) {
            events.publishEvent(new EntryPosted(posted.id(), posted.staff(), posted.occurredAt()));
        }
        return posted;
    }

    private void validate(Breach b) {
        if (blank(b.staff())) {
            throw new BadRequestException("未指定人員 / staff is required");
        }
        directory.require(b.staff());
        if (blank(b.rule())) {
            throw new BadRequestException("未指定規則 / rule is required");
        }
        if (blank(b.reason())) {
            throw new BadRequestException("未填寫原因 / reason is required");
        }
        if (b.reason().length() > MAX_REASON) {
            throw new BadRequestException("原因過長 / reason longer than " + MAX_REASON + " characters");
        }
        if (b.occurredAt() == null) {
            throw new BadRequestException("未指定違規時間 / occurredAt is required");
        }
        if (blank(b.idempotencyKey()) || b.idempotencyKey().length() > MAX_KEY) {
            throw new BadRequestException("冪等鍵無效 / idempotencyKey is required, at most " + MAX_KEY + " characters");
        }
        BigDecimal amount = b.kind() == EntryKind.POINTS ? b.points() : b.amountRmb();
        if (amount == null || amount.signum() <= 0) {
            throw new BadRequestException(b.kind() == EntryKind.POINTS
                    ? "扣分必須大於零 / points must be positive"
                    : "罰款金額必須大於零 / amountRmb must be positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BadRequestException("最多兩位小數 / at most two decimal places: " + amount.toPlainString());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

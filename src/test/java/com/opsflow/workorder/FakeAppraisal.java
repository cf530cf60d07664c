package com.opsflow.workorder;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appraisal contract as the scenario tests need it: posting the same idempotency key twice
 * yields the entry already posted. Like the real ledger it is outside the engine's transaction,
 * so a job that fails after some posts leaves them behind (what a retry must not duplicate).
 */
class FakeAppraisal implements Appraisal {

    private final Map<String, LedgerEntry> byKey = new LinkedHashMap<>();
    private int posts;
    /** Throw once when this many entries exist (a crash in the middle of a job), -1 = never. */
    private int failWhenSize = -1;

    @Override
    public synchronized LedgerEntry post(Breach b) {
        posts++;
        LedgerEntry existing = byKey.get(b.idempotencyKey());
        if (existing != null) {
            return existing;
        }
        if (failWhenSize >= 0 && byKey.size() == failWhenSize) {
            failWhenSize = -1;
            throw new IllegalStateException("simulated crash of the appraisal call");
        }
        LedgerEntry entry = new LedgerEntry(byKey.size() + 1L, b.staff(), b.kind(), b.points(), b.amountRmb(), b.rule(),
                b.reason(), b.source().processDefinitionKey(), b.source().processInstanceId(), b.source().businessKey(),
                b.source().activityId(), b.occurredAt(), Instant.now(), b.postedBy(), null, b.idempotencyKey());
        byKey.put(b.idempotencyKey(), entry);
        return entry;
    }

    synchronized void failOnceWhenSize(int size) {
        this.failWhenSize = size;
    }

    synchronized List<LedgerEntry> entries() {
        return new ArrayList<>(byKey.values());
    }

    synchronized List<LedgerEntry> entries(String rule) {
        return byKey.values().stream().filter(e -> e.rule().equals(rule)).toList();
    }

    synchronized List<LedgerEntry> fines(String rule) {
        return entries(rule).stream().filter(e -> e.kind() == EntryKind.FINE).toList();
    }

    synchronized int posts() {
        return posts;
    }
}

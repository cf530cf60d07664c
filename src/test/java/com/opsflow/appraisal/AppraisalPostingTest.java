package com.opsflow.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.BadRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Posting to the ledger (R-AP-6): exactly once per idempotency key, invalid breaches refused. */
@OpsFlowSpringBootTest
class AppraisalPostingTest {

    // A month far from anything the other modules' tests post, so the shared database does not mix.
    static final Instant OCCURRED = Instant.parse("2040-06-10T02:00:00Z");

    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aPostedBreachBecomesALedgerEntryNamingRuleSourceAndPoster_R_AP_6() {
        String key = key();
        Source source = new Source("repair", "pi-" + key, "WO-2040-0001", "UserTask_ArriveOnSite");
        LedgerEntry entry = appraisal.post(Breach.points("eng-west-3", new BigDecimal("0.5"), "R-WO-4", "維修未於一小時內到場",
                source, OCCURRED.plusNanos(123_456_789), "cs-1", key));

        assertThat(entry.id()).isPositive();
        assertThat(entry.staff()).isEqualTo("eng-west-3");
        assertThat(entry.kind()).isEqualTo(EntryKind.POINTS);
        assertThat(entry.points()).isEqualByComparingTo("0.5");
        assertThat(entry.amountRmb()).isNull();
        assertThat(entry.rule()).isEqualTo("R-WO-4");
        assertThat(entry.reason()).isEqualTo("維修未於一小時內到場");
        assertThat(entry.processDefinitionKey()).isEqualTo("repair");
        assertThat(entry.processInstanceId()).isEqualTo("pi-" + key);
        assertThat(entry.businessKey()).isEqualTo("WO-2040-0001");
        assertThat(entry.activityId()).isEqualTo("UserTask_ArriveOnSite");
        assertThat(entry.occurredAt()).isEqualTo(OCCURRED);
        assertThat(entry.postedAt()).isNotNull();
        assertThat(entry.postedBy()).isEqualTo("cs-1");
        assertThat(entry.reversalOf()).isNull();
        assertThat(entry.idempotencyKey()).isEqualTo(key);
        // what the posting returns (without reading it back) is the entry as the ledger keeps it
        assertThat(ledger.entry(entry.id())).hasValue(entry);
    }

    @Test
    void theSameIdempotencyKeyPostedTwiceGivesOneEntry_R_AP_6() {
        String key = key();
        LedgerEntry first = appraisal.post(fine(key, "200"));
        LedgerEntry second = appraisal.post(fine(key, "200"));

        assertThat(second).isEqualTo(first);
        assertThat(rowsWithKey(key)).isEqualTo(1);
    }

    @Test
    void aDuplicateInsideTheEnginesTransactionNeitherThrowsNorSpoilsTheTransaction_R_AP_6() {
        String key = key();
        LedgerEntry first = appraisal.post(fine(key, "200"));
        String other = key();

        // As a retried delegate would: the duplicate and further work in one transaction that commits.
        LedgerEntry again = tx.execute(status -> {
            LedgerEntry duplicate = appraisal.post(fine(key, "200"));
            appraisal.post(fine(other, "50"));
            return duplicate;
        });

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(rowsWithKey(key)).isEqualTo(1);
        assertThat(rowsWithKey(other)).isEqualTo(1);
    }

    @Test
    void aPostingRolledBackWithTheEnginesTransactionLeavesNoEntry_R_AP_6() {
        String key = key();
        tx.executeWithoutResult(status -> {
            appraisal.post(fine(key, "200"));
            status.setRollbackOnly();
        });
        assertThat(rowsWithKey(key)).isZero();
    }

    @Test
    void anUnknownStaffMemberIsRefused() {
        assertThatThrownBy(() -> appraisal.post(Breach.fine("nobody-here", new BigDecimal("50"), "R-WO-12", "未穿鞋套",
                Source.manual(), OCCURRED, "cs-1", key())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("nobody-here");
    }

    @Test
    void aBreachWithoutRuleOrReasonIsRefused() {
        assertThatThrownBy(() -> appraisal.post(Breach.fine("eng-west-3", new BigDecimal("50"), " ", "未穿鞋套",
                Source.manual(), OCCURRED, "cs-1", key())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("rule");
        assertThatThrownBy(() -> appraisal.post(Breach.fine("eng-west-3", new BigDecimal("50"), "R-WO-12", "",
                Source.manual(), OCCURRED, "cs-1", key())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("reason");
    }

    @Test
    void aNonPositiveAmountIsRefused() {
        assertThatThrownBy(() -> appraisal.post(fine(key(), "0")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("amountRmb");
        assertThatThrownBy(() -> appraisal.post(Breach.points("eng-west-3", new BigDecimal("-0.5"), "R-WO-4", "遲到",
                Source.manual(), OCCURRED, "cs-1", key())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("points");
        assertThatThrownBy(() -> appraisal.post(Breach.points("eng-west-3", null, "R-WO-4", "遲到",
                Source.manual(), OCCURRED, "cs-1", key())))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("points");
    }

    private static Breach fine(String key, String amount) {
        return Breach.fine("eng-west-3", new BigDecimal(amount), "R-WO-3", "十五分鐘內未聯繫用戶",
                new Source("install", "pi-" + key, "WO-" + key, "Timer_NoContact"), OCCURRED, "system", key);
    }

    private int rowsWithKey(String key) {
        return jdbc.queryForObject("select count(*) from appraisal_entry where idempotency_key = ?", Integer.class, key);
    }

    static String key() {
        return "test:" + UUID.randomUUID();
    }
}

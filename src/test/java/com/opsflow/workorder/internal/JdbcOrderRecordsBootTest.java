package com.opsflow.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.OrderData;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new order's row is written once, just before the transaction that created it commits, with
 * what the same transaction added (the dispatch): one insert, no update (issue 19); readers in
 * that transaction see it all the same, and a transaction that rolls back writes nothing.
 */
@OpsFlowSpringBootTest
class JdbcOrderRecordsBootTest {

    @Autowired
    OrderRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNewOrdersRowIsWrittenOnceAtCommitWithItsDispatch() {
        String orderNo = "WO-T1-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Date dispatchedAt = new Date(4_070_908_800_000L); // 2099-01-01T00:00:00Z
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            records.created(order(orderNo));
            assertThat(rows(orderNo)).as("not written before the commit").isEmpty();
            records.dispatched(orderNo, "eng-east-1", "東區工程師一", dispatchedAt, "聯系時限", "完成時限");
            // read in the same transaction: the dispatched order, no statement needed
            assertThat(records.find(orderNo)).map(OrderData::engineer).hasValue("eng-east-1");
            assertThat(records.dispatchedAt(orderNo)).hasValue(dispatchedAt);
            assertThat(records.findAll(List.of(orderNo))).containsKey(orderNo);
            records.workDeadline(orderNo, "約定時間");
            assertThat(rows(orderNo)).isEmpty();
        });

        List<Map<String, Object>> rows = rows(orderNo);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("ENGINEER", "eng-east-1").containsEntry("ENGINEER_NAME", "東區工程師一")
                .containsEntry("CONTACT_DEADLINE", "聯系時限").containsEntry("WORK_DEADLINE", "約定時間")
                .containsEntry("CUSTOMER_PHONE", "13800138000");
        assertThat(jdbc.queryForObject("select dispatched_at from workorder_order where order_no = ?", Timestamp.class, orderNo)
                .getTime()).isEqualTo(dispatchedAt.getTime());
        assertThat(records.dispatchedAt(orderNo)).hasValue(dispatchedAt);
    }

    @Test
    void aRolledBackCreationWritesNoRow() {
        String orderNo = "WO-T2-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            records.created(order(orderNo));
            records.dispatched(orderNo, "eng-east-1", "東區工程師一", new Date(), "聯系時限", "完成時限");
            status.setRollbackOnly();
        });
        assertThat(rows(orderNo)).isEmpty();
    }

    @Test
    void outsideATransactionTheRowIsWrittenAtOnce() {
        String orderNo = "WO-T3-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        records.created(order(orderNo));
        assertThat(rows(orderNo)).hasSize(1);
        records.dispatched(orderNo, "eng-east-2", "東區工程師二", new Date(), "聯系時限", "完成時限");
        assertThat(rows(orderNo).get(0)).containsEntry("ENGINEER", "eng-east-2");
    }

    private List<Map<String, Object>> rows(String orderNo) {
        return jdbc.queryForList("select engineer as ENGINEER, engineer_name as ENGINEER_NAME, contact_deadline as CONTACT_DEADLINE,"
                + " work_deadline as WORK_DEADLINE, customer_phone as CUSTOMER_PHONE"
                + " from workorder_order where order_no = ?", orderNo);
    }

    private static OrderData order(String orderNo) {
        return new OrderData(orderNo, "REPAIR", "報修", "陳大文", "13800138000", "東區幸福路 1 號", "無法上網", "PHONE",
                "east", "東區", null, null, null, null);
    }
}

package com.opsflow.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.identity.StaffDirectory;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The start-up warm-up of the order path (issue 19) runs whole repair orders, the first of them through their
 * first escalation (R-WO-1 deadline passed: R-WO-4 deduction, notices, 通知運營部經理 task), and leaves nothing:
 * no process, job, task, order row, order number, notice, ledger entry or month total.
 */
@OpsFlowSpringBootTest
class WarmUpOrderPathBootTest {

    @Autowired
    OrderIntake intake;
    @Autowired
    StaffDirectory directory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void warmUpOrdersAndTheirFirstEscalationsAreRolledBackLeavingNothing() throws Exception {
        List<Object> before = counts();
        WarmUpOrderPath warmUp = warmUp(5, 3);
        warmUp.run(null);
        assertThat(warmUp.warmedUp()).isEqualTo(5);
        // R-WO-4: the deduction ran, then the continuation up to the escalation's first task
        assertThat(warmUp.escalated()).isEqualTo(3);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void noMoreEscalationsThanOrders() throws Exception {
        WarmUpOrderPath warmUp = warmUp(2, 300);
        warmUp.run(null);
        assertThat(warmUp.warmedUp()).isEqualTo(2);
        assertThat(warmUp.escalated()).isEqualTo(2);
    }

    @Test
    void noWarmUpWhenItIsSwitchedOff() throws Exception {
        WarmUpOrderPath off = warmUp(0, 300);
        off.run(null);
        assertThat(off.warmedUp()).isZero();
        assertThat(off.escalated()).isZero();
    }

    private WarmUpOrderPath warmUp(int orders, int escalations) {
        return new WarmUpOrderPath(intake, directory, transactions, runtimeService, managementService, taskService, orders,
                escalations);
    }

    private List<Object> counts() {
        return List.of(runtimeService.createProcessInstanceQuery().count(),
                historyService.createHistoricProcessInstanceQuery().count(), taskService.createTaskQuery().count(),
                jdbc.queryForObject("select count(*) from workorder_order", Long.class),
                jdbc.queryForList("select seq_day, last_value from workorder_sequence order by seq_day"),
                jdbc.queryForObject("select count(*) from notification_notice", Long.class),
                jdbc.queryForObject("select count(*) from appraisal_entry", Long.class),
                jdbc.queryForList("select * from appraisal_month_total order by month_key, staff_id, kind, rule_id"),
                managementService.createJobQuery().count(),
                historyService.createHistoricActivityInstanceQuery().count());
    }
}

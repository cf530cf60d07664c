package com.opsflow.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.identity.StaffDirectory;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The start-up warm-up of the order path (issue 19) runs whole repair orders and leaves nothing:
 * no process, task, order row, order number, notice or ledger entry.
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

    @Test
    void warmUpOrdersAreCreatedAndRolledBackLeavingNothing() throws Exception {
        List<Object> before = counts();
        WarmUpOrderPath warmUp = new WarmUpOrderPath(intake, directory, transactions, 5);
        warmUp.run(null);
        assertThat(warmUp.warmedUp()).isEqualTo(5);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void noWarmUpWhenItIsSwitchedOff() throws Exception {
        WarmUpOrderPath off = new WarmUpOrderPath(intake, directory, transactions, 0);
        off.run(null);
        assertThat(off.warmedUp()).isZero();
    }

    private List<Object> counts() {
        return List.of(runtimeService.createProcessInstanceQuery().count(),
                historyService.createHistoricProcessInstanceQuery().count(), taskService.createTaskQuery().count(),
                jdbc.queryForObject("select count(*) from workorder_order", Long.class),
                jdbc.queryForList("select seq_day, last_value from workorder_sequence order by seq_day"),
                jdbc.queryForObject("select count(*) from notification_notice", Long.class),
                jdbc.queryForObject("select count(*) from appraisal_entry", Long.class));
    }
}

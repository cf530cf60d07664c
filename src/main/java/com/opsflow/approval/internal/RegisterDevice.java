package com.opsflow.approval.internal;

import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Enters an approved private device in the register (R-SE-1) with the condition of its approval:
 * it never joins the internal network. Idempotent per process instance (a retried job adds nothing).
 */
@Component("registerDevice")
class RegisterDevice implements JavaDelegate {

    static final String NETWORK_POLICY = "不得接入辦公區內網 (R-SE-1)";

    private final JdbcTemplate jdbc;

    RegisterDevice(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessInstanceId();
        Integer present = jdbc.queryForObject("select count(*) from approval_device where process_instance_id = ?",
                Integer.class, id);
        if (present != null && present > 0) {
            return;
        }
        jdbc.update("insert into approval_device (process_instance_id, applicant_id, device_type, brand, serial_no, purpose,"
                + " valid_from, valid_to, approved_by, approved_at, network_policy) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, text(execution, "applicant"), text(execution, "deviceType"), text(execution, "brand"),
                text(execution, "serialNo"), text(execution, "purpose"),
                java.sql.Date.valueOf(RequestDates.date(execution, "startDate")),
                java.sql.Date.valueOf(RequestDates.date(execution, "endDate")),
                text(execution, "decidedBy"), new Timestamp(ClockUtil.getCurrentTime().getTime()), NETWORK_POLICY);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}

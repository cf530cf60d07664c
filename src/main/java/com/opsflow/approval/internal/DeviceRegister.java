package com.opsflow.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The register of approved private devices (R-SE-1), newest approval first. */
@Service
public class DeviceRegister {

    /** An approved device; {@code networkPolicy} states that it never joins the internal network. */
    public record ApprovedDevice(String requestId, String applicant, String deviceType, String brand, String serialNo,
            String purpose, LocalDate validFrom, LocalDate validTo, String approvedBy, Instant approvedAt,
            String networkPolicy) {
    }

    private final JdbcTemplate jdbc;

    DeviceRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApprovedDevice> all() {
        return jdbc.query("select process_instance_id, applicant_id, device_type, brand, serial_no, purpose, valid_from,"
                + " valid_to, approved_by, approved_at, network_policy from approval_device order by approved_at desc",
                (rs, i) -> new ApprovedDevice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                        rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11)));
    }
}

package com.opsflow.workorder.internal;

import com.opsflow.workorder.Registration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code workorder_registration}, written inside the engine's transaction (the task completion that
 * records or files the form), so a refused or rolled-back completion leaves nothing half-written.
 */
@Repository
class JdbcRegistrationArchive implements RegistrationArchive {

    private final JdbcTemplate jdbc;

    JdbcRegistrationArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Registration r) {
        int updated = jdbc.update("""
                update workorder_registration set customer_name = ?, customer_phone = ?, address = ?, station = ?,
                  engineer = ?, account = ?, bandwidth = ?, device = ?, materials = ?, customer_signed = ?, account_told = ?,
                  note = ?, registered_at = ?, registered_by = ? where order_no = ?""",
                r.customerName(), r.customerPhone(), r.address(), r.station(), r.engineer(), r.account(), r.bandwidth(),
                r.device(), r.materials(), r.customerSigned(), r.accountTold(), r.note(), Timestamp.from(r.registeredAt()),
                r.registeredBy(), r.orderNo());
        if (updated == 0) {
            jdbc.update("""
                    insert into workorder_registration (order_no, customer_name, customer_phone, address, station, engineer,
                      account, bandwidth, device, materials, customer_signed, account_told, note, registered_at, registered_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    r.orderNo(), r.customerName(), r.customerPhone(), r.address(), r.station(), r.engineer(), r.account(),
                    r.bandwidth(), r.device(), r.materials(), r.customerSigned(), r.accountTold(), r.note(),
                    Timestamp.from(r.registeredAt()), r.registeredBy());
        }
    }

    @Override
    public void file(String orderNo, String filedBy, Instant at) {
        jdbc.update("update workorder_registration set filed_at = ?, filed_by = ? where order_no = ?",
                Timestamp.from(at), filedBy, orderNo);
    }

    @Override
    public Optional<Registration> find(String orderNo) {
        return jdbc.query("select * from workorder_registration where order_no = ?", JdbcRegistrationArchive::row, orderNo)
                .stream().findFirst();
    }

    private static Registration row(ResultSet rs, int n) throws SQLException {
        Timestamp filed = rs.getTimestamp("filed_at");
        return new Registration(rs.getString("order_no"), rs.getString("customer_name"), rs.getString("customer_phone"),
                rs.getString("address"), rs.getString("station"), rs.getString("engineer"), rs.getString("account"),
                rs.getString("bandwidth"), rs.getString("device"), rs.getString("materials"), rs.getBoolean("customer_signed"),
                rs.getBoolean("account_told"), rs.getString("note"), rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"), filed == null ? null : filed.toInstant(), rs.getString("filed_by"));
    }
}

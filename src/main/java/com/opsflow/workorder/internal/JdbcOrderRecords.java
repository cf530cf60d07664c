package com.opsflow.workorder.internal;

import com.opsflow.workorder.OrderData;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link OrderRecords} in {@code workorder_order}, through the application's {@link JdbcTemplate}:
 * on the engine's DataSource and, inside a delegate, on the engine's connection and transaction
 * (never a second connection). An order read in a transaction is kept until that transaction ends
 * (or writes the order): an escalation mail that shows customer, address and engineer reads the row
 * once, not once per value. A new order's row is written once, just before its transaction commits,
 * with what the transaction's later steps added (the dispatch): one insert instead of an insert and
 * an update; nothing at all when the transaction rolls back.
 */
@Service
class JdbcOrderRecords implements OrderRecords {

    private final JdbcTemplate jdbc;

    JdbcOrderRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void created(OrderData o) {
        forget(o.orderNo());
        Map<String, Pending> pending = pendingInThisTransaction();
        if (pending != null) {
            pending.put(o.orderNo(), new Pending(o, null));
            // the dispatch mail and the first task's title of the same transaction read it from here
            remember(o);
            return;
        }
        write(o, null);
    }

    /** The row as created, or as the first step running again for the same number (a modification) leaves it. */
    private void write(OrderData o, Date dispatchedAt) {
        Timestamp dispatched = dispatchedAt == null ? null : new Timestamp(dispatchedAt.getTime());
        try {
            jdbc.update("insert into workorder_order (order_no, order_type, order_type_name, customer_name, customer_phone,"
                            + " address, description, channel, station, station_name, engineer, engineer_name, contact_deadline,"
                            + " work_deadline, dispatched_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    o.orderNo(), o.orderType(), o.orderTypeName(), o.customerName(), o.customerPhone(), o.address(),
                    o.description(), o.channel(), o.station(), o.stationName(), o.engineer(), o.engineerName(),
                    o.contactDeadline(), o.workDeadline(), dispatched);
        } catch (DuplicateKeyException e) {
            // the first step ran again for the same number (a modification): the row takes the new data
            jdbc.update("update workorder_order set order_type = ?, order_type_name = ?, customer_name = ?, customer_phone = ?,"
                            + " address = ?, description = ?, channel = ?, station = ?, station_name = ? where order_no = ?",
                    o.orderType(), o.orderTypeName(), o.customerName(), o.customerPhone(), o.address(), o.description(),
                    o.channel(), o.station(), o.stationName(), o.orderNo());
            if (dispatchedAt != null) {
                update(o.orderNo(), o.engineer(), o.engineerName(), dispatchedAt, o.contactDeadline(), o.workDeadline());
            }
        }
    }

    @Override
    public void dispatched(String orderNo, String engineer, String engineerName, Date dispatchedAt,
            String contactDeadline, String workDeadline) {
        Optional<OrderData> known = known(orderNo);
        forget(orderNo);
        Pending created = pending(orderNo);
        if (created != null) {
            stillPending(new Pending(created.data().dispatched(engineer, engineerName, contactDeadline, workDeadline),
                    dispatchedAt));
            return;
        }
        if (update(orderNo, engineer, engineerName, dispatchedAt, contactDeadline, workDeadline) == 1) {
            known.ifPresent(o -> remember(o.dispatched(engineer, engineerName, contactDeadline, workDeadline)));
        }
    }

    private int update(String orderNo, String engineer, String engineerName, Date dispatchedAt, String contactDeadline,
            String workDeadline) {
        return jdbc.update("update workorder_order set engineer = ?, engineer_name = ?, dispatched_at = ?, contact_deadline = ?,"
                        + " work_deadline = ? where order_no = ?",
                engineer, engineerName, dispatchedAt == null ? null : new Timestamp(dispatchedAt.getTime()),
                contactDeadline, workDeadline, orderNo);
    }

    @Override
    public void workDeadline(String orderNo, String workDeadline) {
        Optional<OrderData> known = known(orderNo);
        forget(orderNo);
        Pending created = pending(orderNo);
        if (created != null) {
            stillPending(new Pending(created.data().withWorkDeadline(workDeadline), created.dispatchedAt()));
            return;
        }
        if (jdbc.update("update workorder_order set work_deadline = ? where order_no = ?", workDeadline, orderNo) == 1) {
            known.ifPresent(o -> remember(o.withWorkDeadline(workDeadline)));
        }
    }

    @Override
    public Optional<OrderData> find(String orderNo) {
        Map<String, Optional<OrderData>> read = readInThisTransaction();
        if (read == null) {
            return select(orderNo);
        }
        return read.computeIfAbsent(orderNo, this::select);
    }

    @Override
    public Optional<Date> dispatchedAt(String orderNo) {
        Pending created = pending(orderNo);
        if (created != null) {
            return Optional.ofNullable(created.dispatchedAt());
        }
        return jdbc.query("select dispatched_at from workorder_order where order_no = ?",
                (rs, i) -> rs.getTimestamp(1), orderNo).stream().filter(Objects::nonNull)
                .map(t -> new Date(t.getTime())).findFirst();
    }

    @Override
    public Map<String, OrderData> findAll(Collection<String> orderNos) {
        Map<String, OrderData> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(orderNos));
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            jdbc.query("select " + COLUMNS + " from workorder_order where order_no in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", ROW, chunk.toArray())
                    .forEach(o -> found.put(o.orderNo(), o));
        }
        // created in this transaction, not written yet
        all.stream().map(this::pending).filter(Objects::nonNull).forEach(p -> found.put(p.data().orderNo(), p.data()));
        return found;
    }

    /** Order numbers per {@code in (…)}: well below every database's limit of parameters. */
    private static final int CHUNK = 500;

    private Optional<OrderData> select(String orderNo) {
        return jdbc.query("select " + COLUMNS + " from workorder_order where order_no = ?", ROW, orderNo).stream().findFirst();
    }

    /** The columns of {@link #ROW}, for this class and the order list's search ({@link OrderViews}). */
    static final String COLUMNS = "order_no, order_type, order_type_name, customer_name, customer_phone, address,"
            + " description, channel, station, station_name, engineer, engineer_name, contact_deadline, work_deadline";

    static final RowMapper<OrderData> ROW = (rs, i) -> new OrderData(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));

    /** The order as this transaction knows it (read or written here), without a statement. */
    private static Optional<OrderData> known(String orderNo) {
        Map<String, Optional<OrderData>> read = readInThisTransaction();
        Optional<OrderData> known = read == null ? null : read.get(orderNo);
        return known == null ? Optional.empty() : known;
    }

    /** What this transaction has just written: later reads in it need no statement. */
    private static void remember(OrderData order) {
        Map<String, Optional<OrderData>> read = readInThisTransaction();
        if (read != null) {
            read.put(order.orderNo(), Optional.of(order));
        }
    }

    private static final Object READ = new Object();

    @SuppressWarnings("unchecked")
    private static Map<String, Optional<OrderData>> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Optional<OrderData>> read = (Map<String, Optional<OrderData>>) TransactionSynchronizationManager.getResource(READ);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ);
                }
            });
        }
        return read;
    }

    /** A new order's row, written just before the transaction that created it commits. */
    private record Pending(OrderData data, Date dispatchedAt) {
    }

    private final Object pendingKey = new Object();

    /** The row this transaction created for the order and has not written yet, if any (a read: nothing registered). */
    @SuppressWarnings("unchecked")
    private Pending pending(String orderNo) {
        Map<String, Pending> pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Map<String, Pending>) TransactionSynchronizationManager.getResource(pendingKey) : null;
        return pending == null ? null : pending.get(orderNo);
    }

    /** A created row that the transaction's later steps changed: still written once, at commit. */
    private void stillPending(Pending row) {
        pendingInThisTransaction().put(row.data().orderNo(), row);
        remember(row.data());
    }

    /** The rows this transaction created and has not written yet (null outside a transaction). */
    @SuppressWarnings("unchecked")
    private Map<String, Pending> pendingInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Pending> pending = (Map<String, Pending>) TransactionSynchronizationManager.getResource(pendingKey);
        if (pending == null) {
            Map<String, Pending> rows = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(pendingKey, rows);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // still bound: a write here that looked for pending rows would find them, so empty it first
                    List<Pending> toWrite = List.copyOf(rows.values());
                    rows.clear();
                    toWrite.forEach(p -> write(p.data(), p.dispatchedAt()));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
                }
            });
            pending = rows;
        }
        return pending;
    }

    private static void forget(String orderNo) {
        Map<String, Optional<OrderData>> read = readInThisTransaction();
        if (read != null) {
            read.remove(orderNo);
        }
    }
}

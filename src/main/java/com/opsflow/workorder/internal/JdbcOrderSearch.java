package com.opsflow.workorder.internal;

import com.opsflow.workorder.OrderSearch;
import com.opsflow.workorder.WorkOrderProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The order list's search (issue 19): customer, phone and address are matched in the order's row
 * ({@code workorder_order}), which since the models 1.4.0 is the only place that holds the phone
 * and the address; status and day in the order process's history ({@code ACT_HI_PROCINST}, read
 * only). One statement, newest first, at most {@link OrderSearch#MAX_RESULTS}.
 */
@Component
class JdbcOrderSearch {

    private final JdbcTemplate jdbc;

    JdbcOrderSearch(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setMaxRows(OrderSearch.MAX_RESULTS);
    }

    /**
     * The process instance ids of the orders matching every given criterion, newest first.
     * {@code status}: ACTIVE, COMPLETED, CANCELED or null; {@code from} inclusive, {@code to} exclusive.
     */
    List<String> instanceIds(OrderSearch q, String status, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("select p.ID_ from ACT_HI_PROCINST p join workorder_order o on o.order_no = p.BUSINESS_KEY_"
                + " where p.PROC_DEF_KEY_ in (" + String.join(", ", Collections.nCopies(WorkOrderProcess.ORDER_KEYS.size(), "?")) + ")");
        List<Object> args = new ArrayList<>(WorkOrderProcess.ORDER_KEYS);
        contains(sql, args, "upper(p.BUSINESS_KEY_)", q.orderNo() == null ? null : q.orderNo().toUpperCase(Locale.ROOT));
        contains(sql, args, "lower(o.customer_name)", lower(q.customer()));
        contains(sql, args, "lower(o.customer_phone)", lower(q.phone()));
        contains(sql, args, "lower(o.address)", lower(q.address()));
        if (!blank(q.station())) {
            sql.append(" and o.station = ?");
            args.add(q.station().trim());
        }
        if ("ACTIVE".equals(status)) {
            sql.append(" and p.END_TIME_ is null");
        } else if ("COMPLETED".equals(status)) {
            sql.append(" and p.STATE_ = 'COMPLETED'");
        } else if ("CANCELED".equals(status)) {
            sql.append(" and p.STATE_ = 'EXTERNALLY_TERMINATED'");
        }
        if (from != null) {
            sql.append(" and p.START_TIME_ >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and p.START_TIME_ < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" order by p.START_TIME_ desc, p.ID_ desc");
        return jdbc.queryForList(sql.toString(), String.class, args.toArray());
    }

    /** "Contains", as the list's search box means it; the text as typed (trimmed). */
    private static void contains(StringBuilder sql, List<Object> args, String column, String text) {
        if (!blank(text)) {
            sql.append(" and ").append(column).append(" like ?");
            args.add("%" + text.trim() + "%");
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

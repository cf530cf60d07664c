package com.opsflow.workorder.internal;

import com.opsflow.workorder.DeadlineProperties;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One counter row per day in {@code workorder_sequence}. On MySQL / MariaDB one statement takes a
 * number once the day has its row: an update that hands the new value back through
 * {@code LAST_INSERT_ID(expr)} as the statement's generated key (the day's row lock serialises
 * concurrent requests and nodes). The day's first order, and every order on other databases (H2),
 * takes the general path: the allocation first locks the row
 * {@value #LOCK_ROW}, which serialises concurrent requests (and nodes): two orders never share a
 * number and the first orders of a day never race to create its row. It runs in the
 * caller's transaction when there is one (an order started from Tasklist numbers itself inside the
 * engine's transaction: the lock is then held until that start commits, and a failed start leaves
 * no gap), else in a short one of its own; never in a second transaction beside the caller's,
 * which would hold two connections at once.
 */
@Service
class JdbcOrderNumbers implements OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Locked by every allocation (db/changelog/workorder, workorder-2-sequence-lock). */
    static final String LOCK_ROW = "00000000";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DeadlineProperties deadlines;
    /** MySQL or MariaDB: one statement per number (read once at start-up, not in a caller's transaction). */
    private final boolean mysql;

    JdbcOrderNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DeadlineProperties deadlines,
            DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.mysql = product != null && (product.toLowerCase(Locale.ROOT).contains("mysql")
                || product.toLowerCase(Locale.ROOT).contains("mariadb"));
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.deadlines = deadlines;
    }

    @Override
    public String next() {
        String day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), deadlines.zone()).format(DAY);
        Integer value = tx.execute(status -> increment(day));
        return "WO-" + day + "-" + String.format("%04d", value);
    }

    private Integer increment(String day) {
        if (mysql) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            int rows = jdbc.update(connection -> {
                PreparedStatement increment = connection.prepareStatement(
                        "update workorder_sequence set last_value = last_insert_id(last_value + 1) where seq_day = ?",
                        Statement.RETURN_GENERATED_KEYS);
                increment.setString(1, day);
                return increment;
            }, key);
            if (rows == 1) {
                // the driver hands LAST_INSERT_ID(expr) back as the generated key; should a driver not,
                // the row is read back (this transaction holds its lock)
                return key.getKeyList().isEmpty()
                        ? jdbc.queryForObject("select last_value from workorder_sequence where seq_day = ?", Integer.class, day)
                        : ((Number) key.getKeyList().get(0).values().iterator().next()).intValue();
            }
            // the day's first order: its row is created behind the lock row, as below
        }
        // One allocation at a time (all nodes): the day's row is then created without a race.
        jdbc.queryForList("select last_value from workorder_sequence where seq_day = ? for update", Integer.class, LOCK_ROW);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update("update workorder_sequence set last_value = last_value + 1 where seq_day = ?", day) == 1) {
                return jdbc.queryForObject("select last_value from workorder_sequence where seq_day = ?", Integer.class, day);
            }
            try {
                jdbc.update("insert into workorder_sequence (seq_day, last_value) values (?, 1)", day);
                return 1;
            } catch (DuplicateKeyException e) {
                // another request created today's row first: increment it
            }
        }
        throw new IllegalStateException("could not allocate an order number for " + day);
    }
}

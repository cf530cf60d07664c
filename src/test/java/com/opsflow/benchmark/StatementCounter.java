package com.opsflow.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what an application sends to its database, by table: every executed statement (a batch
 * counts its rows), every commit, rollback and change of auto-commit, every connection taken. It
 * wraps the application's {@link DataSource} (see {@link SideBySideBenchmarkTest}); a benchmark
 * reads {@link #snapshot()} before and after a step and subtracts. Work that a thread does while
 * {@link #quietly(Runnable)} runs is not counted (the benchmark's own look-ups).
 */
final class StatementCounter {

    static final String COMMIT = "(commit)";
    static final String ROLLBACK = "(rollback)";
    static final String AUTOCOMMIT = "(set autocommit)";
    static final String CONNECTION = "(connection taken)";
    /** Prefix of the per-statement keys counted with {@code -Dbenchmark.trace-sql=true}: "(sql) select … from …". */
    static final String SQL = "(sql) ";
    static final boolean TRACE = Boolean.getBoolean("benchmark.trace-sql");

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:into|update|from)\\s+([A-Za-z_][A-Za-z0-9_.]*)");
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private StatementCounter() {
    }

    /** Import into a benchmark's context: every connection the application takes is counted. */
    @TestConfiguration
    static class Wiring {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && beanName.equals("dataSource") ? wrap(dataSource) : bean;
                }
            };
        }
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                        count(CONNECTION, 1);
                        return connection(connection);
                    }
                    return result;
                });
    }

    /** Runs work on this thread without counting what it sends. */
    static void quietly(Runnable work) {
        QUIET.set(true);
        try {
            work.run();
        } finally {
            QUIET.set(false);
        }
    }

    /** From now on this thread's work is (not) counted. */
    static void quiet(boolean quiet) {
        QUIET.set(quiet);
    }

    /** Counts so far, by key: "select ACT_RU_TASK", "insert ACT_HI_VARINST", … and the (…) keys. */
    static Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        COUNTS.forEach((key, value) -> copy.put(key, value.sum()));
        return copy;
    }

    static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> now = snapshot();
        Map<String, Long> diff = new TreeMap<>();
        now.forEach((key, value) -> {
            long d = value - before.getOrDefault(key, 0L);
            if (d != 0) {
                diff.put(key, d);
            }
        });
        return diff;
    }

    /** "insert ACT_HI_VARINST" for a statement's text: its verb and the first table it names. */
    static String key(String sql) {
        String text = sql.strip();
        String verb = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Matcher table = TABLE.matcher(text);
        return verb + " " + (table.find() ? table.group(1).toUpperCase(Locale.ROOT) : "?");
    }

    /**
     * A statement counted: by verb and table, and with tracing on by its text (whitespace folded; a
     * long one by its first 80 characters and its last condition, which tells apart the reads of one table).
     */
    private static void countStatement(String sql, long n) {
        count(key(sql), n);
        if (TRACE) {
            String text = sql.strip().replaceAll("\\s+", " ");
            int where = text.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ");
            if (text.length() > 200) {
                String tail = where < 0 ? "" : text.substring(where);
                text = text.substring(0, 80) + " …" + (tail.length() > 160 ? tail.substring(0, 160) : tail);
            }
            count(SQL + text, n);
        }
    }

    private static void count(String key, long n) {
        if (!QUIET.get()) {
            COUNTS.computeIfAbsent(key, k -> new LongAdder()).add(n);
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "commit" -> count(COMMIT, 1);
                        case "rollback" -> count(ROLLBACK, 1);
                        case "setAutoCommit" -> {
                            if (target.getAutoCommit() != (Boolean) args[0]) {
                                count(AUTOCOMMIT, 1);
                            }
                        }
                        default -> {
                        }
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement && !method.getName().equals("unwrap")) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return statement(statement, sql, method.getReturnType());
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, String preparedSql, Class<?> type) {
        InvocationHandler handler = new InvocationHandler() {
            private long batched;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                String name = method.getName();
                if (name.equals("addBatch")) {
                    batched++;
                } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                    if (preparedSql != null) {
                        countStatement(preparedSql, Math.max(1, batched));
                    }
                    batched = 0;
                } else if (name.startsWith("execute")) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                    if (sql != null) {
                        countStatement(sql, 1);
                    }
                }
                return StatementCounter.invoke(target, method, args);
            }
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

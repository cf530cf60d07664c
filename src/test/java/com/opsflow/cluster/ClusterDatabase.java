package com.opsflow.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The MariaDB database of the cluster tests, from {@code OPSFLOW_DB_URL}, {@code OPSFLOW_DB_USER}
 * and {@code OPSFLOW_DB_PASSWORD} (.ci/run gives them a fresh {@code opsflow_ci_cluster}). The
 * test reads it directly, never through the proxy the nodes use.
 */
final class ClusterDatabase {

    private static final Pattern URL = Pattern.compile("jdbc:mysql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    final String url;
    final String user;
    final String password;
    final String host;
    final int port;
    final String name;
    final String parameters;
    final JdbcTemplate jdbc;

    private ClusterDatabase(String url, String user, String password) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("OPSFLOW_DB_URL is not jdbc:mysql://host:port/db?…: " + url);
        }
        this.url = url;
        this.user = user;
        this.password = password;
        this.host = m.group(1);
        this.port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        this.name = m.group(3);
        this.parameters = m.group(4) == null ? "" : m.group(4);
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalStateException("the cluster tests run only against a database on 127.0.0.1: " + url);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        dataSource.setDriverClassName("com.mysql.cj.jdbc.Driver");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static ClusterDatabase fromEnvironment() {
        String url = setting("OPSFLOW_DB_URL");
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            throw new IllegalStateException("the cluster tests need OPSFLOW_DB_URL (jdbc:mysql://127.0.0.1:3306/…), "
                    + "OPSFLOW_DB_USER and OPSFLOW_DB_PASSWORD: see .ci/run");
        }
        return new ClusterDatabase(url, setting("OPSFLOW_DB_USER"), setting("OPSFLOW_DB_PASSWORD"));
    }

    /** The same server and user, another database (the restore target). */
    ClusterDatabase sibling(String database) {
        return new ClusterDatabase("jdbc:mysql://" + host + ":" + port + "/" + database + parameters, user, password);
    }

    /** This database's URL with another host port (the proxy's). */
    String urlThroughPort(int proxyPort) {
        return "jdbc:mysql://127.0.0.1:" + proxyPort + "/" + name + parameters;
    }

    long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** The first column of every row of {@code sql}, as text. */
    List<String> column(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    /** {@code sql} with one {@code %s} for a list of placeholders, summed over chunks of {@code ids}. */
    long countIn(String sql, Collection<String> ids) {
        long total = 0;
        for (List<String> chunk : chunks(ids)) {
            total += count(sql.formatted(placeholders(chunk.size())), chunk.toArray());
        }
        return total;
    }

    /** Rows of {@code sql} (one {@code %s} for placeholders) over chunks of {@code ids}. */
    List<java.util.Map<String, Object>> rowsIn(String sql, Collection<String> ids) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            rows.addAll(jdbc.queryForList(sql.formatted(placeholders(chunk.size())), chunk.toArray()));
        }
        return rows;
    }

    /** {@code sql} with {@code value} as its first parameter and one {@code %s} for placeholders, over chunks of {@code ids}: rows changed. */
    int updateIn(String sql, Object value, Collection<String> ids) {
        int changed = 0;
        for (List<String> chunk : chunks(ids)) {
            List<Object> args = new ArrayList<>(List.of(value));
            args.addAll(chunk);
            changed += jdbc.update(sql.formatted(placeholders(chunk.size())), args.toArray());
        }
        return changed;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}

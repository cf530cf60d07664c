package com.opsflow.platform.engine;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Camunda on MySQL/MariaDB needs {@code sendFractionalSeconds=false} in the JDBC URL: without it,
 * timestamps are rounded differently in queries and inserts and optimistic locking fails at
 * random. Refuse to start rather than fail later.
 */
@Component
@Profile("mysql")
class MysqlUrlCheck implements InitializingBean {

    private final String url;

    MysqlUrlCheck(@Value("${spring.datasource.url}") String url) {
        this.url = url;
    }

    @Override
    public void afterPropertiesSet() {
        if (!url.contains("sendFractionalSeconds=false")) {
            throw new IllegalStateException("OPSFLOW_DB_URL must contain sendFractionalSeconds=false, e.g. "
                    + "jdbc:mysql://127.0.0.1:3306/opsflow?sendFractionalSeconds=false (was: " + url + ")");
        }
    }
}

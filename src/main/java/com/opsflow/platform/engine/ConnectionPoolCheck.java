package com.opsflow.platform.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the connection pool is smaller than the threads that may each hold one
 * connection ({@link ConnectionBudget}): job executor, its acquisition thread, Tomcat's request
 * threads and a reserve. A pool that small makes threads wait for connections under load (30 s
 * time-outs, HTTP 500) instead of doing work. Switched off only by
 * {@code opsflow.connection-pool.check=false} (a test that runs the pool smaller on purpose).
 */
@Component
@ConditionalOnProperty(name = "opsflow.connection-pool.check", havingValue = "true", matchIfMissing = true)
class ConnectionPoolCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ConnectionPoolCheck.class);

    private final DataSource dataSource;
    private final CamundaBpmProperties camunda;
    private final ServerProperties server;
    private final int reserve;

    ConnectionPoolCheck(DataSource dataSource, CamundaBpmProperties camunda, ServerProperties server,
            @Value("${opsflow.connection-pool.reserve:2}") int reserve) {
        this.dataSource = dataSource;
        this.camunda = camunda;
        this.server = server;
        this.reserve = reserve;
    }

    @Override
    public void afterPropertiesSet() {
        Integer pool = poolSize(dataSource);
        if (pool == null) {
            log.warn("Connection pool is not HikariCP ({}): its size is not checked", dataSource.getClass().getName());
            return;
        }
        ConnectionBudget budget = budget(camunda, server, reserve);
        if (!budget.allows(pool)) {
            throw new IllegalStateException(budget.refusal(pool));
        }
        log.info("Connection pool {} ≥ {} = job threads {} + acquisition {} + web threads {} + reserve {}", pool,
                budget.required(), budget.jobThreads(), budget.acquisitionThreads(), budget.webThreads(),
                budget.reserve());
    }

    static ConnectionBudget budget(CamundaBpmProperties camunda, ServerProperties server, int reserve) {
        return ConnectionBudget.of(camunda, server, reserve);
    }

    static Integer poolSize(DataSource dataSource) {
        try {
            if (dataSource instanceof HikariDataSource hikari) {
                return hikari.getMaximumPoolSize();
            }
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException e) {
            log.warn("Connection pool size not readable: {}", e.getMessage());
        }
        return null;
    }
}

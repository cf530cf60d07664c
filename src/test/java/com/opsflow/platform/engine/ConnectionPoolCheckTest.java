package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;

/** The start-up check of docs/operations.md "Connection pool sizing", without a Spring context. */
class ConnectionPoolCheckTest {

    private final HikariDataSource pool = new HikariDataSource(); // never connects: only its settings are read
    private final CamundaBpmProperties camunda = new CamundaBpmProperties();
    private final ServerProperties server = new ServerProperties();

    @AfterEach
    void close() {
        pool.close();
    }

    private ConnectionPoolCheck check(int poolSize, int jobThreads, int webThreads) {
        pool.setMaximumPoolSize(poolSize);
        camunda.getJobExecution().setEnabled(true);
        camunda.getJobExecution().setMaxPoolSize(jobThreads);
        server.getTomcat().getThreads().setMax(webThreads);
        return new ConnectionPoolCheck(pool, camunda, server, 2);
    }

    @Test
    void theFormulaCountsOneConnectionPerThreadThatMayHoldOne() {
        ConnectionBudget budget = new ConnectionBudget(10, 1, 20, 2);
        assertThat(budget.required()).isEqualTo(33);
        assertThat(budget.allows(33)).isTrue();
        assertThat(budget.allows(32)).isFalse();
    }

    @Test
    void aPoolOneSmallerThanTheFormulaRefusesToStartAndSaysWhatToChangeInChinese() {
        assertThatThrownBy(() -> check(32, 10, 20).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("資料庫連線池過小")
                .hasMessageContaining("maximum-pool-size = 32")
                .hasMessageContaining("至少需要 33")
                .hasMessageContaining("camunda.bpm.job-execution.max-pool-size")
                .hasMessageContaining("server.tomcat.threads.max");
    }

    @Test
    void aPoolEqualToTheFormulaStarts() {
        assertThatCode(() -> check(33, 10, 20).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void aPoolOnlyAsLargeAsTheJobThreadsIsRefused() {
        // the shipped settings: 10 job threads, 10 connections, and Tomcat's 200 threads on top
        assertThatThrownBy(() -> check(10, 10, 200).afterPropertiesSet()).hasMessageContaining("至少需要 213");
    }

    @Test
    void withTheJobExecutorOffOnlyWebThreadsAndTheReserveCount() {
        ConnectionPoolCheck check = check(22, 10, 20);
        camunda.getJobExecution().setEnabled(false);
        assertThat(ConnectionPoolCheck.budget(camunda, server, 2).required()).isEqualTo(22);
        assertThatCode(check::afterPropertiesSet).doesNotThrowAnyException();
    }

    @Test
    void theShippedDefaultsPassTheirOwnCheck() throws Exception {
        var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application", new org.springframework.core.io.ClassPathResource("application.yaml")).get(0);
        int poolSize = Integer.parseInt(String.valueOf(yaml.getProperty("spring.datasource.hikari.maximum-pool-size")));
        int jobs = Integer.parseInt(String.valueOf(yaml.getProperty("camunda.bpm.job-execution.max-pool-size")));
        int web = Integer.parseInt(String.valueOf(yaml.getProperty("server.tomcat.threads.max")));
        int reserve = Integer.parseInt(String.valueOf(yaml.getProperty("opsflow.connection-pool.reserve")));
        assertThat(new ConnectionBudget(jobs, 1, web, reserve).allows(poolSize)).isTrue();
    }

    @Test
    void theFrontDoorLetsHalfTheWebThreadsWriteAndAQuarterWaitAndAlwaysLeavesOneThread() {
        ConnectionBudget budget = new ConnectionBudget(10, 1, 20, 2);
        assertThat(budget.defaultFrontDoorWrites()).isEqualTo(10);
        assertThat(budget.defaultFrontDoorQueue()).isEqualTo(5);
        assertThat(budget.admitsFrontDoorWrites(10, 5)).isTrue();
        assertThat(budget.admitsFrontDoorWrites(19, 0)).isTrue();
        assertThat(budget.admitsFrontDoorWrites(15, 5)).isFalse();
        assertThat(budget.admitsFrontDoorWrites(0, 0)).isFalse();
        assertThat(budget.frontDoorRefusal(15, 5)).contains("opsflow.front-door.max-concurrent-writes = 15")
                .contains("max-queued = 5").contains("網頁請求執行緒 20");
    }
}

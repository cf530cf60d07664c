package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that lends no connection is a Chinese 503 to retry, however it was wrapped; other errors stay 500. */
class DatabaseUnavailableTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void noConnectionFromThePoolIs503WithRetryAfter() throws Exception {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms");
        for (Exception e : new Exception[] {
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari),
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", hikari),
                // the engine's own wrapping of a failed MyBatis session
                new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
                        new PersistenceException(hikari))}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            ProblemDetail problem = errors.unexpected(e, new MockHttpServletRequest("POST", "/api/work-orders"), response);
            assertThat(problem.getStatus()).isEqualTo(503);
            assertThat(problem.getTitle()).startsWith("服務暫時無法使用");
            assertThat(problem.getDetail()).startsWith("資料庫暫時無法連線，這筆尚未處理");
            assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void aConnectionBrokenMidRequestWhoseRollbackFailedTooIs503() throws Exception {
        // the database went away during the transaction (cluster outage test): the rollback on the
        // dead connection fails and Spring reports that failure, the link failure as its application exception
        org.springframework.transaction.TransactionSystemException rollback =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new SQLException("Connection is closed"));
        rollback.initApplicationException(new PersistenceException(new java.sql.SQLRecoverableException(
                "Communications link failure")));
        Exception brokenLink = new ProcessEngineException("persistence", new SQLException("Communications link failure",
                "08S01"));
        for (Exception e : new Exception[] {new ProcessEngineException("persistence", rollback), brokenLink}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            ProblemDetail problem = errors.unexpected(e, new MockHttpServletRequest("POST", "/api/work-orders"), response);
            assertThat(problem.getStatus()).isEqualTo(503);
            assertThat(problem.getDetail()).startsWith("資料庫暫時無法連線，這筆尚未處理");
        }
    }

    @Test
    void otherDatabaseErrorsStayInternalErrors() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemDetail problem = errors.unexpected(new ProcessEngineException("boom", new SQLException("syntax")),
                new MockHttpServletRequest("POST", "/api/work-orders"), response);
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(response.getHeader("Retry-After")).isNull();
    }
}

package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database gone before a controller runs (Spring Security's password check asks the engine):
 * 503 with the Chinese message and Retry-After, never a 500 (issue 14, database outage).
 */
class DatabaseDownFilterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DatabaseDownFilter filter = new DatabaseDownFilter(json);

    @Test
    void thePasswordCheckFailingForLackOfAConnectionIs503WithAChineseMessage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/work-orders");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.getWriter().write("partial");

        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
                    new PersistenceException(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.path("detail").asText()).startsWith("資料庫暫時無法連線，這筆尚未處理");
        assertThat(body.path("title").asText()).startsWith("服務暫時無法使用");
        assertThat(response.getContentAsString()).doesNotContain("partial").doesNotContain("Exception");
    }

    @Test
    void aPasswordCheckWhoseCommitAndRollbackFailOnTheBrokenConnectionIs503() throws Exception {
        // measured in ClusterTest's outage: the commit broke, Spring threw the rollback's failure on
        // the closed connection (Hikari's "Connection is closed", no SQLSTATE) and only logged the commit's
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/work-orders");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new ProcessEnginePersistenceException("An exception occurred in the persistence layer",
                    new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(json.readTree(response.getContentAsString()).path("detail").asText()).startsWith("資料庫暫時無法連線");
    }

    @Test
    void aPersonOpeningAPageGetsTheChineseErrorPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new RuntimeException(new SQLTransientConnectionException("no connection"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(request.getAttribute(ErrorPages.DETAIL)).isEqualTo("資料庫暫時無法連線，這筆尚未處理，請 5 秒後再試");
    }

    @Test
    void otherErrorsPassUnchanged() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/work-orders");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("boom", new SQLException("syntax"));
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(response.getStatus()).isEqualTo(200);
    }
}

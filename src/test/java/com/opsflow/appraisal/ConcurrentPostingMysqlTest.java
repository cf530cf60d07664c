package com.opsflow.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several cluster nodes (threads here) post the same breach at once on MySQL/MariaDB: one entry,
 * and no error reaches any of the processes, whose transactions all commit ({@code -Pmysql}).
 */
@Tag("mysql")
@OpsFlowSpringBootTest
class ConcurrentPostingMysqlTest {

    static final int THREADS = 8;

    @Autowired
    Appraisal appraisal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void theSameKeyPostedConcurrentlyFromSeveralThreadsGivesOneEntryAndNoError_R_AP_6() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = AppraisalPostingTest.key();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Long>> results = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    String marker = key + ":after:" + i;
                    results.add(pool.submit(() -> {
                        start.await();
                        // Like the engine: the posting shares the transaction with more work that must commit.
                        return tx.execute(status -> {
                            LedgerEntry entry = appraisal.post(Breach.fine("eng-west-2", new BigDecimal("200"), "R-WO-3",
                                    "十五分鐘內仍未聯繫用戶", Source.manual(), Instant.parse("2040-07-01T01:00:00Z"),
                                    "system", key));
                            appraisal.post(Breach.fine("eng-west-2", new BigDecimal("50"), "R-WO-12", "未穿鞋套",
                                    Source.manual(), Instant.parse("2040-08-01T01:00:00Z"), "system", marker));
                            return entry.id();
                        });
                    }));
                }
                start.countDown();
                List<Long> ids = new ArrayList<>();
                for (Future<Long> f : results) {
                    ids.add(f.get());
                }
                assertThat(ids).hasSize(THREADS).containsOnly(ids.get(0));
                assertThat(jdbc.queryForObject("select count(*) from appraisal_entry where idempotency_key = ?",
                        Integer.class, key)).isEqualTo(1);
                assertThat(jdbc.queryForObject("select count(*) from appraisal_entry where idempotency_key like ?",
                        Integer.class, key + ":after:%")).isEqualTo(THREADS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void breachesPostedConcurrentlyThatTogetherReachTheLimitStartOneReview_R_AP_2_R_AP_7() throws Exception {
        for (int month = 1; month <= 5; month++) {
            Instant occurred = Instant.parse("2036-0" + month + "-10T02:00:00Z");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> results = new ArrayList<>();
                // Four processes, each half a point: none sees the others' uncommitted entries.
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return tx.execute(status -> appraisal.post(Breach.points("eng-east-2", new BigDecimal("0.5"),
                                "R-WO-4", "上門遲到", Source.manual(), occurred, "system", AppraisalPostingTest.key())));
                    }));
                }
                start.countDown();
                for (Future<?> f : results) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("separation-review")
                    .processInstanceBusinessKey("eng-east-2:R-AP-2:2036-0" + month).count())
                    .as("reviews for 2036-0" + month).isEqualTo(1);
        }
    }
}

package barecamunda;

import com.opsflow.benchmark.BareFlow;
import com.opsflow.workorder.ConcurrentRepairOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A bare Camunda 7.24 node for the two-node deadline benchmark ({@code TwoNodeDeadlineBenchmarkTest} with
 * {@code -Dbenchmark.flow=bare}): the Camunda Spring Boot starter alone, none of OpsFlow's beans, engine
 * plug-ins, web server or security, running the bare flow's {@code bare-response-deadline}
 * ({@code src/test/resources/benchmark/}) whose escalation is a no-op. What it shares with an OpsFlow node
 * is what the comparison needs equal: the schema (OpsFlow's Liquibase change log, with its job-acquisition
 * index), full history, and the job executor, pool and acquisition settings OpsFlow ships
 * ({@code application.yaml}). It is outside {@code com.opsflow} so that no OpsFlow test context scans it.
 *
 * <p>At start it deploys the bare models (once for the cluster: duplicates are filtered), starts
 * {@code bare.deadlines} response deadlines, numbered from {@code bare.first} (the i-th assigned to the same
 * engineer as OpsFlow's i-th benchmark order), and then writes {@link #READY} to its output.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(BareFlow.Delegates.class) // the bare flow's no-op delegates
public class BareCamundaNode {

    /** The line a node writes once its deadlines are started. */
    public static final String READY = "bare node ready";

    public static void main(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(BareCamundaNode.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(new LinkedHashMap<>(asShipped()));
        application.run(args);
        Thread.currentThread().join(); // the job executor works until the node is stopped (SIGTERM)
    }

    /**
     * OpsFlow's shipped settings that the comparison keeps equal (src/main/resources/application.yaml with the
     * mysql profile: the bare node runs on MariaDB only);
     * {@code spring.config.name} keeps OpsFlow's own configuration files from being read.
     */
    static Map<String, Object> asShipped() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.config.name", "bare-node");
        // no web server: neither the REST API nor the webapps (their auto-configurations would still try)
        p.put("spring.autoconfigure.exclude", "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
        p.put("spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.xml");
        p.put("spring.datasource.hikari.maximum-pool-size", 33);
        p.put("spring.datasource.hikari.minimum-idle", 4);
        p.put("spring.datasource.hikari.connection-timeout", 5000);
        // the mysql profile's (MariaDB): READ COMMITTED, Connector/J's parse cache, the session's state kept locally
        p.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
        p.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        p.put("spring.datasource.hikari.data-source-properties.cachePrepStmts", true);
        p.put("spring.datasource.hikari.data-source-properties.prepStmtCacheSize", 500);
        p.put("spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit", 8192);
        p.put("spring.datasource.hikari.data-source-properties.useLocalSessionState", true);
        p.put("camunda.bpm.database.type", "mysql");
        p.put("camunda.bpm.database.schema-update", false);
        p.put("camunda.bpm.auto-deployment-enabled", false);
        p.put("camunda.bpm.history-level", "full");
        p.put("camunda.bpm.eventing.task", true);
        p.put("camunda.bpm.eventing.execution", false);
        p.put("camunda.bpm.eventing.history", false);
        p.put("camunda.bpm.generic-properties.properties.javaSerializationFormatEnabled", false);
        p.put("camunda.bpm.generic-properties.properties.jobExecutorPreferTimerJobs", true);
        p.put("camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate", true);
        p.put("camunda.bpm.job-execution.enabled", true);
        p.put("camunda.bpm.job-execution.wait-time-in-millis", 500);
        p.put("camunda.bpm.job-execution.max-wait", 500);
        p.put("camunda.bpm.job-execution.max-jobs-per-acquisition", 20);
        p.put("camunda.bpm.job-execution.lock-time-in-millis", 30000);
        p.put("camunda.bpm.job-execution.queue-capacity", 10);
        p.put("camunda.bpm.job-execution.core-pool-size", 3);
        p.put("camunda.bpm.job-execution.max-pool-size", 10);
        return p;
    }

    @Bean
    ApplicationRunner startDeadlines(RepositoryService repositoryService, RuntimeService runtimeService,
            @Value("${bare.deadlines:0}") int deadlines, @Value("${bare.first:0}") int first) {
        return arguments -> {
            BareFlow.deploy(repositoryService, "bare node"); // once for the cluster: duplicates are filtered
            for (int i = first; i < first + deadlines; i++) {
                runtimeService.startProcessInstanceByKey(BareFlow.RESPONSE_DEADLINE, "BARE-" + i,
                        Map.of("engineer", ConcurrentRepairOrders.engineer(i)));
            }
            System.out.println(READY + ": " + deadlines + " deadlines started");
        };
    }
}

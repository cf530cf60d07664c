package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.engine.DeployModelsAndForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@OpsFlowSpringBootTest
class PlatformBootTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DeployModelsAndForms deployer;

    @Test
    void liquibaseAppliedCamundasAndOpsFlowsChangelogs() {
        List<String> authors = jdbc.queryForList("select distinct author from DATABASECHANGELOG", String.class);
        assertThat(authors).contains("Camunda", "opsflow");
        assertThat(jdbc.queryForList("select id from DATABASECHANGELOG where author = 'Camunda'", String.class))
                .contains("7.16.0-baseline");
        assertThat(jdbc.queryForList("select id from DATABASECHANGELOG where author = 'opsflow'", String.class))
                .contains("platform-1-job-due-date-index", "platform-2-job-acquisition-indexes", "identity-1-station",
                        "identity-2-staff");
        // the engine found its tables, and its schema log reached this version through Liquibase
        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).contains("7.24.0");
    }

    /**
     * The job acquisition orders by TYPE_ desc, DUEDATE_ asc (timers first, oldest due first): its index holds
     * that order, so a burst's acquisitions read the due jobs instead of scanning and sorting the table.
     */
    @Test
    void jobAcquisitionHasAnIndexInItsOwnOrder() throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
            while (rows.next()) {
                if (rows.getString("COLUMN_NAME") != null) {
                    indexes.computeIfAbsent(rows.getString("INDEX_NAME").toUpperCase(Locale.ROOT), name -> new ArrayList<>())
                            .add(rows.getShort("ORDINAL_POSITION") - 1, rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
                                    + " " + rows.getString("ASC_OR_DESC"));
                }
            }
        }
        assertThat(indexes).containsEntry("OPSFLOW_IDX_JOB_ACQUISITION", List.of("TYPE_ D", "DUEDATE_ A"))
                .containsEntry("OPSFLOW_IDX_JOB_LOCK_EXP", List.of("LOCK_EXP_TIME_ A"))
                .doesNotContainKey("OPSFLOW_IDX_JOB_TYPE_DUE");
    }

    @Test
    void engineRunsWithTheHardenedConfiguration() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isAuthorizationEnabled()).isTrue();
        assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(config.isJobExecutorPreferTimerJobs()).isTrue();
        assertThat(config.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(config.getDatabaseSchemaUpdate()).isEqualTo("false");
    }

    @Test
    void aNodeStartsWithTheLatestVersionOfEveryProcessParsed() {
        var cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
        cache.discardProcessDefinitionCache(); // as a node on a database that already holds the models
        List<String> latest = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> d.getId()).toList();
        assertThat(latest).isNotEmpty().allMatch(id -> cache.getProcessDefinitionCache().get(id) == null);

        deployer.postProcessEngineBuild(engine); // nothing changed: nothing deployed, every model parsed

        assertThat(latest).allMatch(id -> cache.getProcessDefinitionCache().get(id) != null);
    }

    @Test
    void oneDeploymentHoldsEveryModelAndForm() throws IOException {
        List<String> expected = filesUnder("bpmn", "forms");
        List<String> deployed = repositoryService.createDeploymentQuery().deploymentName(DeployModelsAndForms.DEPLOYMENT_NAME)
                .list().stream()
                .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
                .distinct().toList();
        assertThat(deployed).containsAll(expected);
        assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).isNotNull());
    }

    @Test
    void aRestartDeploysNoNewVersion() {
        long before = repositoryService.createDeploymentQuery().count();
        deployer.postProcessEngineBuild(engine);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    /** Classpath names of every file in the top-level folders, e.g. {@code bpmn/workorder/repair.bpmn}. */
    static List<String> filesUnder(String... folders) {
        return Stream.of(folders).map(Path::of).filter(Files::isDirectory).flatMap(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile)
                        .map(p -> p.toString().replace('\\', '/'))
                        .filter(p -> p.endsWith(".bpmn") || p.endsWith(".dmn") || p.endsWith(".form"))
                        .toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}

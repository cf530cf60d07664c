package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deployed model reaches only the beans meant for models: a probe that reads the data source's
 * URL through {@code ${environment}} or calls a repository fails; the delegates and the
 * configuration beans the models use resolve.
 */
@OpsFlowSpringBootTest
class ModelBeansBootTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ModelBeans modelBeans;

    private String probe(String key, String expression) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("ServiceTask_Probe").camundaExpression(expression).endEvent().done();
        // deployed without the deployment lint (which refuses such a probe before it runs, see
        // modeler.DeploymentLintBootTest): this test proves the second line, the expression manager
        Deployment deployment = com.opsflow.modeler.UncheckedDeployment.call(() -> repositoryService.createDeployment()
                .name("model-beans-probe").addModelInstance(key + ".bpmn", model).deploy());
        return deployment.getId();
    }

    @Test
    void aModelCannotReachBeansThatAreNotMeantForModels() {
        String deployment = probe("probe-environment", "${execution.setVariable('url', environment.getProperty('spring.datasource.url'))}");
        String repository = probe("probe-datasource", "${execution.setVariable('ds', dataSource.toString())}");
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("probe-environment"))
                    .hasMessageContaining("environment");
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("probe-datasource"))
                    .hasMessageContaining("dataSource");
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("probe-environment").count()).isZero();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
            repositoryService.deleteDeployment(repository, true);
        }
    }

    @Test
    void theDelegatesAndConfigurationBeansOfTheModelsResolve() {
        assertThat(modelBeans.names()).contains("postDeduction", "notifyPerson", "recordDispatch", "recordAppointment",
                "deadlines", "orderParties", "approvals", "attendance").doesNotContain("environment", "dataSource",
                "jdbcTemplate");
        String deployment = probe("probe-deadlines", "${execution.setVariable('contact', deadlines.contact)}");
        try {
            String id = runtimeService.startProcessInstanceByKey("probe-deadlines", Map.of()).getId();
            assertThat(id).isNotBlank();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }
}

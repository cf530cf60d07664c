package com.opsflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.OpsFlowSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The engine checks every deployment, whoever makes it: a model with a form-key typo is refused
 * through the Java API and through {@code /engine-rest} (as desktop Camunda Modeler deploys), with
 * the reason in Chinese, and nothing of it is deployed.
 */
@OpsFlowSpringBootTest
class DeploymentLintBootTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TestRestTemplate rest;

    static String withFormTypo() throws Exception {
        return Files.readString(Path.of("bpmn/workorder/response-deadline.bpmn"))
                .replace("camunda:formRef=\"workorder-contact\"", "camunda:formRef=\"workorder-contakt\"");
    }

    long versions() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("response-deadline").count();
    }

    @Test
    void aFormRefTypoIsRefusedByTheEngineItself() throws Exception {
        long before = versions();
        String xml = withFormTypo();
        assertThatThrownBy(() -> repositoryService.createDeployment().name("typo")
                .addString("bpmn/workorder/response-deadline.bpmn", xml).deploy())
                .isInstanceOf(ModelRefused.class)
                .hasMessageContaining("模型未通過檢查")
                .hasMessageContaining("UserTask_ContactCustomer")
                .hasMessageContaining("workorder-contakt");
        assertThat(versions()).isEqualTo(before);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("typo").count()).isZero();
    }

    @Test
    void aDeploymentThroughEngineRestIsRefusedWithChineseReasons() throws Exception {
        long before = versions();
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "desktop-modeler");
        body.add("deployment-source", "Camunda Modeler");
        body.add("data", new ByteArrayResource(withFormTypo().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "response-deadline.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = rest.withBasicAuth("owner-1", "owner-1")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("workorder-contakt").contains("不存在");
        assertThat(versions()).isEqualTo(before);
    }

    /** The repository's contact step as another process, with one more (unconditioned) flow out of a step. */
    static String probe(String extraFlow) throws Exception {
        return Files.readString(Path.of("bpmn/workorder/response-deadline.bpmn"))
                .replace("id=\"response-deadline\"", "id=\"lint-probe\"")
                .replace("</process>", extraFlow + "</process>");
    }

    @Test
    void anImplicitSplitDeployedThroughEngineRestIsRefusedAsTheBrowsersBpmnlintDoes() throws Exception {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "desktop-modeler");
        body.add("data", new ByteArrayResource(probe("<sequenceFlow id=\"Flow_DeductLateContact_To_Fined\""
                + " sourceRef=\"ServiceTask_DeductLateContact\" targetRef=\"EndEvent_Fined\"/>").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "lint-probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = rest.withBasicAuth("owner-1", "owner-1")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("ServiceTask_DeductLateContact").contains("隱含分流").contains("no-implicit-split");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("lint-probe").count()).isZero();
    }

    @Test
    void aModelWithOnlyWarningsDeploys() throws Exception {
        // a superfluous gateway and a fake join are bpmnlint warnings (.bpmnlintrc), not refusals
        String xml = probe("").replace(
                "<sequenceFlow id=\"Flow_ChainStalled_To_Fine\" sourceRef=\"BoundaryEvent_ChainStalled\" targetRef=\"Gateway_Fine\"/>",
                "<sequenceFlow id=\"Flow_ChainStalled_To_Fine\" sourceRef=\"BoundaryEvent_ChainStalled\" targetRef=\"ServiceTask_FineFivePeople\"/>");
        var deployment = repositoryService.createDeployment().name("lint-warnings").addString("bpmn/lint-probe.bpmn", xml).deploy();
        try {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("lint-probe").count()).isEqualTo(1);
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aFormWithAFilePickerDeployedThroughEngineRestIsRefusedBecauseTasklist724CannotRenderIt() throws Exception {
        String form = Files.readString(Path.of("forms/monitoring/instrument-calibration.form"))
                .replace("\"id\": \"instrument-calibration\"", "\"id\": \"lint-probe-form\"")
                .replace("\"components\": [", "\"components\": [ {\"type\": \"filepicker\", \"id\": \"Field_Photo\","
                        + " \"key\": \"photo\", \"label\": \"校準照片\"},");
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "desktop-modeler");
        body.add("data", new ByteArrayResource(form.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "lint-probe-form.form";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = rest.withBasicAuth("owner-1", "owner-1")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("校準照片").contains("檔案上傳").contains("Tasklist")
                .contains("component-type");
        assertThat(repositoryService.createDeploymentQuery().deploymentName("desktop-modeler").list())
                .allSatisfy(d -> assertThat(repositoryService.getDeploymentResourceNames(d.getId()))
                        .doesNotContain("lint-probe-form.form"));
    }

    @Test
    void theRepositoryModelsWereCheckedAndDeployedAtStartUp() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("repair").latestVersion()
                .singleResult()).isNotNull();
    }
}

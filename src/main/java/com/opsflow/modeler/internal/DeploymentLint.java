package com.opsflow.modeler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.modeler.FormLint;
import com.opsflow.modeler.ModelLint;
import com.opsflow.modeler.ModelRefused;
import com.opsflow.modeler.UncheckedDeployment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * The engine checks every deployment before it deploys it: a pre-deployer (run inside the engine's
 * deploy command, whoever deploys — {@code /modeler}, {@code /engine-rest}, desktop Camunda
 * Modeler, the start-up deployment of {@code bpmn/} and {@code forms/}) that lints every BPMN
 * resource with {@link ModelLint} and every {@code .form} resource with {@link FormLint} (what
 * Tasklist 7.24 renders) and refuses the whole deployment with the Chinese reasons
 * ({@link ModelRefused}, HTTP 400 through the REST API). Nothing of a refused deployment is
 * written: the deploy command's transaction rolls back.
 */
@Component
public class DeploymentLint extends AbstractProcessEnginePlugin {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(new LintDeployer());
        configuration.setCustomPreDeployers(deployers);
    }

    static final class LintDeployer implements Deployer {

        @Override
        public void deploy(DeploymentEntity deployment) {
            // a deployment read back into the cache was checked when it was made
            if (!deployment.isNew() || deployment.getResources() == null || UncheckedDeployment.active()) {
                return;
            }
            Map<String, ResourceEntity> resources = deployment.getResources();
            Set<String> forms = new HashSet<>();
            Set<String> processes = new HashSet<>();
            Map<String, BpmnModelInstance> models = new java.util.LinkedHashMap<>();
            List<ModelLint.Finding> found = new ArrayList<>();
            for (ResourceEntity resource : resources.values()) {
                String name = resource.getName();
                if (name.endsWith(".form")) {
                    // what Tasklist 7.24 renders, an id, no two fields on one variable (FormLint)
                    found.addAll(FormLint.check(name, resource.getBytes()));
                    String id = formId(resource.getBytes());
                    if (id != null) {
                        forms.add(id);
                    }
                } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                    try {
                        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(resource.getBytes()));
                        models.put(name, model);
                        model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
                    } catch (RuntimeException e) {
                        found.add(new ModelLint.Finding(name, null, "xml", "不是有效的 BPMN 2.0 檔案：" + e.getMessage()));
                    }
                }
            }
            CommandContext command = Context.getCommandContext();
            Map<Object, Object> beans = Context.getProcessEngineConfiguration().getBeans();
            ModelLint.Known known = new ModelLint.Known() {
                @Override
                public boolean form(String formId) {
                    return forms.contains(formId)
                            || command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
                }

                @Override
                public boolean process(String key) {
                    return processes.contains(key)
                            || command.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key) != null;
                }

                @Override
                public boolean bean(String name) {
                    // an engine without a whitelist of model beans (none in OpsFlow) resolves nothing of ours
                    return beans == null || beans.containsKey(name);
                }
            };
            models.forEach((name, model) -> found.addAll(ModelLint.check(name, model, known)));
            if (!found.isEmpty()) {
                throw new ModelRefused(found);
            }
        }

        static String formId(byte[] json) {
            try {
                JsonNode id = JSON.readTree(json).get("id");
                return id == null || id.asText().isBlank() ? null : id.asText();
            } catch (IOException e) {
                return null;
            }
        }
    }
}

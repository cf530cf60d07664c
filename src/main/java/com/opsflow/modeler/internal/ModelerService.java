package com.opsflow.modeler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsflow.modeler.FormLint;
import com.opsflow.modeler.ModelLint;
import com.opsflow.modeler.ModelRefused;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.platform.SystemUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelParseException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What {@code /modeler} does with the engine: lists processes and forms with their deployed
 * versions, lints, deploys a new version (with a new version tag and the owner's comment),
 * previews and executes the migration of running instances as a batch, and records every
 * deployment and migration in {@code modeler_change}. The callers have checked the process-owner
 * group; the engine work runs as the system, recorded under the owner's name.
 */
@Service
public class ModelerService {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final Repository repository;
    private final JdbcTemplate jdbc;
    private final ModelerProperties properties;

    public ModelerService(ProcessEngine engine, Repository repository, JdbcTemplate jdbc, ModelerProperties properties) {
        this.engine = engine;
        this.repositoryService = engine.getRepositoryService();
        this.runtimeService = engine.getRuntimeService();
        this.managementService = engine.getManagementService();
        this.identityService = engine.getIdentityService();
        this.repository = repository;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public record Version(String id, int version, String versionTag, String deploymentId, String deploymentName,
            java.util.Date deployedAt, long running) {
    }

    public record ProcessSummary(String key, String name, String resource, List<Version> versions,
            boolean inRepository, boolean differsFromRepository) {
    }

    public record Finding(String resource, String elementId, String rule, String message) {
        static Finding of(ModelLint.Finding f) {
            return new Finding(f.resource(), f.elementId(), f.rule(), f.message());
        }
    }

    public record Deployed(String deploymentId, String definitionId, String key, int version, String versionTag,
            String previousDefinitionId, long runningOnPrevious) {
    }

    public record Blocked(String instanceId, String businessKey, List<String> activities) {
    }

    public record MigrationPreview(String sourceDefinitionId, String targetDefinitionId, List<String> mappedActivities,
            int total, int movable, List<Blocked> blocked) {
    }

    public record MigrationStarted(String batchId, int moved, int left) {
    }

    public record FormSummary(String id, String resource, Integer version, String deploymentId, boolean inRepository,
            boolean differsFromRepository, List<FormVersion> versions) {
    }

    /** One deployed version of a form (Camunda keeps each in ACT_RE_CAMFORMDEF), newest first in a summary. */
    public record FormVersion(String id, String formId, int version, String deploymentId, String deploymentName,
            java.util.Date deployedAt) {
    }

    /** The field-by-field changes of an edited form against a deployed version, with both as pretty JSON. */
    public record FormComparison(String baseDefinitionId, int baseVersion, List<FormDiff.Change> changes,
            String baseSchema, String schema) {
    }

    // ---------------------------------------------------------------- processes

    public List<ProcessSummary> processes() {
        return SystemUser.call(identityService, () -> {
            Map<String, byte[]> files = repository.models();
            Map<String, String> fileByKey = new LinkedHashMap<>();
            files.keySet().forEach(name -> fileByKey.put(Repository.keyOf(name), name));
            Map<String, List<ProcessDefinition>> byKey = repositoryService.createProcessDefinitionQuery()
                    .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list().stream()
                    .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
            Map<String, Deployment> deployments = new LinkedHashMap<>();
            List<ProcessSummary> summaries = new ArrayList<>();
            byKey.forEach((key, definitions) -> {
                List<Version> versions = new ArrayList<>();
                for (ProcessDefinition definition : definitions) {
                    Deployment deployment = deployments.computeIfAbsent(definition.getDeploymentId(),
                            id -> repositoryService.createDeploymentQuery().deploymentId(id).singleResult());
                    long running = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId())
                            .count();
                    versions.add(new Version(definition.getId(), definition.getVersion(), definition.getVersionTag(),
                            definition.getDeploymentId(), deployment == null ? null : deployment.getName(),
                            deployment == null ? null : deployment.getDeploymentTime(), running));
                }
                ProcessDefinition latest = definitions.get(0);
                String file = fileByKey.get(key);
                boolean differs = file != null && !Arrays.equals(files.get(file), resource(latest));
                summaries.add(new ProcessSummary(key, latest.getName(), latest.getResourceName(), versions, file != null,
                        differs));
            });
            return summaries;
        });
    }

    private byte[] resource(ProcessDefinition definition) {
        try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProcessDefinition definition(String definitionId) {
        ProcessDefinition definition = SystemUser.call(identityService,
                () -> repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
        if (definition == null) {
            throw new NotFoundException("找不到流程版本 " + definitionId);
        }
        return definition;
    }

    public byte[] xml(String definitionId) {
        ProcessDefinition definition = definition(definitionId);
        return SystemUser.call(identityService, () -> resource(definition));
    }

    /** The repository's file of a process key, or 404. */
    public byte[] repositoryXml(String key) {
        return repository.models().entrySet().stream().filter(e -> Repository.keyOf(e.getKey()).equals(key))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new NotFoundException("儲存庫的 bpmn/ 中沒有流程 " + key));
    }

    // ---------------------------------------------------------------- lint and deploy

    /** What the engine would say on deployment, without deploying. */
    public List<Finding> lint(String resource, String xml) {
        BpmnModelInstance model = parse(xml);
        Set<String> processesHere = new HashSet<>();
        model.getModelElementsByType(Process.class).forEach(p -> processesHere.add(p.getId()));
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Map<Object, Object> beans = configuration.getBeans();
        ModelLint.Known known = configuration.getCommandExecutorTxRequired().execute(context -> new ModelLint.Known() {
            public boolean form(String formId) {
                return latestForm(formId) != null;
            }

            public boolean process(String key) {
                return processesHere.contains(key) || SystemUser.call(identityService,
                        () -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0);
            }

            public boolean bean(String name) {
                return beans == null || beans.containsKey(name);
            }
        });
        return ModelLint.check(resource, model, known).stream().map(Finding::of).toList();
    }

    /** The warnings of the model (bpmnlint's "warn" rules, as the browser shows them): never a refusal. */
    public List<Finding> lintWarnings(String resource, String xml) {
        return ModelLint.warnings(resource, parse(xml)).stream().map(Finding::of).toList();
    }

    static BpmnModelInstance parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new BadRequestException("沒有收到模型 (XML 為空)");
        }
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelParseException | IllegalArgumentException e) {
            throw new BadRequestException("不是有效的 BPMN 2.0 檔案：" + e.getMessage());
        }
    }

    /**
     * Deploys the model as a new version of {@code key}: its process id must be the key; its version
     * tag is raised above the latest deployed one when the owner did not (PATCH + 1); the engine
     * lints it (refused: {@link ModelRefused}); recorded with the comment.
     */
    public Deployed deploy(String key, String xml, String comment, String actor) {
        if (comment == null || comment.isBlank()) {
            throw new BadRequestException("請填寫這次修改的說明");
        }
        BpmnModelInstance model = parse(xml);
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        if (processes.size() != 1 || !key.equals(processes.get(0).getId())) {
            throw new BadRequestException("模型須只含一個流程，其 id 須為「" + key + "」(不可改動流程 id)");
        }
        Process process = processes.get(0);
        ProcessDefinition previous = SystemUser.call(identityService, () -> repositoryService
                .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult());
        process.setCamundaVersionTag(VersionTags.next(previous == null ? null : previous.getVersionTag(),
                process.getCamundaVersionTag()));
        String resource = previous != null ? previous.getResourceName() : "bpmn/" + key + ".bpmn";
        String text = Bpmn.convertToString(model);
        Deployment deployment = SystemUser.call(identityService, () -> repositoryService.createDeployment()
                .name(properties.deploymentName()).source("OpsFlow /modeler").addString(resource, text).deploy());
        ProcessDefinition created = SystemUser.call(identityService, () -> repositoryService
                .createProcessDefinitionQuery().deploymentId(deployment.getId()).processDefinitionKey(key).singleResult());
        long runningOnPrevious = previous == null ? 0 : SystemUser.call(identityService,
                () -> runtimeService.createProcessInstanceQuery().processDefinitionId(previous.getId()).count());
        record("DEPLOY", key, previous == null ? null : previous.getId(), created.getId(), deployment.getId(),
                created.getVersionTag(), null, null, null, comment, actor);
        return new Deployed(deployment.getId(), created.getId(), key, created.getVersion(), created.getVersionTag(),
                previous == null ? null : previous.getId(), runningOnPrevious);
    }

    // ---------------------------------------------------------------- migration

    MigrationPlan plan(String sourceId, String targetId) {
        ProcessDefinition source = definition(sourceId);
        ProcessDefinition target = definition(targetId);
        if (!source.getKey().equals(target.getKey())) {
            throw new BadRequestException("只能在同一流程的版本之間遷移");
        }
        if (source.getId().equals(target.getId())) {
            throw new BadRequestException("來源與目標是同一個版本");
        }
        try {
            // the engine generates the plan: every activity with the same id in both versions;
            // event triggers (timers) are not updated, so a running deadline keeps its due time
            return SystemUser.call(identityService,
                    () -> runtimeService.createMigrationPlan(sourceId, targetId).mapEqualActivities().build());
        } catch (MigrationPlanValidationException e) {
            throw new BadRequestException("引擎產生的遷移計劃未通過驗證：" + e.getMessage());
        }
    }

    /** The dry run: the engine's plan, and which running instances can move and which cannot (with why). */
    public MigrationPreview preview(String sourceId, String targetId) {
        MigrationPlan plan = plan(sourceId, targetId);
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return SystemUser.call(identityService, () -> {
            List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceId)
                    .list();
            List<Blocked> blocked = new ArrayList<>();
            for (ProcessInstance instance : instances) {
                List<String> unmapped = runtimeService.getActiveActivityIds(instance.getId()).stream()
                        .filter(a -> !mapped.contains(a)).distinct().toList();
                if (!unmapped.isEmpty()) {
                    blocked.add(new Blocked(instance.getId(), instance.getBusinessKey(), unmapped));
                }
            }
            return new MigrationPreview(sourceId, targetId, List.copyOf(mapped), instances.size(),
                    instances.size() - blocked.size(), blocked);
        });
    }

    /**
     * Migrates the instances that can move (all of them, or those of {@code only} when given), as a
     * batch of the engine's job executor; recorded with the counts.
     */
    public MigrationStarted migrate(String sourceId, String targetId, List<String> only, String actor) {
        MigrationPreview preview = preview(sourceId, targetId);
        Set<String> blocked = preview.blocked().stream().map(Blocked::instanceId).collect(Collectors.toSet());
        MigrationPlan plan = plan(sourceId, targetId);
        List<String> movable = SystemUser.call(identityService, () -> runtimeService.createProcessInstanceQuery()
                .processDefinitionId(sourceId).list().stream().map(ProcessInstance::getId)
                .filter(id -> !blocked.contains(id)).filter(id -> only == null || only.isEmpty() || only.contains(id))
                .toList());
        if (movable.isEmpty()) {
            throw new BadRequestException("沒有可遷移的流程實例");
        }
        Batch batch = SystemUser.call(identityService,
                () -> runtimeService.newMigration(plan).processInstanceIds(movable).executeAsync());
        record("MIGRATE", definition(sourceId).getKey(), sourceId, targetId, null, definition(targetId).getVersionTag(),
                batch.getId(), movable.size(), preview.total() - movable.size(), null, actor);
        return new MigrationStarted(batch.getId(), movable.size(), preview.total() - movable.size());
    }

    /** Whether the migration batch still runs (its jobs not all done). */
    public Map<String, Object> batch(String batchId) {
        return SystemUser.call(identityService, () -> {
            Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
            var historic = engine.getHistoryService().createHistoricBatchQuery().batchId(batchId).singleResult();
            if (batch == null && historic == null) {
                throw new NotFoundException("找不到批次 " + batchId);
            }
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("id", batchId);
            status.put("done", batch == null);
            status.put("total", historic == null ? null : historic.getTotalJobs());
            status.put("failedJobs", batch == null ? 0 : managementService.createJobQuery()
                    .jobDefinitionId(batch.getBatchJobDefinitionId()).withException().count());
            return status;
        });
    }

    // ---------------------------------------------------------------- forms

    CamundaFormDefinitionEntity latestForm(String formId) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId));
    }

    CamundaFormDefinitionEntity formVersion(String formId, int version) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.getCamundaFormDefinitionManager()
                .findDefinitionByKeyVersionAndTenantId(formId, version, null));
    }

    /** A deployed version of a form by its definition id, or 404. */
    public CamundaFormDefinitionEntity formDefinition(String definitionId) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        CamundaFormDefinitionEntity form = definitionId == null || definitionId.isBlank() ? null
                : configuration.getCommandExecutorTxRequired()
                        .execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionById(definitionId));
        if (form == null) {
            throw new NotFoundException("找不到表單版本 " + definitionId);
        }
        return form;
    }

    /** Every deployed version of a form, newest first. */
    List<FormVersion> formVersions(CamundaFormDefinitionEntity latest) {
        List<FormVersion> versions = new ArrayList<>();
        if (latest == null) {
            return versions;
        }
        Map<String, Deployment> deployments = new LinkedHashMap<>();
        for (int v = latest.getVersion(); v >= 1; v--) {
            CamundaFormDefinitionEntity form = v == latest.getVersion() ? latest : formVersion(latest.getKey(), v);
            if (form == null) {
                continue;
            }
            Deployment deployment = deployments.computeIfAbsent(form.getDeploymentId(), id -> SystemUser.call(identityService,
                    () -> repositoryService.createDeploymentQuery().deploymentId(id).singleResult()));
            versions.add(new FormVersion(form.getId(), form.getKey(), form.getVersion(), form.getDeploymentId(),
                    deployment == null ? null : deployment.getName(), deployment == null ? null : deployment.getDeploymentTime()));
        }
        return versions;
    }

    public List<FormSummary> forms() {
        Map<String, byte[]> files = repository.forms();
        List<FormSummary> forms = new ArrayList<>();
        files.forEach((name, content) -> {
            String id = Repository.keyOf(name);
            CamundaFormDefinitionEntity latest = latestForm(id);
            boolean differs = latest != null && !sameForm(content, formResource(latest));
            forms.add(new FormSummary(id, name, latest == null ? null : latest.getVersion(),
                    latest == null ? null : latest.getDeploymentId(), true, differs, formVersions(latest)));
        });
        return forms;
    }

    /** The same form: the same bytes, or the same JSON (a form deployed here is written pretty-printed). */
    static boolean sameForm(byte[] a, byte[] b) {
        if (Arrays.equals(a, b)) {
            return true;
        }
        try {
            return JSON.readTree(a).equals(JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }

    byte[] formResource(CamundaFormDefinitionEntity form) {
        return SystemUser.call(identityService, () -> {
            try (InputStream in = repositoryService.getResourceAsStream(form.getDeploymentId(), form.getResourceName())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public byte[] formSchema(String formId) {
        CamundaFormDefinitionEntity latest = latestForm(formId);
        if (latest == null) {
            throw new NotFoundException("找不到表單 " + formId);
        }
        return formResource(latest);
    }

    /** A deployed version's JSON, as deployed. */
    public byte[] formVersionSchema(String definitionId) {
        return formResource(formDefinition(definitionId));
    }

    /**
     * The changes of {@code schema} (as edited) against a deployed version of the form (its latest
     * when {@code againstDefinitionId} is not given): field by field, and both as pretty JSON for a
     * line diff. Bad JSON or a version of another form is a 400.
     */
    public FormComparison compareForm(String formId, String schema, String againstDefinitionId) {
        CamundaFormDefinitionEntity base = againstDefinitionId == null || againstDefinitionId.isBlank()
                ? latestForm(formId) : formDefinition(againstDefinitionId);
        if (base == null) {
            throw new NotFoundException("找不到表單 " + formId);
        }
        if (!formId.equals(base.getKey())) {
            throw new BadRequestException("版本 " + againstDefinitionId + " 不是表單「" + formId + "」的版本");
        }
        // as deployment will write it (Tasklist's schemaVersion), so the editor's own version is no change
        JsonNode edited = FormLint.forTasklist((ObjectNode) formJson(schema));
        JsonNode deployed;
        try {
            deployed = JSON.readTree(formResource(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // keys in one order on both sides (form-js writes its own order), so the lines differ only where the form does
            var pretty = JSON.copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writerWithDefaultPrettyPrinter();
            return new FormComparison(base.getId(), base.getVersion(), FormDiff.between(deployed, edited),
                    pretty.writeValueAsString(JSON.treeToValue(deployed, Object.class)) + "\n",
                    pretty.writeValueAsString(JSON.treeToValue(edited, Object.class)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode formJson(String schema) {
        if (schema == null || schema.isBlank()) {
            throw new BadRequestException("沒有收到表單 (JSON 為空)");
        }
        JsonNode json;
        try {
            json = JSON.readTree(schema);
        } catch (IOException e) {
            throw new BadRequestException("表單不是有效的 JSON：" + e.getMessage());
        }
        if (!(json instanceof ObjectNode)) {
            throw new BadRequestException("表單須為 JSON 物件 (form-js 的表單定義)");
        }
        return json;
    }

    /** What the engine would say of the form on deployment (FormLint), without deploying; bad JSON is a 400. */
    public List<Finding> lintForm(String formId, String schema) {
        JsonNode form = formJson(schema);
        return FormLint.check("forms/" + formId + ".form", FormLint.forTasklist((ObjectNode) form)).stream()
                .map(Finding::of).toList();
    }

    /** Deploys a new version of a form: valid JSON whose id is the form's id, recorded with the comment. */
    public Map<String, Object> deployForm(String formId, String schema, String comment, String actor) {
        if (comment == null || comment.isBlank()) {
            throw new BadRequestException("請填寫這次修改的說明");
        }
        CamundaFormDefinitionEntity latest = latestForm(formId);
        if (latest == null) {
            throw new NotFoundException("找不到表單 " + formId);
        }
        JsonNode json;
        try {
            json = JSON.readTree(schema == null ? "" : schema);
        } catch (IOException e) {
            throw new BadRequestException("表單不是有效的 JSON：" + e.getMessage());
        }
        if (!(json instanceof ObjectNode form) || !formId.equals(form.path("id").asText())) {
            throw new BadRequestException("表單的 id 須為「" + formId + "」(不可改動表單 id)");
        }
        // saved as Tasklist 7.24 reads it; what it cannot render is refused before the engine sees it
        FormLint.forTasklist(form);
        List<ModelLint.Finding> refused = FormLint.check(latest.getResourceName(), form);
        if (!refused.isEmpty()) {
            throw new ModelRefused(refused);
        }
        String text;
        try {
            text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(form) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Deployment deployment = SystemUser.call(identityService, () -> repositoryService.createDeployment()
                .name(properties.deploymentName()).source("OpsFlow /modeler").addString(latest.getResourceName(), text)
                .deploy());
        CamundaFormDefinitionEntity created = latestForm(formId);
        record("DEPLOY_FORM", formId, latest.getId(), created.getId(), deployment.getId(), null, null, null, null,
                comment, actor);
        return Map.of("deploymentId", deployment.getId(), "id", formId, "version", created.getVersion());
    }

    // ---------------------------------------------------------------- the record

    void record(String kind, String key, String source, String target, String deploymentId, String versionTag,
            String batchId, Integer moved, Integer left, String comment, String actor) {
        jdbc.update("insert into modeler_change (kind, resource_key, source_definition_id, target_definition_id,"
                + " deployment_id, version_tag, batch_id, instances_moved, instances_left, comment_text, actor, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", kind, key, source, target, deploymentId, versionTag,
                batchId, moved, left, comment == null ? null : comment.length() > 2000 ? comment.substring(0, 2000) : comment,
                actor, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }

    public List<Map<String, Object>> changes(String key) {
        return jdbc.queryForList("select kind, resource_key, source_definition_id, target_definition_id, deployment_id,"
                + " version_tag, batch_id, instances_moved, instances_left, comment_text, actor, recorded_at"
                + " from modeler_change where resource_key = ? order by id desc", key);
    }
}

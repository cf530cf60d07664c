package com.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import com.opsflow.modeler.ModelLint;

/**
 * The house rules of every model under {@code bpmn/} (all modules, nothing excluded), checked on
 * the files: where a model lives, how its ids read, what its process owner reads, and that
 * durations, dates and thresholds come from configuration. Module-specific rules stay in the
 * modules' own model tests. {@link #everyModelPassesTheDeploymentLint()} runs the lint the engine
 * runs on every deployment ({@link ModelLint}) over the same files.
 */
class BpmnHouseRulesTest {

    static final Path BPMN = Path.of("bpmn");
    static final Path FORMS = Path.of("forms");
    static final Path MODULES = Path.of("src/main/java/com/opsflow");

    /** Semantic version: MAJOR when running instances cannot simply move on, MINOR for new behaviour, PATCH for texts. */
    static final Pattern VERSION_TAG = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    static final Pattern RULE = Pattern.compile("R-[A-Z]{2}-\\d+");

    /** Element type → the id prefix it must carry: the deployment lint's own list. */
    static final Map<Class<? extends BaseElement>, String> ID_PREFIXES = ModelLint.ID_PREFIXES;

    record Model(Path file, String module, BpmnModelInstance instance) {
    }

    static List<Model> models() throws IOException {
        List<Model> models = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BPMN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                String module = BPMN.relativize(file).getName(0).toString();
                models.add(new Model(file, module, Bpmn.readModelFromFile(file.toFile())));
            }
        }
        assertThat(models).as("models under bpmn/").hasSizeGreaterThanOrEqualTo(14);
        return models;
    }

    @Test
    void everyModelLivesInItsModulesFolderNamedAfterItsProcessKey() throws IOException {
        for (Model model : models()) {
            assertThat(BPMN.relativize(model.file()).getNameCount()).as("%s: bpmn/<module>/<key>.bpmn", model.file())
                    .isEqualTo(2);
            assertThat(MODULES.resolve(model.module())).as("%s: a module of that name", model.file()).isDirectory();
            List<Process> processes = List.copyOf(model.instance().getModelElementsByType(Process.class));
            assertThat(processes).as("%s: one process", model.file()).hasSize(1);
            assertThat(model.file().getFileName().toString()).isEqualTo(processes.get(0).getId() + ".bpmn");
        }
    }

    @Test
    void everyProcessHasAVersionTagHistoryTimeToLiveAndChineseNameAndDocumentation() throws IOException {
        for (Model model : models()) {
            for (Process process : model.instance().getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaVersionTag()).as("versionTag of %s", process.getId()).matches(VERSION_TAG);
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
                        .isNotBlank();
                assertThat(process.getName()).as("name of %s", process.getId()).containsPattern(CHINESE);
                assertThat(process.getDocumentations()).as("documentation of %s for its owner", process.getId())
                        .anySatisfy(d -> assertThat(d.getTextContent()).containsPattern(CHINESE));
            }
        }
    }

    @Test
    void idsSayWhatTheElementIs() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Model model : models()) {
            ID_PREFIXES.forEach((type, prefix) -> {
                for (BaseElement element : model.instance().getModelElementsByType(type)) {
                    if (!element.getId().startsWith(prefix)) {
                        wrong.add(model.file() + ": " + type.getSimpleName() + " " + element.getId() + " (want " + prefix + "…)");
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyTimerNamesItsRuleInChineseAndTakesItsTimeFromConfiguration() throws IOException {
        for (Model model : models()) {
            for (TimerEventDefinition timer : model.instance().getModelElementsByType(TimerEventDefinition.class)) {
                Event event = (Event) timer.getParentElement();
                assertThat(event.getDocumentations()).as("%s: documentation of %s", model.file(), event.getId())
                        .anySatisfy(d -> assertThat(d.getTextContent()).containsPattern(RULE).containsPattern(CHINESE));
                String expression = Stream.of(timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle())
                        .filter(e -> e != null).findFirst().orElseThrow().getTextContent().trim();
                assertThat(expression).as("%s: timer of %s", model.file(), event.getId()).startsWith("${");
            }
        }
    }

    @Test
    void conditionsCompareWithConfigurationNotWithNumbers() throws IOException {
        for (Model model : models()) {
            for (ConditionExpression condition : model.instance().getModelElementsByType(ConditionExpression.class)) {
                assertThat(condition.getTextContent()).as("%s: condition %s", model.file(), condition.getTextContent())
                        .doesNotContainPattern("\\d");
            }
        }
    }

    @Test
    void delegatesAreSpringBeansAndNothingRunsAScriptOrAClass() throws IOException {
        for (Model model : models()) {
            assertThat(model.instance().getModelElementsByType(ScriptTask.class)).as("%s: script tasks", model.file()).isEmpty();
            for (ServiceTask task : model.instance().getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaDelegateExpression()).as("%s: delegate of %s", model.file(), task.getId())
                        .startsWith("${");
            }
            for (ModelElementInstance element : model.instance().getModelElementsByType(BaseElement.class)) {
                assertThat(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class"))
                        .as("%s: camunda:class", model.file()).isNull();
            }
            assertThat(Files.readString(model.file())).as("%s: scripts", model.file())
                    .doesNotContain("camunda:script", "camunda:class=");
        }
    }

    @Test
    void everyUserTaskHasAChineseNameSomeoneToDoItAndAFormOfItsModule() throws IOException {
        for (Model model : models()) {
            for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
                assertThat(task.getName()).as("%s: name of %s", model.file(), task.getId()).containsPattern(CHINESE);
                assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null
                        || task.getCamundaCandidateUsers() != null).as("%s: who does %s", model.file(), task.getId()).isTrue();
                assertFormOfModule(model, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
            }
            for (StartEvent start : model.instance().getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertFormOfModule(model, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
                }
            }
        }
    }

    private static void assertFormOfModule(Model model, String elementId, String formRef, String binding) {
        assertThat(formRef).as("%s: form of %s", model.file(), elementId).isNotBlank();
        assertThat(binding).as("%s: form binding of %s", model.file(), elementId).isEqualTo("latest");
        assertThat(FORMS.resolve(model.module()).resolve(formRef + ".form")).as("%s: form of %s", model.file(), elementId)
                .isRegularFile();
    }

    /**
     * The lint the engine runs on every deployment (modeler.ModelLint), here over the files: forms
     * of forms/, processes of bpmn/, and as model beans the delegates and listeners of the code plus
     * opsflow.engine.model-beans of application.yaml.
     */
    @Test
    void everyModelPassesTheDeploymentLint() throws IOException {
        java.util.Set<String> forms = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(FORMS)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                forms.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.toFile()).get("id").asText());
            }
        }
        java.util.Set<String> processes = new java.util.HashSet<>();
        for (Model model : models()) {
            model.instance().getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
        }
        java.util.Set<String> beans = modelBeans();
        ModelLint.Known known = new ModelLint.Known() {
            public boolean form(String id) {
                return forms.contains(id);
            }

            public boolean process(String key) {
                return processes.contains(key);
            }

            public boolean bean(String name) {
                return beans.contains(name);
            }
        };
        List<ModelLint.Finding> found = new ArrayList<>();
        for (Model model : models()) {
            found.addAll(ModelLint.check(model.file().toString(), Files.readAllBytes(model.file()), known));
        }
        assertThat(found).isEmpty();
    }

    /** The beans models may reach, as platform.engine.ModelBeans computes them in the application. */
    static java.util.Set<String> modelBeans() {
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        scanner.addIncludeFilter(new AssignableTypeFilter(org.camunda.bpm.engine.delegate.JavaDelegate.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(org.camunda.bpm.engine.delegate.TaskListener.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(org.camunda.bpm.engine.delegate.ExecutionListener.class));
        java.util.Set<String> beans = new java.util.TreeSet<>();
        var names = new org.springframework.context.annotation.AnnotationBeanNameGenerator();
        var registry = new org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry();
        for (var candidate : scanner.findCandidateComponents("com.opsflow")) {
            beans.add(names.generateBeanName(candidate, registry));
        }
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("src/main/resources/application.yaml"));
        java.util.Properties properties = yaml.getObject();
        for (int i = 0; properties.containsKey("opsflow.engine.model-beans[" + i + "]"); i++) {
            beans.add(properties.getProperty("opsflow.engine.model-beans[" + i + "]"));
        }
        assertThat(beans).as("model beans").contains("postDeduction", "notifyPerson", "deadlines");
        return beans;
    }
}

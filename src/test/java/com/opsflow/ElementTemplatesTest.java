package com.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OpsFlow's element templates in {@code bpmn/.camunda/element-templates/} (read by /modeler and by
 * desktop Camunda Modeler, which looks for that folder beside the diagrams): each calls a model
 * bean, fills exactly the inputs its delegate reads, and speaks Chinese to the process owner.
 */
class ElementTemplatesTest {

    static final Path TEMPLATES = Path.of("bpmn/.camunda/element-templates");
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /** What each delegate reads (its Javadoc and code): the template must set these inputs and no others. */
    static final Map<String, Set<String>> INPUTS = Map.of(
            "com.opsflow.postDeduction.points", Set.of("rule", "kind", "points", "staff", "reason", "onceFor"),
            "com.opsflow.postDeduction.fine", Set.of("rule", "kind", "amountRmb", "staff", "reason"),
            "com.opsflow.notifyPerson", Set.of("to", "subject", "body"),
            "com.opsflow.recordTransferStep", Set.of());

    static List<JsonNode> templates() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                new ObjectMapper().readTree(file.toFile()).forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void everyDelegateOfTheIssueHasATemplate() throws IOException {
        assertThat(templates()).extracting(t -> t.get("id").asText()).containsExactlyInAnyOrderElementsOf(INPUTS.keySet());
    }

    @Test
    void everyTemplateCallsAModelBeanWithTheInputsItsDelegateReads() throws IOException {
        Set<String> beans = BpmnHouseRulesTest.modelBeans();
        for (JsonNode template : templates()) {
            String id = template.get("id").asText();
            assertThat(template.get("name").asText()).as("name of %s", id).containsPattern(CHINESE);
            assertThat(template.get("version").asInt()).as("version of %s", id).isPositive();
            Set<String> inputs = new HashSet<>();
            String bean = null;
            for (JsonNode property : template.get("properties")) {
                JsonNode binding = property.get("binding");
                String type = binding.get("type").asText();
                if (type.equals("camunda:inputParameter")) {
                    inputs.add(binding.get("name").asText());
                    if (!property.get("type").asText().equals("Hidden")) {
                        assertThat(property.get("label").asText()).as("label of %s in %s", binding, id).containsPattern(CHINESE);
                    }
                } else if (type.equals("property") && binding.get("name").asText().equals("camunda:delegateExpression")
                        || type.equals("camunda:executionListener")) {
                    bean = property.get("value").asText();
                }
            }
            assertThat(bean).as("bean of %s", id).isNotNull().matches("\\$\\{\\w+}");
            assertThat(beans).as("model beans").contains(bean.substring(2, bean.length() - 1));
            assertThat(inputs).as("inputs of %s", id).isEqualTo(INPUTS.get(id));
        }
    }

    @Test
    void amountsAndPointsComeFromConfiguration() throws IOException {
        for (JsonNode template : templates()) {
            for (JsonNode property : template.get("properties")) {
                String name = property.get("binding").path("name").asText();
                if (name.equals("points") || name.equals("amountRmb")) {
                    assertThat(property.get("value").asText()).startsWith("${");
                    assertThat(property.at("/constraints/pattern/value").asText()).isNotBlank();
                }
            }
        }
    }
}

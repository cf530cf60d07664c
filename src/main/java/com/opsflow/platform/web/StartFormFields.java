package com.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * A start form's own rules, checked again on the server for a start through the engine REST API
 * (a client need not use Tasklist's form): every required field that no condition hides is
 * present and not blank, a choice is one of the form's options, a number is a number. The form
 * is the one the process deployed ({@code camunda:formRef}); a process without one passes.
 */
@Component
class StartFormFields {

    private static final Pattern BY_KEY = Pattern.compile("/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)/?$");
    private static final Pattern BY_ID = Pattern.compile("/process-definition/([^/]+)/(?:start|submit-form)/?$");

    record Field(String key, String label, boolean required, List<String> options, boolean number) {
    }

    private final RepositoryService repositoryService;
    private final FormService formService;
    private final ObjectMapper json;
    /** Read forms, kept a minute: a form bound "latest" may be deployed again without its process. */
    private final Map<String, Read> fieldsByDefinition = new ConcurrentHashMap<>();

    private record Read(List<Field> fields, long at) {
    }

    StartFormFields(RepositoryService repositoryService, FormService formService, ObjectMapper json) {
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.json = json;
    }

    /** Why the start command at this path with this body breaks its form's rules, or empty. */
    Optional<String> refusal(String path, JsonNode body) {
        Optional<String> definition = definitionId(path);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        List<Field> fields = fieldsByDefinition.compute(definition.get(),
                (id, read) -> read == null || now - read.at() > 60_000 ? new Read(readFields(id), now) : read).fields();
        JsonNode variables = body.path("variables");
        List<String> missing = new ArrayList<>();
        for (Field field : fields) {
            JsonNode value = variables.path(field.key()).path("value");
            boolean blank = value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
            if (blank) {
                if (field.required()) {
                    missing.add(field.label());
                }
                continue;
            }
            if (!field.options().isEmpty() && !field.options().contains(value.asText())) {
                return Optional.of("「" + field.label() + "」不是表單的選項之一 / not one of the form's options: " + field.key());
            }
            if (field.number() && !value.isNumber() && !value.asText().matches("-?\\d+(\\.\\d+)?")) {
                return Optional.of("「" + field.label() + "」必須是數字 / must be a number: " + field.key());
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("請填寫：" + String.join("、", missing) + " / required fields are missing");
    }

    private Optional<String> definitionId(String path) {
        try {
            Matcher key = BY_KEY.matcher(path);
            if (key.find()) {
                ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key.group(1))
                        .latestVersion().withoutTenantId().singleResult();
                return Optional.ofNullable(latest).map(ProcessDefinition::getId);
            }
            Matcher id = BY_ID.matcher(path);
            return id.find() ? Optional.of(id.group(1)) : Optional.empty();
        } catch (ProcessEngineException e) {
            // an unknown or unreadable definition: the engine answers that itself
            return Optional.empty();
        }
    }

    private List<Field> readFields(String definitionId) {
        try (InputStream form = formService.getDeployedStartForm(definitionId)) {
            List<Field> fields = new ArrayList<>();
            collect(json.readTree(form).path("components"), false, fields);
            return List.copyOf(fields);
        } catch (ProcessEngineException | IOException e) {
            // no deployed form (a start without one, or an embedded HTML form): nothing to check
            return List.of();
        }
    }

    /** The fields of the form; one inside a group that a condition may hide is never required. */
    private static void collect(JsonNode components, boolean insideHidden, List<Field> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            boolean hidden = insideHidden || component.path("conditional").hasNonNull("hide");
            if (!key.isEmpty() && !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false)) {
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                fields.add(new Field(key, component.path("label").asText(key),
                        !hidden && component.path("validate").path("required").asBoolean(false), options,
                        "number".equals(component.path("type").asText())));
            }
            collect(component.path("components"), hidden, fields);
        }
    }
}

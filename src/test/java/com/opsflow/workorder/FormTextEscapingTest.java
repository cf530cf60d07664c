package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text typed by people (a customer's name, an address, a complaint) is never templated into a
 * Camunda Form's text component: form-js renders those as Markdown, so {@code <a href>} or
 * {@code <img>} typed into an order would become live HTML in Tasklist. Such values are shown in
 * disabled text fields, which show text as text. Text components template only values the system
 * writes (order number, type, station, deadlines, staff names).
 */
class FormTextEscapingTest {

    /** Values OpsFlow itself writes; everything else templated into Markdown is refused. */
    static final Set<String> SYSTEM_VALUES = Set.of("orderNo", "orderTypeName", "stationName", "contactDeadline",
            "workDeadline", "appointmentText", "engineerName", "notifyOpsManagerDeadline", "finesLatestDeadline",
            "handedOverText", "decisionTitle", "applicantName", "requestTypeName");

    @Test
    void noFormTemplatesTextTypedByPeopleIntoMarkdown() throws IOException {
        Pattern template = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                visit(new ObjectMapper().readTree(file.toFile()).get("components"), component -> {
                    if ("text".equals(component.path("type").asText())) {
                        Matcher m = template.matcher(component.path("text").asText());
                        while (m.find()) {
                            if (!SYSTEM_VALUES.contains(m.group(1))) {
                                found.add(file + " " + component.path("id").asText() + ": {{" + m.group(1) + "}}");
                            }
                        }
                    }
                });
            }
        }
        assertThat(found).as("people's text templated into Markdown").isEmpty();
    }

    private static void visit(JsonNode components, java.util.function.Consumer<JsonNode> action) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            action.accept(component);
            visit(component.get("components"), action);
        }
    }
}

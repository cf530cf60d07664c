package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * the work-order forms ask what the API asks, in one place — the phone rule is
 * {@link PhoneNumbers#PATTERN} on the start forms and in the front door, the description is required
 * on both — and stations and engineers are picked by name (selects filled by the Tasklist script
 * {@code pickers.js}), never typed as codes.
 */
class WorkOrderFormsTest {

    private static final Path FORMS = Path.of("forms", "workorder");
    private static final List<String> START_FORMS = List.of("workorder-start-installation.form",
            "workorder-start-repair.form", "workorder-start-renewal.form");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theStartFormsCheckThePhoneByTheRuleOfTheApi() throws IOException {
        for (String form : START_FORMS) {
            JsonNode phone = field(form, "customerPhone").orElseThrow();
            assertThat(phone.at("/validate/pattern").asText()).as(form).isEqualTo(PhoneNumbers.PATTERN);
            assertThat(phone.at("/validate/required").asBoolean()).as(form).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "19912345678", "+8613800138000", "86 13800138000", "010-12345678",
            "0755-8600123", "075586001234", "021-61234567-809"})
    void mainlandMobilesAndLandlinesAreAccepted(String phone) {
        assertThat(PhoneNumbers.valid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12800138000", "1380013800", "138001380001", "86001234", "0755-123", "800-1234567",
            "abc", "+1 415 555 0100"})
    void otherNumbersAreRefused(String phone) {
        assertThat(PhoneNumbers.valid(phone)).isFalse();
    }

    @Test
    void theDescriptionIsRequiredOnEveryStartFormAsInTheApi() throws IOException {
        for (String form : START_FORMS) {
            assertThat(field(form, "description").orElseThrow().at("/validate/required").asBoolean()).as(form).isTrue();
        }
    }

    @Test
    void stationsAndEngineersArePickedByNameNeverTypedAsCodes() throws IOException {
        for (String form : START_FORMS) {
            JsonNode station = field(form, "station").orElseThrow();
            assertThat(station.get("type").asText()).as(form).isEqualTo("select");
            assertThat(station.at("/properties/opsflowOptions").asText()).as(form).isEqualTo("stations");
            assertThat(station.at("/validate/required").asBoolean()).as(form).isTrue();
            JsonNode engineer = field(form, "engineer").orElseThrow();
            assertThat(engineer.get("type").asText()).as(form).isEqualTo("select");
            assertThat(engineer.at("/properties/opsflowOptions").asText()).as(form).isEqualTo("engineers-of-station");
            assertThat(engineer.at("/properties/opsflowStationKey").asText()).as(form).isEqualTo("station");
        }
        JsonNode dispatch = field("workorder-dispatch.form", "engineer").orElseThrow();
        assertThat(dispatch.get("type").asText()).isEqualTo("select");
        assertThat(dispatch.at("/properties/opsflowOptions").asText()).isEqualTo("engineers-of-station");
        assertThat(dispatch.at("/validate/required").asBoolean()).isTrue();

        try (Stream<Path> forms = Files.list(FORMS)) {
            for (Path form : forms.toList()) {
                for (JsonNode c : components(json.readTree(form.toFile()))) {
                    String key = c.path("key").asText();
                    if ((key.equals("station") || key.equals("engineer")) && !c.path("disabled").asBoolean()) {
                        assertThat(c.get("type").asText()).as("%s: %s", form.getFileName(), key).isEqualTo("select");
                    }
                }
            }
        }
    }

    private Optional<JsonNode> field(String form, String key) throws IOException {
        return components(json.readTree(FORMS.resolve(form).toFile())).stream()
                .filter(c -> key.equals(c.path("key").asText())).findFirst();
    }

    private static List<JsonNode> components(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode c : node.path("components")) {
            all.add(c);
            all.addAll(components(c));
        }
        return all;
    }
}

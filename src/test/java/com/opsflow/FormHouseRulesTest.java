package com.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.modeler.FormLint;
import com.opsflow.modeler.ModelLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form under {@code forms/} passes the check the engine runs on every deployment
 * ({@link FormLint}): staff can open it in Camunda 7.24's Tasklist, it has an id, no two fields
 * write one variable.
 */
class FormHouseRulesTest {

    static final Path FORMS = Path.of("forms");

    @Test
    void everyFormPassesTheDeploymentCheckSoTasklist724RendersIt() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.walk(FORMS)) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).as("forms under forms/").hasSizeGreaterThanOrEqualTo(40);
        List<ModelLint.Finding> found = new ArrayList<>();
        for (Path form : forms) {
            found.addAll(FormLint.check(form.toString(), Files.readAllBytes(form)));
        }
        assertThat(found).isEmpty();
    }
}

package com.opsflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The form check the engine runs on every deployment, on the repository's instrument calibration
 * form with one mistake each: what Tasklist 7.24 cannot render, a form without id, two fields on
 * one variable — each named by field and rule, with a Chinese reason.
 */
class FormLintTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RESOURCE = "forms/monitoring/instrument-calibration.form";

    static ObjectNode calibration() throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of(RESOURCE)));
    }

    static List<ModelLint.Finding> check(ObjectNode form) {
        return FormLint.check(RESOURCE, form);
    }

    @Test
    void theRepositoryFormPasses() throws Exception {
        assertThat(check(calibration())).isEmpty();
    }

    @Test
    void aFilePickerIsRefusedNamedByItsLabelBecauseTasklist724CannotRenderIt_componentType() throws Exception {
        ObjectNode form = calibration();
        form.withArray("components").addObject().put("type", "filepicker").put("id", "Field_Photo").put("key", "photo")
                .put("label", "校準照片");
        List<ModelLint.Finding> found = check(form);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("component-type");
            assertThat(f.elementId()).isEqualTo("Field_Photo");
            assertThat(f.message()).contains("校準照片", "檔案上傳", "Tasklist");
            assertThat(f.refuses()).isTrue();
        });
    }

    @Test
    void aDocumentPreviewInsideAGroupIsRefusedNamedByItsKeyWithoutLabel_componentType() throws Exception {
        ObjectNode form = calibration();
        ObjectNode group = form.withArray("components").addObject().put("type", "group").put("id", "Group_Files")
                .put("label", "附件");
        group.withArray("components").addObject().put("type", "documentPreview").put("id", "Field_Manual")
                .put("key", "manual");
        assertThat(check(form)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("component-type");
            assertThat(f.message()).contains("「manual」", "文件預覽");
        });
    }

    @Test
    void aNewerSchemaVersionIsRefusedOnlyWhenItUsesWhatTasklistLacks_schemaVersion() throws Exception {
        ObjectNode onlyKnown = calibration().put("schemaVersion", 19);
        assertThat(check(onlyKnown)).isEmpty();

        ObjectNode withPicker = calibration().put("schemaVersion", 19);
        withPicker.withArray("components").addObject().put("type", "filepicker").put("id", "Field_Photo")
                .put("label", "校準照片");
        assertThat(check(withPicker)).extracting(ModelLint.Finding::rule)
                .containsExactlyInAnyOrder("component-type", "schema-version");
        assertThat(check(withPicker)).filteredOn(f -> f.rule().equals("schema-version")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("schemaVersion 19", "schemaVersion 16", "檔案上傳"));
    }

    @Test
    void theEditorsSchemaVersionIsReplacedByTasklistsOnDeployment() throws Exception {
        assertThat(FormLint.forTasklist(calibration().put("schemaVersion", 19)).get("schemaVersion").asInt())
                .isEqualTo(FormLint.TASKLIST_SCHEMA_VERSION);
        assertThat(FormLint.forTasklist(calibration().put("schemaVersion", 12)).get("schemaVersion").asInt())
                .isEqualTo(12);
    }

    @Test
    void aFormWithoutIdIsRefused_formId() throws Exception {
        ObjectNode form = calibration();
        form.remove("id");
        assertThat(check(form)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("form-id");
            assertThat(f.message()).contains("表單缺少 id");
        });
    }

    @Test
    void twoFieldsOnOneVariableAreRefused_duplicateKey() throws Exception {
        ObjectNode form = calibration();
        form.withArray("components").addObject().put("type", "textfield").put("id", "Field_SiteAgain")
                .put("key", "siteName").put("label", "站點名稱");
        assertThat(check(form)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-key");
            assertThat(f.elementId()).isEqualTo("Field_SiteAgain");
            assertThat(f.message()).contains("站點名稱", "「站點」", "siteName");
        });
    }

    @Test
    void theSameKeyUnderAnotherGroupPathOrInADynamicListIsAnotherVariable_duplicateKey() throws Exception {
        ObjectNode form = calibration();
        ArrayNode components = form.withArray("components");
        ObjectNode group = components.addObject().put("type", "group").put("id", "Group_Before").put("path", "before");
        group.withArray("components").addObject().put("type", "textfield").put("id", "Field_BeforeSite")
                .put("key", "siteName");
        ObjectNode list = components.addObject().put("type", "dynamiclist").put("id", "List_Readings")
                .put("path", "readings");
        list.withArray("components").addObject().put("type", "textfield").put("id", "Field_ReadingSite")
                .put("key", "siteName");
        assertThat(check(form)).isEmpty();

        group.withArray("components").addObject().put("type", "textfield").put("id", "Field_BeforeSite")
                .put("key", "siteCode").put("label", "前站點編號");
        assertThat(check(form)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-key");
            assertThat(f.message()).contains("前站點編號", "Field_BeforeSite");
        });
    }

    @Test
    void whatIsNotAFormIsOneFindingNotAnException() {
        assertThat(FormLint.check("broken.form", "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("不是有效的 Camunda 表單"));
    }
}

package com.opsflow.modeler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form must be to be deployed: staff open it in Camunda 7.24's Tasklist, whose
 * bundled form-js viewer is older (schemaVersion {@value #TASKLIST_SCHEMA_VERSION}) than the form-js
 * editor of {@code /modeler} (1.23, schemaVersion 19). The same rules wherever a form comes from:
 * {@code /modeler} (on deployment, which also writes the viewer's schemaVersion into the form), the
 * engine on every deployment ({@code /engine-rest}, desktop Camunda Modeler, {@code forms/} at
 * start-up) and {@code FormHouseRulesTest} over {@code forms/}. Every reason is in Chinese.
 *
 * <ul>
 * <li>{@code form-id}: the form has an {@code id} (the {@code camunda:formRef} of its tasks);</li>
 * <li>{@code component-type}: every component is one Tasklist 7.24 renders
 * ({@link #TASKLIST_TYPES}); the editor also offers a file picker and a document preview, which
 * Tasklist shows as nothing — staff could not complete the task;</li>
 * <li>{@code schema-version}: a form written for a newer viewer than Tasklist's is refused when it
 * uses what that viewer lacks (a newer schemaVersion with only known components renders);</li>
 * <li>{@code duplicate-key}: no two fields write the same variable (the same {@code key} under the
 * same {@code path} of groups and dynamic lists), and no two components share an {@code id}.</li>
 * </ul>
 */
public final class FormLint {

    /** The schemaVersion of the form-js viewer bundled with Camunda 7.24's Tasklist (webjar lib/deps.js). */
    public static final int TASKLIST_SCHEMA_VERSION = 16;

    /** The component types the form-js viewer of Camunda 7.24's Tasklist renders (its form fields registry). */
    public static final Set<String> TASKLIST_TYPES = Set.of("default", "textfield", "textarea", "number", "datetime",
            "checkbox", "checklist", "radio", "select", "taglist", "text", "html", "image", "table", "iframe", "button",
            "separator", "spacer", "expression", "dynamiclist", "group");

    /** The Chinese names of the types the editor offers that Tasklist 7.24 cannot render (as its palette shows them). */
    static final Map<String, String> UNSUPPORTED_NAMES = Map.of("filepicker", "檔案上傳", "documentPreview", "文件預覽");

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLint() {
    }

    /** Lints one {@code .form} resource; unreadable JSON is one finding, not an exception. */
    public static List<ModelLint.Finding> check(String resource, byte[] json) {
        JsonNode form;
        try {
            form = JSON.readTree(json);
        } catch (IOException e) {
            form = null;
        }
        if (!(form instanceof ObjectNode)) {
            return List.of(new ModelLint.Finding(resource, null, "json", "不是有效的 Camunda 表單 (form-js 的 JSON 物件)。"));
        }
        return check(resource, form);
    }

    /** What refuses the deployment of one form. */
    public static List<ModelLint.Finding> check(String resource, JsonNode form) {
        List<ModelLint.Finding> found = new ArrayList<>();
        String formId = form.path("id").asText("");
        if (formId.isBlank()) {
            found.add(new ModelLint.Finding(resource, null, "form-id", "表單缺少 id：任務以 camunda:formRef 引用的就是它。"));
        }
        List<String> unsupported = new ArrayList<>();
        components(resource, form.path("components"), "", new HashMap<>(), new HashMap<>(), unsupported, found);
        int schemaVersion = form.path("schemaVersion").asInt(0);
        if (schemaVersion > TASKLIST_SCHEMA_VERSION && !unsupported.isEmpty()) {
            found.add(new ModelLint.Finding(resource, null, "schema-version", "表單為較新的 form-js (schemaVersion "
                    + schemaVersion + ") 所寫，並使用了 Tasklist 7.24 (schemaVersion " + TASKLIST_SCHEMA_VERSION
                    + ") 沒有的元件：" + String.join("、", unsupported) + "。"));
        }
        return found;
    }

    /**
     * The schema as Tasklist 7.24 reads it: the form-js editor writes its own schemaVersion (19), the
     * viewer's is written instead (the components are checked by {@link #check}).
     */
    public static ObjectNode forTasklist(ObjectNode form) {
        if (form.path("schemaVersion").asInt(0) > TASKLIST_SCHEMA_VERSION) {
            form.put("schemaVersion", TASKLIST_SCHEMA_VERSION);
        }
        return form;
    }

    private static void components(String resource, JsonNode components, String path, Map<String, String> keys,
            Map<String, String> ids, List<String> unsupported, List<ModelLint.Finding> found) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String id = component.path("id").asText(null);
            String field = describe(component);
            if (!TASKLIST_TYPES.contains(type)) {
                String name = UNSUPPORTED_NAMES.getOrDefault(type, type.isEmpty() ? "(沒有類型)" : type);
                unsupported.add(name);
                found.add(new ModelLint.Finding(resource, id, "component-type", "欄位「" + field + "」是「" + name
                        + "」元件，Camunda 7.24 的 Tasklist 無法顯示，同仁將無法填寫：請改用其他元件。"));
            }
            if (id != null && !id.isBlank() && ids.putIfAbsent(id, field) != null) {
                found.add(new ModelLint.Finding(resource, id, "duplicate-key", "欄位「" + field + "」與「" + ids.get(id)
                        + "」的 id 相同 (" + id + ")：每個元件的 id 須不同。"));
            }
            // a dynamic list writes its items to its path, as a field to its key
            String key = "dynamiclist".equals(type) ? component.path("path").asText("") : component.path("key").asText("");
            if (!key.isBlank()) {
                String binding = path + key;
                if (keys.putIfAbsent(binding, field) != null) {
                    found.add(new ModelLint.Finding(resource, id, "duplicate-key", "欄位「" + field + "」與「"
                            + keys.get(binding) + "」的變數名稱 (key)「" + binding + "」相同：一個變數只能由一個欄位填寫。"));
                }
            }
            if (component.has("components")) {
                String inner = component.path("path").asText("");
                // a dynamic list's items are a list of their own: its fields' keys are per item
                Map<String, String> innerKeys = "dynamiclist".equals(type) ? new HashMap<>() : keys;
                String innerPath = "dynamiclist".equals(type) ? "" : inner.isBlank() ? path : path + inner + ".";
                components(resource, component.path("components"), innerPath, innerKeys, ids, unsupported, found);
            }
        }
    }

    /** A field as the owner knows it: its label, else its key, else its id. */
    static String describe(JsonNode component) {
        for (String property : List.of("label", "key", "id")) {
            String value = component.path(property).asText("");
            if (!value.isBlank()) {
                return value;
            }
        }
        return component.path("type").asText("?");
    }
}

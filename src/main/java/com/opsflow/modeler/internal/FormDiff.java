package com.opsflow.modeler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between two versions of a Camunda Form (form-js JSON), field by field: the fields
 * (components, also inside groups) are matched by their {@code id}; for each field the added, removed
 * and changed properties (JSON paths such as {@code validate.required} or {@code values[0].label}).
 * The form's own properties (other than its fields) are compared as the field "(表單)".
 */
public final class FormDiff {

    /** The form itself, as opposed to one of its fields. */
    public static final String FORM = "(表單)";

    /** One change: {@code kind} is 新增 (field added), 刪除 (removed) or 修改 (a property changed). */
    public record Change(String kind, String fieldId, String field, String property, String oldValue, String newValue) {
    }

    private FormDiff() {
    }

    public static List<Change> between(JsonNode base, JsonNode edited) {
        List<Change> changes = new ArrayList<>();
        properties(FORM, FORM, withoutFields(base), withoutFields(edited), changes);
        Map<String, ObjectNode> before = fields(base);
        Map<String, ObjectNode> after = fields(edited);
        before.forEach((id, field) -> {
            if (!after.containsKey(id)) {
                changes.add(new Change("刪除", id, describe(field), null, null, null));
            }
        });
        after.forEach((id, field) -> {
            ObjectNode old = before.get(id);
            if (old == null) {
                changes.add(new Change("新增", id, describe(field), null, null, null));
            } else {
                properties(id, describe(field), withoutFields(old), withoutFields(field), changes);
            }
        });
        return changes;
    }

    /** The fields of a form by id, in the order of the form (depth first, groups before their fields). */
    static Map<String, ObjectNode> fields(JsonNode form) {
        Map<String, ObjectNode> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, Map<String, ObjectNode> fields) {
        int index = 0;
        for (JsonNode component : components) {
            if (component instanceof ObjectNode field) {
                String id = field.hasNonNull("id") ? field.get("id").asText()
                        : field.hasNonNull("key") ? "key:" + field.get("key").asText() : "#" + index;
                fields.put(id, field);
                collect(field.path("components"), fields);
            }
            index++;
        }
    }

    private static JsonNode withoutFields(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode copy = object.deepCopy();
        copy.remove("components");
        return copy;
    }

    /** "姓名（customerName，textfield）": the label, key and type a process owner recognizes. */
    static String describe(JsonNode field) {
        StringBuilder text = new StringBuilder(field.path("label").asText(field.path("text").asText("")));
        List<String> parts = new ArrayList<>();
        if (field.hasNonNull("key")) {
            parts.add(field.get("key").asText());
        }
        if (field.hasNonNull("type")) {
            parts.add(field.get("type").asText());
        }
        if (!parts.isEmpty()) {
            text.append(text.isEmpty() ? "" : "（").append(String.join("，", parts)).append(text.isEmpty() ? "" : "）");
        }
        return text.toString();
    }

    private static void properties(String id, String field, JsonNode old, JsonNode edited, List<Change> changes) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        flatten("", old, before);
        flatten("", edited, after);
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String a = before.get(path);
            String b = after.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new Change("修改", id, field, path, a, b));
            }
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), into);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                into.put(path, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(path, node.isTextual() ? node.asText() : node.toString());
        }
    }
}

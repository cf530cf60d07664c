package com.opsflow.cockpit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese label of each process variable OpsFlow knows: the label of the
 * form field that submits or shows it (every Camunda Form under {@code forms/}), and the variables
 * the listeners and delegates write. Cockpit shows them beside the variable names.
 */
@Component
public class VariableLabels {

    /**
     * Variables written by listeners and delegates, and those whose form labels depend on the form
     * (「出差人」 for the applicant of a trip): these labels win over the forms'.
     */
    private static final Map<String, String> WRITTEN = Map.ofEntries(
            Map.entry("applicant", "申請人帳號"), Map.entry("applicantName", "申請人"),
            Map.entry("approver", "審批人帳號"), Map.entry("decidedBy", "審批人帳號"),
            Map.entry("decidedByName", "審批人"), Map.entry("decidedAt", "審批時間"),
            Map.entry("requestType", "申請類型"), Map.entry("outcome", "結果"),
            Map.entry("engineer", "工程師帳號"), Map.entry("contactDue", "聯系時限"), Map.entry("workDue", "工作時限"),
            Map.entry("initiator", "發起人"), Map.entry("opsManager", "運營部經理"),
            Map.entry("appellant", "申訴人帳號"), Map.entry("appellantName", "申訴人"),
            Map.entry("entryId", "帳目編號"), Map.entry("entrySummary", "被申訴的帳目"),
            Map.entry("upheld", "申訴成立"), Map.entry("reversalEntryId", "沖銷帳目編號"),
            Map.entry("ledgerEntryId", "帳目編號"), Map.entry("reviewOutcome", "審核結果"),
            Map.entry("crossingId", "門檻記錄編號"), Map.entry("approverName", "審批人"),
            Map.entry("filedBy", "填報人帳號"), Map.entry("filingDeadline", "補辦期限"),
            Map.entry("leaveStart", "請假開始"), Map.entry("leaveEnd", "請假結束"),
            Map.entry("decisionComment", "審批意見"), Map.entry("approved", "審批結果"),
            Map.entry("escalatedFrom", "逾時升級自"), Map.entry("decisionTitle", "申請"));

    private final Map<String, String> labels;

    VariableLabels(ObjectMapper json) throws IOException {
        Map<String, String> found = new TreeMap<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = form.getInputStream()) {
                collect(json.readTree(in), found);
            }
        }
        found.putAll(WRITTEN);
        this.labels = Map.copyOf(found);
    }

    public Map<String, String> all() {
        return labels;
    }

    private static void collect(JsonNode node, Map<String, String> found) {
        if (node.isObject()) {
            JsonNode key = node.get("key");
            JsonNode label = node.get("label");
            if (key != null && key.isTextual() && label != null && label.isTextual() && !label.asText().isBlank()) {
                // the short label: 「經核實為員工錯誤 (責任人員扣分，R-WO-10)」 → 「經核實為員工錯誤」
                found.putIfAbsent(key.asText(), label.asText().replaceAll("\\s*[（(].*$", ""));
            }
        }
        node.forEach(child -> collect(child, found));
    }
}

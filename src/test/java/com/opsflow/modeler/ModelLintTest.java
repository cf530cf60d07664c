package com.opsflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lint the engine runs on every deployment, on the repository's repair order with one mistake
 * each: every mistake is found, named by element and rule, with a Chinese reason.
 */
class ModelLintTest {

    static final Set<String> FORMS = Set.of("workorder-contact", "workorder-repair", "workorder-start-repair",
            "workorder-dispatch", "workorder-arrive", "workorder-feedback", "workorder-escalate",
            "workorder-tech-repair", "workorder-notify-ops-manager", "workorder-notify-station");
    static final Set<String> PROCESSES = Set.of("repair", "response-deadline", "callback");
    static final Set<String> BEANS = Set.of("deadlines", "orderParties", "orderData", "postDeduction", "notifyPerson",
            "recordAppointment", "prepareWorkOrder", "recordDispatch", "recordHandover", "recordRegistration",
            "reportUnreachableManager", "staffing", "findEscalationPeople", "returnComplaintVerdict",
            "callbackVariables");

    static final ModelLint.Known KNOWN = new ModelLint.Known() {
        public boolean form(String id) {
            return FORMS.contains(id);
        }

        public boolean process(String key) {
            return PROCESSES.contains(key);
        }

        public boolean bean(String name) {
            return BEANS.contains(name);
        }
    };

    static String responseDeadline() throws IOException {
        return Files.readString(Path.of("bpmn/workorder/response-deadline.bpmn"));
    }

    static List<ModelLint.Finding> lint(String xml) {
        return ModelLint.check("response-deadline.bpmn", xml.getBytes(StandardCharsets.UTF_8), KNOWN);
    }

    @Test
    void theRepositoryModelPasses() throws IOException {
        assertThat(lint(responseDeadline())).isEmpty();
    }

    @Test
    void aFormRefTypoIsRefusedNamingTheMissingForm() throws IOException {
        var found = lint(responseDeadline().replace("camunda:formRef=\"workorder-contact\"", "camunda:formRef=\"workorder-contakt\""));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("UserTask_ContactCustomer");
            assertThat(f.rule()).isEqualTo("form");
            assertThat(f.message()).contains("workorder-contakt").contains("不存在");
        });
    }

    @Test
    void aFormKeyInsteadOfAFormRefIsRefused() throws IOException {
        var found = lint(responseDeadline().replace("camunda:formRef=\"workorder-contact\" camunda:formRefBinding=\"latest\"",
                "camunda:formKey=\"embedded:app:forms/contact.html\""));
        assertThat(found).extracting(ModelLint.Finding::rule).containsExactly("form");
        assertThat(found.get(0).message()).contains("camunda:formRef");
    }

    @Test
    void generatedIdsAreRefused() throws IOException {
        var found = lint(responseDeadline().replace("\"Gateway_OrderType\"", "\"Gateway_0x1abcd\""));
        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("stable-id");
            assertThat(f.elementId()).isEqualTo("Gateway_0x1abcd");
            assertThat(f.message()).contains("自動產生");
        });
    }

    @Test
    void anIdWithoutItsTypePrefixIsRefused() throws IOException {
        var found = lint(responseDeadline().replace("\"UserTask_ContactCustomer\"", "\"Task_ContactCustomer\""));
        assertThat(found).extracting(ModelLint.Finding::rule).contains("stable-id");
        assertThat(found).anySatisfy(f -> assertThat(f.message()).contains("UserTask_"));
    }

    @Test
    void aMissingVersionTagAndHistoryTimeToLiveAreRefused() throws IOException {
        var found = lint(responseDeadline().replace("camunda:historyTimeToLive=\"P180D\" ", "")
                .replaceFirst("camunda:versionTag=\"[^\"]+\" ", ""));
        assertThat(found).extracting(ModelLint.Finding::message)
                .anySatisfy(m -> assertThat(m).contains("camunda:versionTag"))
                .anySatisfy(m -> assertThat(m).contains("camunda:historyTimeToLive"));
    }

    @Test
    void aTimerWithoutItsRuleIdOrWithALiteralTimeIsRefused() throws IOException {
        String xml = responseDeadline().replace("R-WO-1：聯系時限 contactDue (派單時間", "聯系時限 contactDue (派單時間")
                .replace("<timeDate id=\"TimeDate_ContactOverdue\">${contactDue}</timeDate>",
                        "<timeDuration id=\"TimeDate_ContactOverdue\">PT15M</timeDuration>");
        var found = lint(xml);
        assertThat(found).filteredOn(f -> f.elementId().equals("BoundaryEvent_ContactOverdue"))
                .extracting(ModelLint.Finding::message)
                .anySatisfy(m -> assertThat(m).contains("規則編號"))
                .anySatisfy(m -> assertThat(m).contains("PT15M").contains("寫死"));
    }

    @Test
    void aBeanOutsideTheModelWhitelistIsRefusedInDelegatesAndExpressions() throws IOException {
        String xml = responseDeadline().replace("${recordAppointment}", "${jdbcTemplate}")
                .replace("${contactDue}</timeDate>", "${environment.getProperty('x')}</timeDate>");
        var found = lint(xml);
        assertThat(found).filteredOn(f -> f.rule().equals("model-beans")).extracting(ModelLint.Finding::message)
                .anySatisfy(m -> assertThat(m).contains("jdbcTemplate"))
                .anySatisfy(m -> assertThat(m).contains("environment"));
    }

    @Test
    void aClassOrAScriptIsRefused() throws IOException {
        String xml = responseDeadline().replace("delegateExpression=\"${recordAppointment}\"",
                "class=\"java.lang.Runtime\"").replace("<camunda:taskListener class", "<camunda:taskListener camunda:class");
        var found = lint(xml.replace("camunda:taskListener camunda:class", "camunda:taskListener class")
                .replace("<camunda:taskListener class=\"java.lang.Runtime\"",
                        "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">1</camunda:script></camunda:taskListener><camunda:taskListener delegateExpression=\"${recordAppointment}\""));
        assertThat(found).extracting(ModelLint.Finding::message).anySatisfy(m -> assertThat(m).contains("camunda:script"));
        var withClass = lint(responseDeadline().replace("<camunda:taskListener delegateExpression=\"${recordAppointment}\"",
                "<camunda:taskListener camunda:class=\"java.lang.Runtime\""));
        assertThat(withClass).extracting(ModelLint.Finding::message).anySatisfy(m -> assertThat(m).contains("camunda:class"));
    }

    @Test
    void aCalledProcessThatDoesNotExistIsRefused() throws IOException {
        String repair = Files.readString(Path.of("bpmn/workorder/repair.bpmn"))
                .replace("calledElement=\"response-deadline\"", "calledElement=\"response-deadlines\"");
        var found = ModelLint.check("repair.bpmn", repair.getBytes(StandardCharsets.UTF_8), KNOWN);
        assertThat(found).filteredOn(f -> f.rule().equals("called-element")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("response-deadlines"));
    }

    @Test
    void aCallActivitysVariableMappingMustBeAModelBean() throws IOException {
        String repair = Files.readString(Path.of("bpmn/workorder/repair.bpmn"));
        assertThat(ModelLint.check("repair.bpmn", repair.getBytes(StandardCharsets.UTF_8), KNOWN))
                .filteredOn(f -> f.rule().equals("model-beans")).isEmpty();
        var outside = ModelLint.check("repair.bpmn", repair.replace("${callbackVariables}", "${jdbcTemplate}")
                .getBytes(StandardCharsets.UTF_8), KNOWN);
        assertThat(outside).filteredOn(f -> f.rule().equals("model-beans")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("jdbcTemplate"));
        var withClass = ModelLint.check("repair.bpmn", repair.replace(
                "camunda:variableMappingDelegateExpression=\"${callbackVariables}\"",
                "camunda:variableMappingClass=\"java.lang.Runtime\"").getBytes(StandardCharsets.UTF_8), KNOWN);
        assertThat(withClass).extracting(ModelLint.Finding::message).anySatisfy(m -> assertThat(m).contains("camunda:variableMappingClass"));
    }

    @Test
    void aConditionWithALiteralNumberIsRefused() throws IOException {
        var found = lint(responseDeadline().replace("${orderData.of(execution).orderType != 'RENEWAL'}", "${leaveDays &lt;= 1}"));
        assertThat(found).extracting(ModelLint.Finding::rule).containsExactly("condition");
    }

    @Test
    void notXmlIsOneFindingNotAnException() {
        var found = ModelLint.check("x.bpmn", "not xml".getBytes(StandardCharsets.UTF_8), KNOWN);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).contains("BPMN"));
    }
    // ------------------------------------------------------------ bpmnlint's recommended rules

    static List<ModelLint.Finding> ofRule(List<ModelLint.Finding> found, String rule) {
        return found.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<ModelLint.Finding> warnings(String xml) {
        return ModelLint.warnings("response-deadline.bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aSubProcessWithoutAStartEventIsRefused() throws IOException {
        String xml = responseDeadline().replaceFirst("(?s)<startEvent id=\"StartEvent_EscalationStarted\"(.*?)</startEvent>",
                "<intermediateThrowEvent id=\"ThrowEvent_EscalationStarted\"$1</intermediateThrowEvent>")
                .replace("sourceRef=\"StartEvent_EscalationStarted\"", "sourceRef=\"ThrowEvent_EscalationStarted\"");
        assertThat(ofRule(lint(xml), "start-event-required")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("SubProcess_Escalation");
            assertThat(f.message()).contains("子流程沒有開始事件");
        });
    }

    @Test
    void aSubProcessWithoutAnEndEventIsRefused() throws IOException {
        String xml = responseDeadline().replaceFirst("(?s)<endEvent id=\"EndEvent_StationNotified\"(.*?)</endEvent>",
                "<intermediateThrowEvent id=\"ThrowEvent_StationNotified\"$1</intermediateThrowEvent>")
                .replace("targetRef=\"EndEvent_StationNotified\"", "targetRef=\"ThrowEvent_StationNotified\"");
        assertThat(ofRule(lint(xml), "end-event-required")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("SubProcess_Escalation");
            assertThat(f.message()).contains("沒有結束事件");
        });
    }

    @Test
    void aStepWithoutAnyFlowIsRefused() throws IOException {
        String xml = responseDeadline().replace("</process>",
                "<serviceTask camunda:delegateExpression=\"${notifyPerson}\" id=\"ServiceTask_Forgotten\" name=\"遺忘的步驟\"/></process>");
        assertThat(lint(xml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("no-disconnected");
            assertThat(f.elementId()).isEqualTo("ServiceTask_Forgotten");
            assertThat(f.message()).contains("沒有任何連線");
        });
    }

    @Test
    void aDuplicateSequenceFlowIsRefused() throws IOException {
        String xml = responseDeadline().replace("</process>", "<sequenceFlow id=\"Flow_ContactCustomer_To_Contacted_Again\""
                + " sourceRef=\"UserTask_ContactCustomer\" targetRef=\"EndEvent_Contacted\"/></process>");
        assertThat(ofRule(lint(xml), "no-duplicate-sequence-flows")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("Flow_ContactCustomer_To_Contacted_Again");
            assertThat(f.message()).contains("Flow_ContactCustomer_To_Contacted").contains("重複");
        });
    }

    @Test
    void aGatewayFlowWithoutAConditionIsRefused() throws IOException {
        String xml = responseDeadline().replace(
                "<conditionExpression id=\"ConditionExpression_Renewal\">${orderData.of(execution).orderType == 'RENEWAL'}</conditionExpression>", "");
        assertThat(lint(xml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("conditional-flows");
            assertThat(f.elementId()).isEqualTo("Flow_OrderType_To_RemindRenewalContact");
            assertThat(f.message()).contains("沒有條件");
        });
    }

    @Test
    void aStepWithoutAChineseNameIsRefused() throws IOException {
        String xml = responseDeadline().replace("name=\"工單類型？\"", "name=\"Order type?\"")
                .replace(" name=\"郵件通知運營部經理\"", "");
        var found = ofRule(lint(xml), "label-required");
        assertThat(found).extracting(ModelLint.Finding::elementId)
                .containsExactlyInAnyOrder("Gateway_OrderType", "ServiceTask_MailOpsManager");
        assertThat(found).extracting(ModelLint.Finding::message)
                .anySatisfy(m -> assertThat(m).contains("Order type?").contains("須為中文"))
                .anySatisfy(m -> assertThat(m).contains("須有中文名稱"));
    }

    @Test
    void aSecondBlankStartEventIsRefused() throws IOException {
        String xml = responseDeadline().replace("</process>", "<startEvent id=\"StartEvent_Again\" name=\"再次開始\"/>"
                + "<sequenceFlow id=\"Flow_Again_To_ContactCustomer\" sourceRef=\"StartEvent_Again\" targetRef=\"UserTask_ContactCustomer\"/>"
                + "</process>");
        assertThat(lint(xml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("single-blank-start-event");
            assertThat(f.elementId()).isEqualTo("response-deadline");
            assertThat(f.message()).contains("2 個沒有觸發條件的開始事件");
        });
    }

    @Test
    void anImplicitSplitIsRefusedButAFakeJoinIsOnlyAWarning() throws IOException {
        String xml = responseDeadline().replace("</process>", "<sequenceFlow id=\"Flow_DeductLateContact_To_Fined\""
                + " sourceRef=\"ServiceTask_DeductLateContact\" targetRef=\"EndEvent_Fined\"/></process>");
        assertThat(lint(xml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("no-implicit-split");
            assertThat(f.elementId()).isEqualTo("ServiceTask_DeductLateContact");
            assertThat(f.message()).contains("隱含分流");
        });
        assertThat(warnings(xml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("fake-join");
            assertThat(f.elementId()).isEqualTo("EndEvent_Fined");
            assertThat(f.severity()).isEqualTo(ModelLint.Severity.WARNING);
            assertThat(f.message()).contains("不會等候合流");
        });
    }

    @Test
    void aSuperfluousGatewayIsOnlyAWarning() throws IOException {
        String xml = responseDeadline().replace(
                "<sequenceFlow id=\"Flow_ChainStalled_To_Fine\" sourceRef=\"BoundaryEvent_ChainStalled\" targetRef=\"Gateway_Fine\"/>",
                "<sequenceFlow id=\"Flow_ChainStalled_To_Fine\" sourceRef=\"BoundaryEvent_ChainStalled\" targetRef=\"ServiceTask_FineFivePeople\"/>");
        assertThat(lint(xml)).isEmpty();
        assertThat(warnings(xml)).extracting(ModelLint.Finding::rule, ModelLint.Finding::elementId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("superfluous-gateway", "Gateway_Fine"),
                        org.assertj.core.groups.Tuple.tuple("fake-join", "ServiceTask_FineFivePeople"));
    }
}

package com.opsflow.workorder;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "bpmn/workorder/equipment-loss.bpmn")
class EquipmentLossProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return "equipment-loss";
    }

    @Test
    void theCaseReceiptGoesToTheOpsDepartmentArchive_R_WO_13() {
        ProcessInstance report = start(Map.of("station", "east", "equipment", "匯聚交換機 S5735 一台",
                "lossLocation", "幸福社區 3 號樓弱電間", "policeStation", "幸福路派出所", "caseReceiptNo", "JJ-2026-00042"));
        assertThat(task("UserTask_ArchiveReceipt", report)).hasCandidateGroup("ops-manager")
                .hasDueDate(at(Duration.ofDays(2)));
        complete(task("UserTask_ArchiveReceipt", report), withVariables("receiptArchived", true, "archiveNo", "OPS-A-0007"));
        assertThat(report).isEnded().variables().containsEntry("caseReceiptNo", "JJ-2026-00042");
    }
}

package com.opsflow.monitoring.process;

import static com.opsflow.monitoring.process.Answers.answered;
import static com.opsflow.monitoring.process.Answers.text;

import com.opsflow.platform.SystemUser;
import com.opsflow.platform.TaskInputRefused;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks again on the server what the forms require (a completion over the REST API skips the
 * form): the inspection checklist (R-MS-1), the repair (R-MS-4) and the calibration (R-MS-3).
 * A refusal is a 400 with the Chinese message and nothing is written. Notes who completed the task.
 */
@Component("checkSiteAnswers")
public class CheckSiteAnswers implements TaskListener {

    /** The checklist of the inspection form: variable → what the engineer confirms. */
    public static final Map<String, String> CHECKLIST = new java.util.LinkedHashMap<>();

    static {
        CHECKLIST.put("stationNormal", "站點運行正常穩定");
        CHECKLIST.put("instrumentsChecked", "已按巡檢記錄表檢查儀器設備");
        CHECKLIST.put("dataUploadComplete", "監控數據已完整上傳各級環保部門監控平臺");
        CHECKLIST.put("preventiveMaintenance", "已做好維護和預防性檢修");
        CHECKLIST.put("wearPartsChecked", "易損部件已檢查，到期者已更換");
    }

    static final List<String> FAULT_ANSWERS = List.of("none", "fixed", "unfixed");

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case MonitoringProcesses.INSPECT -> checkInspection(task);
            case MonitoringProcesses.REPAIR_FAULT -> require(task, "repairAction", "請填寫維修處理情況");
            case MonitoringProcesses.CALIBRATE -> checkCalibration(task);
            default -> throw new IllegalStateException("checkSiteAnswers on " + task.getTaskDefinitionKey());
        }
        String by = SystemUser.currentOrSystem(task.getProcessEngineServices().getIdentityService());
        task.setVariable("completedBy", SystemUser.ID.equals(by) && task.getAssignee() != null ? task.getAssignee() : by);
    }

    private static void checkInspection(DelegateTask task) {
        CHECKLIST.forEach((variable, label) -> {
            if (!answered(task.getVariable(variable))) {
                throw TaskInputRefused.because("請回答巡檢項目：" + label);
            }
        });
        if (!answered(task.getVariable("reagentReplaced"))) {
            throw TaskInputRefused.because("請回答是否更換試劑");
        }
        if (Answers.yes(task.getVariable("reagentReplaced"))) {
            require(task, "reagentDetail", "已更換試劑：請填寫試劑名稱及數量");
        }
        require(task, "readings", "請填寫儀器讀數");
        String fault = text(task.getVariable("faultFound"));
        if (!FAULT_ANSWERS.contains(fault)) {
            throw TaskInputRefused.because("請回答是否發現故障");
        }
        if (!"none".equals(fault)) {
            require(task, "faultDescription", "發現故障：請填寫故障情況");
        }
    }

    private static void checkCalibration(DelegateTask task) {
        String result = text(task.getVariable("calibrationResult"));
        if (!List.of("pass", "fail").contains(result)) {
            throw TaskInputRefused.because("請選擇校驗結果");
        }
        require(task, "readingsAfter", "請填寫校準後讀數");
    }

    private static void require(DelegateTask task, String variable, String message) {
        if (text(task.getVariable(variable)).isEmpty()) {
            throw TaskInputRefused.because(message);
        }
    }
}

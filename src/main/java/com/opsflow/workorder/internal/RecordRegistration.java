package com.opsflow.workorder.internal;

import com.opsflow.platform.TaskInputRefused;
import com.opsflow.workorder.OrderData;
import com.opsflow.workorder.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * R-WO-11, completion of "上門安裝及登記" ({@code ${recordRegistration}}) and of "登記單存檔"
 * ({@code ${fileRegistration}}): a new user's installation needs the on-site service registration
 * form. Its required fields are checked here on the server whatever client completes the task
 * (the form's own checks are a convenience); the form is stored in {@code workorder_registration}
 * in the same transaction, then filed by the ops department.
 */
@Component("recordRegistration")
public class RecordRegistration implements TaskListener {

    /** Required fields of 上門服務業務登記單: variable → label. */
    static final Map<String, String> REQUIRED = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Map.of(
            "registrationAccount", "寬帶帳號", "registrationBandwidth", "開通速率", "registrationDevice", "設備型號及序號",
            "registrationMaterials", "用料")));

    /** The lengths {@code workorder_registration} keeps: longer input is refused, never cut or failed in the database. */
    static final Map<String, Integer> MAX_LENGTH = Map.of("registrationAccount", 100, "registrationBandwidth", 32,
            "registrationDevice", 300, "registrationMaterials", 1000, "installNote", 2000);
    static final Map<String, String> LABELS = Map.of("registrationAccount", "寬帶帳號", "registrationBandwidth", "開通速率",
            "registrationDevice", "設備型號及序號", "registrationMaterials", "用料", "installNote", "備註");

    private final RegistrationArchive archive;
    private final OrderRecords records;

    public RecordRegistration(RegistrationArchive archive, OrderRecords records) {
        this.archive = archive;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("registrationAccount", "registrationBandwidth", "registrationDevice", "registrationMaterials")) {
            if (text(task, field) == null) {
                missing.add(REQUIRED.get(field));
            }
        }
        if (!yes(task, "registrationCustomerSigned")) {
            missing.add("用戶簽字確認");
        }
        if (!yes(task, "accountTold")) {
            missing.add("已告知用戶帳號及密碼");
        }
        if (!missing.isEmpty()) {
            throw TaskInputRefused.because("上門服務業務登記單未填妥 (R-WO-11)：" + String.join("、", missing)
                    + " / the registration form is incomplete");
        }
        List<String> tooLong = new ArrayList<>();
        MAX_LENGTH.forEach((field, max) -> {
            String value = text(task, field);
            if (value != null && value.length() > max) {
                tooLong.add(LABELS.get(field) + " (最多 " + max + " 字)");
            }
        });
        if (!tooLong.isEmpty()) {
            throw TaskInputRefused.because("上門服務業務登記單內容過長：" + String.join("、", tooLong) + " / too long");
        }
        var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // the customer's phone and address are in the order's row (models 1.4.0), variables of older orders
        String orderNo = text(task, "orderNo");
        Optional<OrderData> order = orderNo == null ? Optional.empty() : records.find(orderNo);
        archive.record(new Registration(orderNo, text(task, "customerName"),
                order.map(OrderData::customerPhone).orElseGet(() -> text(task, "customerPhone")),
                order.map(OrderData::address).orElseGet(() -> text(task, "address")), text(task, "station"),
                text(task, "engineer"), text(task, "registrationAccount"),
                text(task, "registrationBandwidth"), text(task, "registrationDevice"), text(task, "registrationMaterials"),
                true, true, text(task, "installNote"), ClockUtil.getCurrentTime().toInstant(),
                auth == null ? text(task, "engineer") : auth.getUserId(), null, null));
    }

    /** {@code ${fileRegistration}}: the ops department filed the form (登記單存檔). */
    @Component("fileRegistration")
    public static class FileRegistration implements TaskListener {

        private final RegistrationArchive archive;

        public FileRegistration(RegistrationArchive archive) {
            this.archive = archive;
        }

        @Override
        public void notify(DelegateTask task) {
            if (!yes(task, "registrationFiled")) {
                throw TaskInputRefused.because("請確認登記單已存檔 (R-WO-11) / confirm the form was filed");
            }
            var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            archive.file(text(task, "orderNo"), auth == null ? task.getAssignee() : auth.getUserId(),
                    ClockUtil.getCurrentTime().toInstant());
        }
    }

    static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static boolean yes(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value != null && Boolean.parseBoolean(value.toString());
    }
}

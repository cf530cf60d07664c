package com.opsflow.workorder.internal;

import com.opsflow.identity.DispatchTarget;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.DateTimeInput;
import com.opsflow.platform.NotFoundException;
import com.opsflow.platform.SystemUser;
import com.opsflow.workorder.ComplaintRecorded;
import com.opsflow.workorder.NewComplaint;
import com.opsflow.workorder.DeadlineProperties;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.PhoneNumbers;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderType;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking an order and recording a complaint against one (R-WO-1, R-WO-10): every bad field is
 * named in a 400 and nothing is started then; the order number is the business key.
 */
@Component
class OrderIntake {

    /** Mainland mobile or a landline with area code: the one rule of form and API ({@link PhoneNumbers}). */
    static final Pattern PHONE = Pattern.compile(PhoneNumbers.PATTERN);
    static final Set<String> CHANNELS = Set.of("PHONE", "WEB", "WECHAT", "WALK_IN", "OTHER");

    private final StaffDirectory directory;
    private final OrderNumbers numbers;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final DeadlineProperties deadlines;
    private final TransactionTemplate checks;

    OrderIntake(StaffDirectory directory, OrderNumbers numbers, RuntimeService runtimeService, HistoryService historyService,
            IdentityService identityService, DeadlineProperties deadlines, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.checks = new TransactionTemplate(transactions);
        this.numbers = numbers;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.deadlines = deadlines;
    }

    /**
     * Two transactions: the checks with the order number (one connection and one commit for the
     * directory's look-ups, which would otherwise each take a connection, and the identity
     * queries each a commit), then the start. The number comes last in the first, so the lock
     * row that serialises numbering ({@link JdbcOrderNumbers}) is held only for its own statements
     * and the commit, never for the start.
     */
    public OrderCreated create(NewWorkOrder order, String takenBy) {
        Intake intake = checks.execute(status -> check(order));
        WorkOrderType type = intake.type();
        String orderNo = intake.orderNo();
        Date agreed = intake.agreed();
        Map<String, Object> vars = new HashMap<>();
        vars.put("orderNo", orderNo);
        // The customer's name titles every task (Tasklist's list): a variable. Phone, address, request
        // and channel go to the order's row only (issue 19; forms, mails, list and reports read it there).
        vars.put("customerName", order.customerName().trim());
        vars.put("station", order.station().trim());
        vars.put("engineer", blank(order.engineer()) ? null : order.engineer().trim());
        if (agreed != null) {
            // no time agreed at intake is no variable (a stored null still costs rows and history)
            vars.put("agreedTime", agreed);
        }
        vars.put("csAgent", takenBy);
        if (type == WorkOrderType.RENEWAL) {
            vars.put("fee", order.fee().doubleValue());
        }
        // the first steps find what was just checked here instead of asking the directory again
        CheckedAtIntake.Checked checked = new CheckedAtIntake.Checked(orderNo, order.station().trim(), intake.stationName(),
                blank(order.engineer()) ? null : order.engineer().trim(), intake.engineerName(), order.customerPhone().trim(),
                order.address().trim(), order.description().trim(), order.channel().trim().toUpperCase());
        String processKey = type.processKey();
        ProcessInstance instance = CheckedAtIntake.during(checked,
                () -> runtimeService.startProcessInstanceByKey(processKey, orderNo, vars));
        return new OrderCreated(orderNo, instance.getId());
    }

    private record Intake(WorkOrderType type, String stationName, String engineerName, Date agreed, String orderNo) {
    }

    /** Every field checked (a 400 naming each bad one, nothing numbered then), then the number. */
    private Intake check(NewWorkOrder order) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkOrderType type = null;
        if (blank(order.type())) {
            errors.put("type", "必填：INSTALLATION、REPAIR 或 RENEWAL / required");
        } else {
            try {
                type = WorkOrderType.valueOf(order.type().trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.put("type", "工單類型無效 / must be INSTALLATION, REPAIR or RENEWAL");
            }
        }
        requireText(errors, "customerName", order.customerName(), "客戶姓名", 100);
        if (blank(order.customerPhone())) {
            errors.put("customerPhone", "必填：聯系電話 / required");
        } else if (!PHONE.matcher(order.customerPhone().trim()).matches()) {
            errors.put("customerPhone", "電話號碼格式不正確（手機 11 位，或固話：區號-號碼）/ not a mainland mobile or landline number");
        }
        requireText(errors, "address", order.address(), "地址", 300);
        String station = blank(order.station()) ? null : order.station().trim();
        String engineerId = blank(order.engineer()) ? null : order.engineer().trim();
        // the station and the engineer in two reads (identity), not four
        DispatchTarget target = directory.dispatchTarget(station, engineerId);
        String stationName = target.stationName().orElse(null); // null: no station, or an unknown one
        if (station == null) {
            errors.put("station", "必填：區站 / required");
        } else if (stationName == null) {
            errors.put("station", "查無此區站 / unknown station: " + order.station());
        }
        if (blank(order.channel())) {
            errors.put("channel", "必填：受理渠道 / required");
        } else if (!CHANNELS.contains(order.channel().trim().toUpperCase())) {
            errors.put("channel", "受理渠道無效 / must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        // required as on the start forms: the engineer must know what the customer wants
        requireText(errors, "description", order.description(), "需求說明", 2000);
        String engineerName = target.engineerName().orElse(null);
        if (engineerId != null) {
            if (engineerName == null) {
                errors.put("engineer", "查無此工程師 / unknown engineer: " + order.engineer());
            } else if (stationName != null && !target.engineerOf(station)) {
                errors.put("engineer", "工程師不屬於該區站 / engineer is not of station " + order.station());
            } else {
                // R-SE-4: no work for staff without a signed confidentiality agreement
                directory.dispatchBar(engineerId).ifPresent(reason -> errors.put("engineer", "工程師不可派單：" + reason));
            }
        }
        Date agreed = null;
        if (!blank(order.agreedTime())) {
            agreed = parseTime(order.agreedTime().trim());
            if (agreed == null) {
                errors.put("agreedTime", "時間格式不正確 (ISO，例如 2026-11-25T15:30:00+08:00) / not an ISO date-time");
            } else if (!agreed.after(ClockUtil.getCurrentTime())) {
                errors.put("agreedTime", "約定時間已過 / the appointment is in the past");
            }
        }
        if (type == WorkOrderType.RENEWAL) {
            if (order.fee() == null) {
                errors.put("fee", "續費須填寫金額 / required for a renewal");
            } else if (order.fee().signum() <= 0 || order.fee().scale() > 2) {
                errors.put("fee", "金額須大於零，最多兩位小數 / must be positive with at most 2 decimals");
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("工單資料有誤 / invalid work order", errors);
        }
        return new Intake(type, stationName, engineerName, agreed, numbers.next());
    }

    static final Set<String> COMPLAINT_CHANNELS = Set.of("PHONE", "WEB", "WECHAT", "WALK_IN", "CALLBACK", "OTHER");

    public ComplaintRecorded complain(String orderNo, NewComplaint complaint, String recordedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = complaint == null ? null : complaint.complaint();
        requireText(errors, "complaint", text, "投訴內容", 2000);
        String channel = complaint == null || blank(complaint.channel()) ? "PHONE" : complaint.channel().trim().toUpperCase();
        if (!COMPLAINT_CHANNELS.contains(channel)) {
            errors.put("channel", "投訴渠道無效 / must be one of " + String.join(", ", COMPLAINT_CHANNELS.stream().sorted().toList()));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("投訴資料有誤 / invalid complaint", errors);
        }
        boolean known = SystemUser.call(identityService, () -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new)).count() > 0);
        if (!known) {
            throw new NotFoundException("查無此工單 / no work order " + orderNo);
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("orderNo", orderNo);
        vars.put("complaintText", text.trim());
        vars.put("complaintChannel", channel);
        vars.put("initiator", recordedBy);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(WorkOrderProcess.COMPLAINT, orderNo, vars);
        return new ComplaintRecorded(orderNo, instance.getId());
    }

    /** The time asked for at intake, or null when the text is no date-time. */
    private Date parseTime(String text) {
        try {
            return DateTimeInput.parse(text, deadlines.zone());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void requireText(Map<String, String> errors, String field, String value, String label, int max) {
        if (blank(value)) {
            errors.put(field, "必填：" + label + " / required");
        } else if (value.length() > max) {
            errors.put(field, label + "過長 / at most " + max + " characters");
        }
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package com.opsflow.workorder.internal;

import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.platform.SystemUser;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderView;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling an order the customer withdrew: the order and its called processes end with every
 * timer, so no deadline falls and no fine is posted afterwards (R-WO-1…8).
 */
@Component
class OrderCancellation {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final RegistrationArchive registrations;
    private final OrderViews views;

    OrderCancellation(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService, RegistrationArchive registrations, OrderViews views) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.registrations = registrations;
        this.views = views;
    }

    @Transactional
    public WorkOrderView cancel(String orderNo, String reason, String canceledBy) {
        if (blank(reason)) {
            throw new BadRequestException("請填寫撤單原因 / a reason is required",
                    Map.of("reason", "必填：撤單原因 / required"));
        }
        if (reason.trim().length() > 500) {
            throw new BadRequestException("撤單原因過長 / reason too long",
                    Map.of("reason", "撤單原因最多 500 字 / at most 500 characters"));
        }
        SystemUser.call(identityService, () -> {
            ProcessInstance root = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                    .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new)).singleResult();
            if (root == null) {
                boolean known = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                        .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new)).count() > 0
                        || registrations.find(orderNo).isPresent();
                if (!known) {
                    throw new NotFoundException("查無此工單 / no work order " + orderNo);
                }
                throw new BadRequestException("工單已結束，無法撤單 / the order has ended already");
            }
            Map<String, Object> cancellation = new HashMap<>();
            cancellation.put("cancelReason", reason.trim());
            cancellation.put("canceledBy", canceledBy);
            cancellation.put("canceledAt", ClockUtil.getCurrentTime());
            runtimeService.setVariables(root.getId(), cancellation);
            // the called response-deadline and callback end with it, and every timer of them: no
            // deadline falls and no fine is posted after the customer withdrew (R-WO-1…8)
            runtimeService.deleteProcessInstance(root.getId(), "客戶撤單：" + reason.trim(), true, true, true, false);
            return null;
        });
        return views.find(orderNo).orElseThrow();
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package com.opsflow.approval.internal;

import com.opsflow.approval.ApprovalProcesses;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.platform.SystemUser;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * A staff member's own requests, read from Camunda's history, and their withdrawal. Own means the
 * request's {@code applicant} (the initiator, or the staff member a group leader recorded emergency
 * leave for). The engine's authorizations would hide history from an engineer, so these queries run
 * without the caller's engine authentication; they are scoped to the caller here instead.
 */
@Service
public class MyRequests {

    /** One request as its applicant sees it. {@code withdrawable}: still waiting for a decision. */
    public record MyRequest(String id, String processKey, String processName, Instant startedAt, Instant endedAt,
            String state, String outcome, String status, boolean withdrawable) {
    }

    private static final Map<String, String> OUTCOME_LABELS = Map.of(
            "APPROVED", "已核准", "REJECTED", "已駁回", "WITHDRAWN", "已撤回", "ABSENT", "視為曠工",
            "INFECTED", "染毒駁回（未導入）", "IMPORTED", "已導入");

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    MyRequests(HistoryService historyService, RuntimeService runtimeService, RepositoryService repositoryService,
            IdentityService identityService) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    public List<MyRequest> of(String userId) {
        return withoutEngineAuthentication(() -> {
            Set<String> own = historyService.createHistoricVariableInstanceQuery()
                    .variableValueEquals(ApprovalProcesses.APPLICANT, userId).list().stream()
                    .map(HistoricVariableInstance::getProcessInstanceId).collect(Collectors.toSet());
            if (own.isEmpty()) {
                return List.<MyRequest>of();
            }
            List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceIds(own)
                    .processDefinitionKeyIn(ApprovalProcesses.REQUESTS.toArray(String[]::new))
                    .orderByProcessInstanceStartTime().desc()
                    .list();
            if (instances.isEmpty()) {
                return List.of();
            }
            String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
            Map<String, String> outcomes = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids).variableName(ApprovalProcesses.OUTCOME).list().stream()
                    .filter(v -> v.getValue() != null)
                    .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> v.getValue().toString(),
                            (a, b) -> b));
            // only the caller's running requests can still be withdrawn: ask for those alone
            Set<String> withdrawable = instances.stream().filter(i -> i.getEndTime() == null)
                    .map(HistoricProcessInstance::getId)
                    .filter(id -> runtimeService.createEventSubscriptionQuery().processInstanceId(id)
                            .eventName(ApprovalProcesses.WITHDRAW_MESSAGE).count() > 0)
                    .collect(Collectors.toSet());
            return instances.stream().map(i -> toRequest(i, outcomes.get(i.getId()), withdrawable.contains(i.getId())))
                    .toList();
        });
    }

    /** The applicant withdraws a request still waiting for its decision. */
    public MyRequest withdraw(String userId, String processInstanceId) {
        if (of(userId).stream().noneMatch(r -> r.id().equals(processInstanceId))) {
            throw new NotFoundException("查無此申請 / no such request of yours: " + processInstanceId);
        }
        withoutEngineAuthentication(() -> {
            long waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                    .eventName(ApprovalProcesses.WITHDRAW_MESSAGE).count();
            if (waiting == 0) {
                throw new BadRequestException("申請已決定或已結束，無法撤回 / already decided or ended: cannot withdraw");
            }
            runtimeService.createMessageCorrelation(ApprovalProcesses.WITHDRAW_MESSAGE)
                    .processInstanceId(processInstanceId).correlate();
            return null;
        });
        return of(userId).stream().filter(r -> r.id().equals(processInstanceId)).findFirst().orElseThrow();
    }

    private MyRequest toRequest(HistoricProcessInstance i, String outcome, boolean withdrawable) {
        String status;
        if (withdrawable) {
            status = "待審批";
        } else if (outcome != null) {
            status = OUTCOME_LABELS.getOrDefault(outcome, outcome) + (i.getEndTime() == null ? "（處理中）" : "");
        } else {
            status = i.getEndTime() == null ? "處理中" : "已結束";
        }
        return new MyRequest(i.getId(), i.getProcessDefinitionKey(), processName(i.getProcessDefinitionId()),
                instant(i.getStartTime()), instant(i.getEndTime()), i.getState(), outcome, status, withdrawable);
    }

    private String processName(String definitionId) {
        ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
        return definition.getName();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private <T> T withoutEngineAuthentication(Supplier<T> work) {
        return SystemUser.call(identityService, work);
    }
}

package com.opsflow.cockpit.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.opsflow.identity.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Read access in the scope of a person's decisions (issue 12, item 4): a project group leader has
 * no READ on every instance (the managers' grant), but opens in Cockpit the requests given to them
 * to decide. When a task is created for or assigned to a group leader, they get READ on its process
 * instance and on every instance that called it (the request behind {@code approval-decision}).
 * Runs in the engine's transaction (Camunda's Spring task events), without the caller's
 * authorizations: the applicant who files a request may not grant anything himself.
 */
@Component
class ScopedInstanceReads {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    ScopedInstanceReads(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /** Fired when a task gets its assignee, at creation (after 'create') and at every reassignment. */
    @EventListener(condition = "#task.eventName == 'assignment'")
    public void on(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || task.getExecution() == null) {
            return;
        }
        List<String> instances = new ArrayList<>();
        DelegateExecution instance = task.getExecution().getProcessInstance();
        while (instance != null) {
            instances.add(instance.getId());
            DelegateExecution caller = instance.getSuperExecution();
            instance = caller == null ? null : caller.getProcessInstance();
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            if (needsScopedRead(assignee)) {
                instances.forEach(id -> grantRead(assignee, id));
            }
            return null;
        });
    }

    /** Managers already read every instance; only a group leader without such a group needs the grant. */
    private boolean needsScopedRead(String userId) {
        var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        return groups.contains(Groups.GROUP_LEADER) && groups.stream().noneMatch(Groups.MANAGERS::contains);
    }

    private void grantRead(String userId, String processInstanceId) {
        // granted earlier, or a moment ago in this transaction (not flushed yet, so no query sees it)
        boolean granted = authorizationService.createAuthorizationQuery().userIdIn(userId)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0
                || Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
                        .stream().anyMatch(a -> userId.equals(a.getUserId()) && processInstanceId.equals(a.getResourceId()));
        if (!granted) {
            Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            read.setUserId(userId);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(processInstanceId);
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }
}

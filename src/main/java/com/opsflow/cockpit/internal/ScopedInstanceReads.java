package com.opsflow.cockpit.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
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
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Read access in a manager's scope. Only the ops manager and the bureau head read
 * every instance ({@code GroupAuthorizations}); the others read in Cockpit:
 * <ul>
 * <li>a station's manager and head: the instances of their station (a process with a {@code station}
 * variable or one called by such a process, or with {@code stationManager} / {@code stationHead}:
 * every work order and the processes it calls), granted when a task is created in it;</li>
 * <li>whoever is given a task to decide (a group leader's leave decision): that instance and every
 * instance that called it (the request behind {@code approval-decision}).</li>
 * </ul>
 * Runs in the engine's transaction (Camunda's Spring task events), without the caller's
 * authorizations: the applicant who files a request may not grant anything himself.
 */
@Component
class ScopedInstanceReads {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final StaffDirectory directory;

    ScopedInstanceReads(IdentityService identityService, AuthorizationService authorizationService,
            StaffDirectory directory) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.directory = directory;
    }

    /**
     * A new task: its station's manager and head read the instance (and those that called it). The
     * order's process knows its {@code station}; the processes it calls find it on the order, or hold
     * {@code stationManager} and {@code stationHead} once a missed contact escalates.
     */
    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        List<String> readers = new ArrayList<>();
        Object manager = task.getExecution().getVariable("stationManager");
        Object head = task.getExecution().getVariable("stationHead");
        if (manager != null || head != null) {
            readers.add(manager == null ? null : manager.toString());
            readers.add(head == null ? null : head.toString());
        } else {
            String station = station(task.getExecution());
            if (station != null) {
                directory.stationLeads(station).ifPresent(s -> {
                    readers.add(s.manager());
                    readers.add(s.head());
                });
            }
        }
        if (!readers.isEmpty()) {
            grantOnChain(task, readers);
        }
    }

    /**
     * The {@code station} of the task's process or, for a process an order calls (its response
     * deadline, its callback), of the calling order: read through the call activity's execution,
     * which the engine has at hand when it starts the called process.
     */
    private static String station(DelegateExecution execution) {
        for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
            Object station = scope.getVariable("station");
            if (station != null) {
                return station.toString();
            }
        }
        return null;
    }

    /** Fired when a task gets its assignee, at creation (after 'create') and at every reassignment. */
    @EventListener(condition = "#task.eventName == 'assignment'")
    public void onAssignment(DelegateTask task) {
        if (task.getAssignee() != null && task.getExecution() != null) {
            grantOnChain(task, List.of(task.getAssignee()));
        }
    }

    private void grantOnChain(DelegateTask task, List<String> users) {
        List<DelegateExecution> instances = new ArrayList<>();
        DelegateExecution instance = task.getExecution().getProcessInstance();
        while (instance != null) {
            instances.add(instance);
            DelegateExecution caller = instance.getSuperExecution();
            instance = caller == null ? null : caller.getProcessInstance();
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String user : users) {
                if (user != null && needsScopedRead(user)) {
                    instances.forEach(i -> grantRead(user, i));
                }
            }
            return null;
        });
    }

    /** Only managers without the department-wide read (and not process owners or admins) need the grant. */
    private boolean needsScopedRead(String userId) {
        var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        return groups.stream().anyMatch(Groups.COCKPIT_MANAGERS::contains)
                && groups.stream().noneMatch(g -> Groups.WHOLE_DEPARTMENT_READERS.contains(g)
                        || Groups.PROCESS_OWNER.equals(g) || Groups.ADMIN.equals(g) || Groups.CAMUNDA_ADMIN.equals(g));
    }

    private void grantRead(String userId, DelegateExecution instance) {
        String processInstanceId = instance.getId();
        DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
        // granted a moment ago in this transaction (not flushed yet, so no query sees it), or earlier;
        // an instance started in this transaction (a new order, its response deadline, its callback)
        // cannot have a grant in the database yet: no query for it
        boolean granted = entities.getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .anyMatch(a -> userId.equals(a.getUserId()) && processInstanceId.equals(a.getResourceId()))
                || !startedInThisTransaction(entities, instance) && authorizationService.createAuthorizationQuery()
                        .userIdIn(userId).resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0;
        if (!granted) {
            Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            read.setUserId(userId);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(processInstanceId);
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }

    private static boolean startedInThisTransaction(DbEntityManager entities, DelegateExecution instance) {
        return instance instanceof DbEntity entity && entities.getDbEntityCache().isTransient(entity);
    }
}

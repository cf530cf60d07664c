package com.opsflow.identity.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.opsflow.identity.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates OpsFlow's groups and what each group may do in the engine, in every environment, on
 * every start (idempotent). Task visibility is the engine's own: assignees and candidate
 * users/groups get READ and UPDATE on a task, so an engineer sees their own and their group's
 * tasks only. The ops manager and the bureau head read every instance in Cockpit, a station's
 * manager and head their station's, a group leader those of their decisions (per instance, module
 * cockpit); managers read every task; process owners deploy; admins may do everything.
 */
@Component
@Order(10)
class GroupAuthorizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GroupAuthorizations.class);
    private static final List<String> STAFF = List.of(Groups.ENGINEER, Groups.GROUP_LEADER, Groups.STATION_MANAGER,
            Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.CUSTOMER_SERVICE, Groups.TECH_SUPPORT, Groups.BUREAU_HEAD,
            Groups.PROCESS_OWNER);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    GroupAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        Groups.ALL.forEach(g -> ensureGroup(g.id(), g.name()));

        for (String group : STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.APPLICATION, "welcome", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            // Staff save their own filters (the owner may do everything with theirs). No READ on
            // every filter: each saved filter is granted to its group (TasklistFilters), so nobody
            // sees a colleague's personal filter.
            grant(group, Resources.FILTER, ANY, Permissions.CREATE);
            revoke(group, Resources.FILTER, ANY, Permissions.READ);
        }
        for (String group : Groups.MANAGERS) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_TASK);
            grant(group, Resources.TASK, ANY, Permissions.READ);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        // Every instance for the department's managers; a station's manager and head read their
        // station's instances only (granted per instance by ScopedInstanceReads in
        // module cockpit), so what an earlier version granted them on every instance is taken back.
        for (String group : Groups.WHOLE_DEPARTMENT_READERS) {
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        }
        for (String group : List.of(Groups.STATION_MANAGER, Groups.STATION_HEAD)) {
            revoke(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE);
            revoke(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_HISTORY);
            revoke(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        }
        // Group leaders decide their group's requests in Cockpit: the application, and READ
        // on the instances of the decisions given to them (ScopedInstanceReads in module cockpit).
        grant(Groups.GROUP_LEADER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(Groups.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant(Groups.PROCESS_OWNER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Groups.PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
        grant(Groups.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL);

        for (String group : List.of(Groups.ADMIN, Groups.CAMUNDA_ADMIN)) {
            for (Resource resource : Resources.values()) {
                grant(group, resource, ANY, Permissions.ALL);
            }
        }
        log.info("Groups and group authorizations are in place ({} groups)", Groups.ALL.size());
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        try {
            identityService.saveGroup(group);
        } catch (ProcessEngineException e) {
            // a second node created it at the same moment
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                throw e;
            }
        }
    }

    /** Takes back a permission that an earlier version granted. */
    private void revoke(String group, Resource resource, String resourceId, Permission permission) {
        for (Authorization authorization : authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).list()) {
            if (authorization.isPermissionGranted(permission)) {
                authorization.removePermission(permission);
                authorizationService.saveAuthorization(authorization);
            }
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT)
                .list().stream().findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(group);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        boolean missing = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing || authorization.getId() == null) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}

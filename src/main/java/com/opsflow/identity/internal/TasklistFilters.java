package com.opsflow.identity.internal;

import com.opsflow.identity.EscalationSteps;
import com.opsflow.identity.Groups;
import com.opsflow.identity.Groups.GroupDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters each role finds on its start page, created and brought up to date on
 * every start (idempotent). Stored queries may not hold expressions here
 * ({@code enableExpressionsInStoredQueries: false}), so nothing says {@code ${currentUser()}}:
 * <ul>
 * <li>每位使用者 "我的任務（依到期日）": assignee = that user literally, owned by them, so only they
 * (and administrators) see it;</li>
 * <li>每個群組 "&lt;群組&gt;的待辦": the group's unassigned candidate tasks, READ for that group only;</li>
 * <li>managers "逾期與升級任務": tasks of the escalation steps (the {@link EscalationSteps} of the modules)
 * or with priority ≥ {@code opsflow.tasklist.escalation-min-priority}, earliest due date first;
 * readable by the manager groups, who may read every task.</li>
 * </ul>
 * A user created after the start gets their personal filter at the next start. The filters are
 * OpsFlow's: a start overwrites changes made to them in Tasklist; staff save their own filters
 * under other names.
 */
@Component
@Order(30)
class TasklistFilters implements ApplicationRunner {

    static final String MY_TASKS = "我的任務（依到期日）";
    static final String ESCALATIONS = "逾期與升級任務";
    static final String GROUP_SUFFIX = "的待辦";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TasklistFilterProperties properties;
    private final List<String> escalationTaskKeys;

    TasklistFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
            AuthorizationService authorizationService, TasklistFilterProperties properties,
            List<EscalationSteps> escalationSteps) {
        this.escalationTaskKeys = escalationSteps.stream().flatMap(s -> s.taskKeys().stream()).distinct().toList();
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.properties = properties;
    }

    static String groupFilterName(GroupDefinition group) {
        return group.name() + GROUP_SUFFIX;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<User> users = identityService.createUserQuery().orderByUserId().asc().list();
        for (User user : users) {
            TaskQuery mine = taskService.createTaskQuery().taskAssignee(user.getId()).orderByDueDate().asc();
            save(user.getId(), MY_TASKS, mine, props("#2e7d32", "指派給我的任務，最早到期的排在最前面。", 10));
        }
        for (GroupDefinition group : Groups.ALL) {
            if (group.id().equals(Groups.ADMIN) || group.id().equals(Groups.CAMUNDA_ADMIN)) {
                continue;
            }
            TaskQuery open = taskService.createTaskQuery().taskCandidateGroup(group.id()).orderByDueDate().asc();
            Filter filter = save(null, groupFilterName(group), open,
                    props("#1565c0", group.name() + "可認領、尚未指派的任務。", 20));
            grantRead(group.id(), filter.getId());
        }
        Filter escalations = save(null, ESCALATIONS, escalationQuery(), props("#c62828",
                "升級步驟的任務與逾期後提高優先順序（≥ " + properties.escalationMinPriority() + "）的任務，最早到期的排在最前面。",
                5));
        Groups.MANAGERS.forEach(group -> grantRead(group, escalations.getId()));
        log.info("Tasklist filters in place: {} personal, {} group, 1 escalation", users.size(), Groups.ALL.size() - 2);
    }

    private TaskQuery escalationQuery() {
        TaskQuery query = taskService.createTaskQuery();
        if (escalationTaskKeys.isEmpty()) {
            query.taskMinPriority(properties.escalationMinPriority());
        } else {
            query.or()
                    .taskDefinitionKeyIn(escalationTaskKeys.toArray(String[]::new))
                    .taskMinPriority(properties.escalationMinPriority())
                    .endOr();
        }
        return query.orderByDueDate().asc();
    }

    private Map<String, Object> props(String color, String description, int priority) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("color", color);
        props.put("description", description);
        props.put("priority", priority);
        props.put("refresh", true);
        props.put("showUndefinedVariable", false);
        props.put("variables", properties.listVariables().stream()
                .map(v -> Map.of("name", v.name(), "label", v.label())).toList());
        return props;
    }

    private Filter save(String owner, String name, TaskQuery query, Map<String, Object> props) {
        var existing = filterService.createFilterQuery().filterResourceType(Resources.TASK.resourceName())
                .filterName(name);
        Optional<Filter> found = (owner == null ? existing : existing.filterOwner(owner)).list().stream()
                .filter(f -> owner != null || f.getOwner() == null)
                .findFirst();
        Filter filter = found.orElseGet(() -> filterService.newTaskFilter(name));
        filter.setOwner(owner);
        filter.setQuery(query);
        filter.setProperties(props);
        try {
            return filterService.saveFilter(filter);
        } catch (OptimisticLockingException e) {
            // another node brought the same filter up to date at the same moment
            if (filter.getId() == null) {
                throw e;
            }
            return filter;
        }
    }

    private void grantRead(String group, String filterId) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.FILTER).resourceId(filterId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream().findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    created.setGroupId(group);
                    created.setResource(Resources.FILTER);
                    created.setResourceId(filterId);
                    return created;
                });
        if (authorization.getId() == null || !authorization.isPermissionGranted(Permissions.READ)) {
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
        }
    }
}

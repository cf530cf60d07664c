package com.opsflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.identity.Groups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@OpsFlowSpringBootTest
class TasklistFiltersTest {

    private static final String ENGINEERS = "運維人員的待辦";

    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TasklistFilters tasklistFilters;
    @Autowired
    List<com.opsflow.identity.EscalationSteps> escalationSteps;

    private final List<String> tasks = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        tasks.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void theEscalationFilterNamesUserTasksThatTheModelsHave() throws IOException {
        // the modules give their escalation steps (EscalationSteps): a model that renames one of
        // these tasks fails here instead of leaving the managers' filter empty
        Set<String> userTasks = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
                        .forEach(task -> userTasks.add(task.getId()));
            }
        }

        List<String> keys = escalationSteps.stream().flatMap(s -> s.taskKeys().stream()).toList();
        assertThat(keys).contains("UserTask_NotifyOpsManager", "UserTask_NotifyStation");
        assertThat(userTasks).containsAll(keys);
    }

    @Test
    void anEngineerSeesTheirOwnFilterAndTheirGroupsButNotAColleaguesPersonalFilter() {
        List<Filter> visible = filtersSeenBy("eng-east-1", Groups.ENGINEER);

        assertThat(visible).extracting(Filter::getName).contains(TasklistFilters.MY_TASKS, ENGINEERS)
                .doesNotContain(TasklistFilters.ESCALATIONS, "客服的待辦");
        assertThat(visible).filteredOn(f -> f.getName().equals(TasklistFilters.MY_TASKS))
                .extracting(Filter::getOwner).containsExactly("eng-east-1");
    }

    @Test
    void myTasksListsWhatIsAssignedToMeEarliestDueFirst() {
        String later = task("更換光貓", "eng-east-1", null, 50, 3);
        String sooner = task("到府維修", "eng-east-1", null, 50, 1);
        String colleagues = task("同事的任務", "eng-east-2", null, 50, 1);

        Filter mine = visibleFilter("eng-east-1", Groups.ENGINEER, TasklistFilters.MY_TASKS);

        // the database is shared with other tests: assert on this test's tasks only
        assertThat(filterService.<Task>list(mine.getId())).extracting(Task::getId)
                .containsSubsequence(sooner, later).doesNotContain(colleagues);
        assertThat(mine.getProperties()).containsEntry("priority", 10).containsEntry("refresh", true)
                .containsKeys("color", "description");
    }

    @Test
    void theGroupFilterListsTheGroupsUnassignedTasks() {
        String open = task("聯繫用戶", null, Groups.ENGINEER, 50, 2);
        String taken = task("已有人處理", "eng-east-2", Groups.ENGINEER, 50, 2);
        String otherGroup = task("客服回訪", null, Groups.CUSTOMER_SERVICE, 50, 2);

        Filter group = visibleFilter("eng-east-1", Groups.ENGINEER, ENGINEERS);

        assertThat(filterService.<Task>list(group.getId())).extracting(Task::getId)
                .contains(open).doesNotContain(taken, otherGroup);
    }

    @Test
    void managersSeeTheEscalationsFilterWithHighPriorityTasksOnly() {
        String escalated = task("逾期未聯繫：通知區站經理", null, Groups.OPS_MANAGER, 80, 1);
        String ordinary = task("一般任務", null, Groups.OPS_MANAGER, 50, 1);

        Filter escalations = visibleFilter("ops-mgr", Groups.OPS_MANAGER, TasklistFilters.ESCALATIONS);

        assertThat(filterService.<Task>list(escalations.getId())).extracting(Task::getId)
                .contains(escalated).doesNotContain(ordinary);
        assertThat(filtersSeenBy("head-east", Groups.STATION_HEAD)).extracting(Filter::getName)
                .contains(TasklistFilters.ESCALATIONS, "站長的待辦");
    }

    @Test
    void aSecondStartCreatesNoSecondFilter() throws Exception {
        long before = filterService.createFilterQuery().count();

        tasklistFilters.run(new DefaultApplicationArguments());

        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).filterOwner("cs-1").count())
                .isEqualTo(1);
    }

    private List<Filter> filtersSeenBy(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return filterService.createFilterQuery().list();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Filter visibleFilter(String user, String group, String name) {
        Filter filter = filtersSeenBy(user, group).stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " does not see the filter " + name));
        identityService.setAuthentication(user, List.of(group));
        return filter;
    }

    private String task(String name, String assignee, String candidateGroup, int priority, int dueInDays) {
        identityService.clearAuthentication();
        Task task = taskService.newTask();
        task.setName(name);
        task.setAssignee(assignee);
        task.setPriority(priority);
        task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(dueInDays))));
        taskService.saveTask(task);
        if (candidateGroup != null) {
            taskService.addCandidateGroup(task.getId(), candidateGroup);
        }
        tasks.add(task.getId());
        return task.getId();
    }
}

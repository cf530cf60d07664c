package com.opsflow.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the saved Tasklist filters show ({@code opsflow.tasklist.*}).
 *
 * @param escalationMinPriority a task with at least this priority also appears there, whatever
 *        its key: a process raises a task's priority when its deadline is missed, so the filter
 *        needs neither {@code ${now()}} nor a list of every late-able task
 * @param listVariables process variables shown under each task in the list, e.g. the order number
 */
@ConfigurationProperties("opsflow.tasklist")
record TasklistFilterProperties(
        @DefaultValue("70") int escalationMinPriority,
        @DefaultValue List<ListVariable> listVariables) {

    /** A process variable shown in the task list: its name and the label staff read. */
    record ListVariable(String name, String label) {
    }
}

package com.opsflow.identity;

import java.util.List;

/** The Camunda group ids of OpsFlow, exactly as in domain-rules.md ("Who the users are"). */
public final class Groups {

    public static final String ENGINEER = "engineer";
    public static final String GROUP_LEADER = "group-leader";
    public static final String STATION_MANAGER = "station-manager";
    public static final String STATION_HEAD = "station-head";
    public static final String OPS_MANAGER = "ops-manager";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String TECH_SUPPORT = "tech-support";
    public static final String BUREAU_HEAD = "bureau-head";
    public static final String PROCESS_OWNER = "process-owner";
    public static final String ADMIN = "admin";
    /** Camunda's own administrators' group; kept non-empty (an empty one opens the first-admin setup page). */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Groups that manage others and follow processes in Cockpit. */
    public static final List<String> MANAGERS = List.of(OPS_MANAGER, STATION_MANAGER, STATION_HEAD, BUREAU_HEAD);

    /**
     * Every group that decides in Cockpit: the managers and the project group leaders, who
     * approve their group's requests. They read and decide there; editing, suspending, deleting and
     * modifying stay with process owners and administrators.
     */
    public static final List<String> COCKPIT_MANAGERS = List.of(GROUP_LEADER, STATION_MANAGER, STATION_HEAD,
            OPS_MANAGER, BUREAU_HEAD);

    /** Managers who read every process instance of the department in Cockpit (the others read their scope). */
    public static final List<String> WHOLE_DEPARTMENT_READERS = List.of(OPS_MANAGER, BUREAU_HEAD);

    /** Everyone who may open Cockpit: the managers above, process owners and administrators. Staff may not. */
    public static final List<String> COCKPIT_USERS = List.of(GROUP_LEADER, STATION_MANAGER, STATION_HEAD,
            OPS_MANAGER, BUREAU_HEAD, PROCESS_OWNER, ADMIN, CAMUNDA_ADMIN);

    /** Every group with its Chinese name, in the order of domain-rules.md. */
    public static final List<GroupDefinition> ALL = List.of(
            new GroupDefinition(ENGINEER, "運維人員"),
            new GroupDefinition(GROUP_LEADER, "項目組長"),
            new GroupDefinition(STATION_MANAGER, "區站經理"),
            new GroupDefinition(STATION_HEAD, "站長"),
            new GroupDefinition(OPS_MANAGER, "運營部經理"),
            new GroupDefinition(CUSTOMER_SERVICE, "客服"),
            new GroupDefinition(TECH_SUPPORT, "技術人員"),
            new GroupDefinition(BUREAU_HEAD, "省局相關負責人"),
            new GroupDefinition(PROCESS_OWNER, "流程負責人"),
            new GroupDefinition(ADMIN, "管理員"),
            new GroupDefinition(CAMUNDA_ADMIN, "Camunda 管理員"));

    public record GroupDefinition(String id, String name) {
    }

    private Groups() {
    }
}

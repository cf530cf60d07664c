package com.opsflow.workorder.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.workorder.WorkOrderProcess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Lists for the multi-instance activities of the work-order models ({@code ${orderParties.fined(execution)}}),
 * computed from plain variables so no list is ever stored as a serialized variable.
 */
@Component("orderParties")
public class OrderParties {

    private final StaffDirectory directory;

    public OrderParties(StaffDirectory directory) {
        this.directory = directory;
    }

    /** Everyone of a group, e.g. tech support told of an escalated repair (R-WO-6). */
    public List<String> members(String group) {
        return directory.membersOf(group);
    }

    /**
     * R-WO-3: the order's engineer, the station head, the station manager, the customer-service
     * agent and the ops manager — each once, even when one person holds two of the roles.
     */
    public List<String> fined(VariableScope scope) {
        Set<String> people = new LinkedHashSet<>();
        for (String role : List.of("engineer", "stationHead", "stationManager", "csAgent", "opsManager")) {
            Object id = scope.getVariable(role);
            if (id != null && !id.toString().isBlank()) {
                people.add(id.toString());
            }
        }
        return new ArrayList<>(people);
    }

    /** R-WO-2: the ops manager notifies the station's manager and head. */
    public List<String> stationManagement(VariableScope scope) {
        Set<String> people = new LinkedHashSet<>();
        for (String role : List.of("stationManager", "stationHead")) {
            Object id = scope.getVariable(role);
            if (id != null && !id.toString().isBlank()) {
                people.add(id.toString());
            }
        }
        return new ArrayList<>(people);
    }

    /**
     * R-WO-12: the code-of-conduct items the callback found breached, as their Chinese labels: the
     * breach keys of the fines, which the ledger's reason names.
     */
    public List<String> conductBreaches(VariableScope scope) {
        return WorkOrderProcess.CONDUCT_ITEMS.stream().filter(item -> isTrue(scope, item.get(0))).map(item -> item.get(1)).toList();
    }

    /**
     * R-WO-9: tools, badge, dress — any one breached, on a visit the rule covers
     * ({@code appearanceChecked}, from {@code opsflow.deadlines.appearance-types}: installations).
     */
    public boolean appearanceBreached(VariableScope scope) {
        return isTrue(scope, "appearanceChecked")
                && WorkOrderProcess.APPEARANCE_ITEMS.stream().anyMatch(item -> isTrue(scope, item.get(0)));
    }

    /** The Chinese label of a checklist item, for the ledger's reason. */
    public String label(String item) {
        return java.util.stream.Stream.concat(WorkOrderProcess.CONDUCT_ITEMS.stream(), WorkOrderProcess.APPEARANCE_ITEMS.stream())
                .filter(i -> i.get(0).equals(item)).map(i -> i.get(1)).findFirst().orElse(item);
    }

    private static boolean isTrue(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}

package com.opsflow.cockpit.web;

import com.opsflow.cockpit.internal.VariableLabels;
import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Cockpit's plugins need to know about the signed-in person:
 * whether they only read (managers: no edit, suspend, delete or modify buttons) and the Chinese
 * labels of process variables.
 */
@RestController
class CockpitMeController {

    private final VariableLabels labels;

    CockpitMeController(VariableLabels labels) {
        this.labels = labels;
    }

    record Me(String user, boolean readOnly, Map<String, String> variableLabels) {
    }

    @GetMapping("/camunda/api/opsflow/me")
    Me me() {
        CurrentUser user = CockpitAccess.require();
        boolean changesDefinitions = user.inAnyGroup(Groups.PROCESS_OWNER, Groups.ADMIN, Groups.CAMUNDA_ADMIN);
        return new Me(user.id(), !changesDefinitions, labels.all());
    }
}

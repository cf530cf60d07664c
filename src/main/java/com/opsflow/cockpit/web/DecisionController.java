package com.opsflow.cockpit.web;

import com.opsflow.cockpit.internal.MyDecisions;
import com.opsflow.cockpit.internal.MyDecisions.Decision;
import com.opsflow.platform.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 待我審批: the signed-in manager's open decisions, read by the Cockpit
 * dashboard plugin on the webapps' session. Deciding is not done here: the plugin completes the
 * task through Cockpit's own engine API ({@code /camunda/api/engine/…/task/{id}/complete}, with
 * Camunda's CSRF token), so the engine's authorizations and the task's listeners apply as in Tasklist.
 */
@RestController
class DecisionController {

    private final MyDecisions decisions;

    DecisionController(MyDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/camunda/api/opsflow/decisions")
    List<Decision> mine() {
        CurrentUser user = CockpitAccess.require();
        return decisions.of(user.id(), user.groups());
    }
}

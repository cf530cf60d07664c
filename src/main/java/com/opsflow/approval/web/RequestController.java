package com.opsflow.approval.web;

import com.opsflow.approval.internal.MyRequests;
import com.opsflow.approval.internal.MyRequests.MyRequest;
import com.opsflow.platform.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own staff requests (leave, trip, secondment, device entry, file transfer) with their
 * status. Read also on the webapps' session at {@code /camunda/api/opsflow/requests/mine}, for
 * Tasklist's 我的申請 (the applicant sees 已核准 where he filed the request).
 */
@RestController
class RequestController {

    private final MyRequests requests;

    RequestController(MyRequests requests) {
        this.requests = requests;
    }

    @GetMapping({"/api/requests/mine", "/camunda/api/opsflow/requests/mine"})
    List<MyRequest> mine() {
        return requests.of(CurrentUser.get().id());
    }

    /** Withdraws one of the caller's requests while it still waits for its decision. */
    @PostMapping("/api/requests/{id}/withdraw")
    MyRequest withdraw(@PathVariable String id) {
        return requests.withdraw(CurrentUser.get().id(), id);
    }
}

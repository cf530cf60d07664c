package com.opsflow.approval.web;

import com.opsflow.approval.internal.TransferAudit;
import com.opsflow.approval.internal.TransferAudit.Step;
import com.opsflow.platform.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every recorded step of one file transfer (R-SE-2, R-SE-3), oldest first. */
@RestController
class TransferAuditController {

    private final TransferAudit audit;

    TransferAuditController(TransferAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/file-transfers/{id}/audit")
    List<Step> audit(@PathVariable String id) {
        return audit.of(id, CurrentUser.get());
    }
}

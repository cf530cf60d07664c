package com.opsflow.appeal.web;

import com.opsflow.appeal.Appeals;
import com.opsflow.appeal.Appeals.Appeal;
import com.opsflow.appeal.Appeals.Step;
import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Appeals over HTTP (R-AP-6), HTTP Basic like the rest of {@code /api/**}. */
@RestController
class AppealController {

    record AppealRequest(
            @NotBlank(message = "請填寫申訴理由 / reason is required")
            @Size(max = 1000, message = "理由過長 / at most 1000 characters") String reason) {
    }

    private final Appeals appeals;

    AppealController(Appeals appeals) {
        this.appeals = appeals;
    }

    /** The caller appeals one of their own entries: 201 with the appeal (its process instance id). */
    @PostMapping("/api/appraisal/entries/{id}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    Appeal file(@PathVariable long id, @Valid @RequestBody AppealRequest request) {
        return appeals.file(id, request.reason(), CurrentUser.get().id());
    }

    /** Every step of an appeal: for the appellant, the ops manager and administrators. */
    @GetMapping("/api/appeals/{appealId}/audit")
    List<Step> audit(@PathVariable String appealId) {
        List<Step> steps = appeals.audit(appealId);
        if (steps.isEmpty()) {
            throw new NotFoundException("查無此申訴 / no appeal " + appealId);
        }
        CurrentUser user = CurrentUser.get();
        boolean appellant = steps.get(0).actor().equals(user.id());
        if (!appellant && !user.inAnyGroup(Groups.OPS_MANAGER, Groups.ADMIN)) {
            throw new ForbiddenException("只有申訴人、運營部經理及管理員可查閱 / appellant, ops manager and admins only");
        }
        return steps;
    }
}

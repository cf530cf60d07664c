package com.opsflow.identity.web;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Organisation;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who holds which role (R-WO-2, R-WO-3): the department's ops manager by name and the stations
 * with their manager, head and engineers. {@code GET /api/organisation} for everyone signed in;
 * {@code PUT /api/organisation/ops-manager} for admin.
 */
@RestController
class OrganisationController {

    private final StaffDirectory directory;
    private final Organisation organisation;

    OrganisationController(StaffDirectory directory, Organisation organisation) {
        this.directory = directory;
        this.organisation = organisation;
    }

    record Person(String id, String name) {
    }

    record OrganisationView(Person opsManager, List<Station> stations) {
    }

    @GetMapping("/api/organisation")
    OrganisationView organisation() {
        Person opsManager = directory.opsManager().map(id -> new Person(id, directory.displayName(id))).orElse(null);
        return new OrganisationView(opsManager, directory.stations());
    }

    @PutMapping("/api/organisation/ops-manager")
    OrganisationView appointOpsManager(@RequestBody Map<String, String> body) {
        if (!CurrentUser.get().inAnyGroup(Groups.ADMIN)) {
            throw new ForbiddenException("只有管理員可指定運營部經理 / only admin appoints the ops manager");
        }
        String userId = body == null ? null : body.get("userId");
        if (userId == null || userId.isBlank()) {
            throw new BadRequestException("請填寫 userId / userId is required", Map.of("userId", "必填 / required"));
        }
        organisation.appointOpsManager(userId.trim());
        return organisation();
    }
}

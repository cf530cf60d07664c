package com.opsflow.workorder.web;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The options of the work-order forms' pickers: stations by Chinese name, each
 * with its engineers by Chinese name, from the organisation as it is now. Read with the session by
 * the Tasklist custom script {@code scripts/opsflow/pickers.js}, which fills the start and dispatch
 * forms' selects marked {@code properties.opsflowOptions}; anyone signed in (as {@code /api/stations}).
 * Engineers that may not be dispatched now ({@link StaffDirectory#dispatchBar}, R-SE-4) are left out.
 * {@code people} is every member of the department's staff groups by Chinese name, for the request
 * forms' "who takes over my work" (R-LV-3).
 */
@RestController
class PickerController {

    private final StaffDirectory directory;

    PickerController(StaffDirectory directory) {
        this.directory = directory;
    }

    record Option(String id, String name) {
    }

    record StationOption(String id, String name, List<Option> engineers) {
    }

    record Pickers(List<StationOption> stations, List<Option> people) {
    }

    /** Staff groups (not the system's own accounts: administrators, process owners). */
    private static final List<String> STAFF_GROUPS = List.of(Groups.ENGINEER, Groups.GROUP_LEADER,
            Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.CUSTOMER_SERVICE,
            Groups.TECH_SUPPORT, Groups.BUREAU_HEAD);

    @GetMapping("/work-orders/pickers")
    Pickers pickers() {
        return new Pickers(directory.stations().stream()
                .map(s -> new StationOption(s.id(), s.name(), s.engineers().stream()
                        // R-SE-4: staff without a signed confidentiality agreement are not offered
                        .filter(e -> directory.dispatchBar(e).isEmpty())
                        .map(e -> new Option(e, directory.displayName(e))).toList()))
                .toList(), people());
    }

    private List<Option> people() {
        Set<String> ids = new TreeSet<>();
        STAFF_GROUPS.forEach(group -> ids.addAll(directory.membersOf(group)));
        var names = directory.displayNames(ids);
        return ids.stream().map(id -> new Option(id, names.get(id)))
                .sorted(Comparator.comparing(Option::name).thenComparing(Option::id)).toList();
    }
}

package com.opsflow.identity.web;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stations with their manager, head and engineers, for the pickers of the forms. */
@RestController
class StationController {

    private final StaffDirectory directory;

    StationController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/stations")
    List<Station> stations() {
        return directory.stations();
    }
}

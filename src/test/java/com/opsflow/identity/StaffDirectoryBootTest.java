package com.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stations and engineers as the forms' pickers and the work-order intake see them, read with one query
 * after one identity look-up (no query inside a row mapper), on the demo organisation.
 */
@OpsFlowSpringBootTest
class StaffDirectoryBootTest {

    @Autowired
    StaffDirectory directory;

    @Test
    void eachStationListsItsManagerHeadAndOnlyItsEngineers() {
        Station east = directory.station("east").orElseThrow();
        assertThat(east.engineers()).containsExactly("eng-east-1", "eng-east-2", "eng-east-3");
        assertThat(east.manager()).isNotBlank();
        assertThat(east.head()).isEqualTo("head-east");
        assertThat(directory.stations()).extracting(Station::id).contains("east", "west");
        assertThat(directory.stationOf("eng-west-2")).map(Station::id).hasValue("west");
        // the station head belongs to the station but is no engineer
        assertThat(directory.station("west").orElseThrow().engineers()).doesNotContain("head-west")
                .containsExactly("eng-west-1", "eng-west-2", "eng-west-3");
    }

    @Test
    void aNewOrdersStationAndEngineerAreReadAsTheDirectoryKnowsThem() {
        DispatchTarget east = directory.dispatchTarget("east", "eng-east-1");
        assertThat(east.stationName()).isEqualTo(directory.station("east").map(Station::name)).isPresent();
        assertThat(east.engineerName()).isEqualTo(directory.find("eng-east-1").map(Staff::name)).isPresent();
        assertThat(east.engineerStation()).hasValue("east");
        assertThat(east.engineerOf("east")).isTrue();
        assertThat(east.engineerOf("west")).isFalse();
        // the station head belongs to a station but is no engineer
        DispatchTarget head = directory.dispatchTarget("west", "head-west");
        assertThat(head.engineerName()).isEmpty();
        assertThat(head.engineerOf("west")).isFalse();
        assertThat(directory.dispatchTarget("nowhere", "nobody"))
                .isEqualTo(new DispatchTarget(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(directory.dispatchTarget("west", null).stationName()).isPresent();
        assertThat(directory.dispatchTarget(null, "eng-west-2").engineerStation()).hasValue("west");
        // neither given (an intake refused for both): nothing found (and no station select sent)
        assertThat(directory.dispatchTarget(" ", null))
                .isEqualTo(new DispatchTarget(Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aStationsLeadsAreItsNameManagerAndHeadAsTheFullStationHasThem() {
        for (Station station : directory.stations()) {
            assertThat(directory.stationLeads(station.id()))
                    .hasValue(new StationLeads(station.id(), station.name(), station.manager(), station.head()));
        }
        assertThat(directory.stationLeads("east").map(StationLeads::head)).hasValue("head-east");
        assertThat(directory.stationLeads("nowhere")).isEmpty();
        assertThat(directory.stationLeads(" ")).isEmpty();
        assertThat(directory.stationLeads(null)).isEmpty();
    }

    @Test
    void everyStaffMembersStationInOneReadIsTheStationEachHasAlone() {
        var stationIds = directory.stationIds();
        for (Groups.GroupDefinition group : Groups.ALL) {
            for (String member : directory.membersOf(group.id())) {
                assertThat(Optional.ofNullable(stationIds.get(member))).as(member)
                        .isEqualTo(directory.stationOf(member).map(Station::id));
            }
        }
        assertThat(stationIds).containsEntry("eng-west-2", "west").containsEntry("head-east", "east")
                .doesNotContainKey("ops-mgr");
        // the stations' names, in the order of the full list
        assertThat(directory.stationNames()).containsExactlyEntriesOf(directory.stations().stream().collect(
                java.util.stream.Collectors.toMap(Station::id, Station::name, (a, b) -> a, java.util.LinkedHashMap::new)));
        assertThat(directory.stationNames()).containsEntry("east", "東區站");
    }
}

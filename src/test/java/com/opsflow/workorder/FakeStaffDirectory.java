package com.opsflow.workorder;

import com.opsflow.identity.Groups;
import com.opsflow.identity.InMemoryStaffDirectory;
import com.opsflow.identity.Station;
import java.util.List;

/** The demo organisation (README) without a database, for the in-memory scenario tests. */
class FakeStaffDirectory extends InMemoryStaffDirectory {

    FakeStaffDirectory() {
        super(List.of(
                new Station("east", "東區站", "mgr-east", "head-east", List.of("eng-east-1", "eng-east-2", "eng-east-3")),
                new Station("west", "西區站", "mgr-west", "head-west", List.of("eng-west-1", "eng-west-2", "eng-west-3"))));
        add("ops-mgr", "周國強", null, null, Groups.OPS_MANAGER);
        add("mgr-east", "陳志明", "east", null, Groups.STATION_MANAGER);
        add("head-east", "林建華", "east", null, Groups.STATION_HEAD);
        add("eng-east-1", "王小明", "east", null, Groups.ENGINEER);
        add("eng-east-2", "李大偉", "east", null, Groups.ENGINEER);
        add("mgr-west", "黃美玲", "west", null, Groups.STATION_MANAGER);
        add("head-west", "吳俊傑", "west", null, Groups.STATION_HEAD);
        add("eng-west-1", "劉文彬", "west", null, Groups.ENGINEER);
        add("cs-1", "許淑芬", null, null, Groups.CUSTOMER_SERVICE);
        add("cs-2", "楊佩君", null, null, Groups.CUSTOMER_SERVICE);
        add("tech-1", "謝明哲", null, null, Groups.TECH_SUPPORT);
    }
}

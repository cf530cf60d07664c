package com.opsflow.demo;

import static com.opsflow.identity.Groups.ADMIN;
import static com.opsflow.identity.Groups.BUREAU_HEAD;
import static com.opsflow.identity.Groups.CAMUNDA_ADMIN;
import static com.opsflow.identity.Groups.CUSTOMER_SERVICE;
import static com.opsflow.identity.Groups.ENGINEER;
import static com.opsflow.identity.Groups.GROUP_LEADER;
import static com.opsflow.identity.Groups.OPS_MANAGER;
import static com.opsflow.identity.Groups.PROCESS_OWNER;
import static com.opsflow.identity.Groups.STATION_HEAD;
import static com.opsflow.identity.Groups.STATION_MANAGER;
import static com.opsflow.identity.Groups.TECH_SUPPORT;

import com.opsflow.identity.Organisation;
import com.opsflow.identity.StaffDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organisation (profile {@code demo}, on by default with H2): two stations, each with a
 * station manager, a station head and three engineers, plus the ops manager, customer service,
 * tech support, a group leader, the bureau head, a process owner and an administrator. Each demo
 * user's password is their user id (documented in README.md); never active in production.
 */
@Component
@Profile("demo")
@Order(20)
class DemoOrganisation implements ApplicationRunner {

    record DemoStation(String id, String name, String manager, String head) {
    }

    record DemoUser(String id, String lastName, String firstName, String station, String superior, String groupLeader,
            List<String> groups) {
    }

    static final List<DemoStation> STATIONS = List.of(
            new DemoStation("east", "東區站", "mgr-east", "head-east"),
            new DemoStation("west", "西區站", "mgr-west", "head-west"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("ops-mgr", "周", "國強", null, "bureau-1", null, List.of(OPS_MANAGER)),
            new DemoUser("mgr-east", "陳", "志明", "east", "ops-mgr", null, List.of(STATION_MANAGER)),
            new DemoUser("head-east", "林", "建華", "east", "mgr-east", null, List.of(STATION_HEAD)),
            new DemoUser("eng-east-1", "王", "小明", "east", "head-east", "leader-1", List.of(ENGINEER)),
            new DemoUser("eng-east-2", "李", "大偉", "east", "head-east", "leader-1", List.of(ENGINEER)),
            new DemoUser("eng-east-3", "張", "家豪", "east", "head-east", "leader-1", List.of(ENGINEER)),
            new DemoUser("mgr-west", "黃", "美玲", "west", "ops-mgr", null, List.of(STATION_MANAGER)),
            new DemoUser("head-west", "吳", "俊傑", "west", "mgr-west", null, List.of(STATION_HEAD)),
            new DemoUser("eng-west-1", "劉", "文彬", "west", "head-west", "leader-1", List.of(ENGINEER)),
            new DemoUser("eng-west-2", "蔡", "宗翰", "west", "head-west", "leader-1", List.of(ENGINEER)),
            new DemoUser("eng-west-3", "鄭", "雅婷", "west", "head-west", "leader-1", List.of(ENGINEER)),
            new DemoUser("cs-1", "許", "淑芬", null, "ops-mgr", "leader-1", List.of(CUSTOMER_SERVICE)),
            new DemoUser("cs-2", "楊", "佩君", null, "ops-mgr", "leader-1", List.of(CUSTOMER_SERVICE)),
            new DemoUser("tech-1", "謝", "明哲", null, "ops-mgr", "leader-1", List.of(TECH_SUPPORT)),
            new DemoUser("leader-1", "郭", "志偉", null, "bureau-1", null, List.of(GROUP_LEADER)),
            new DemoUser("bureau-1", "高", "文淵", null, null, null, List.of(BUREAU_HEAD)),
            new DemoUser("owner-1", "何", "佳穎", null, "ops-mgr", null, List.of(PROCESS_OWNER)),
            new DemoUser("admin", "系統", "管理員", null, null, null, List.of(ADMIN, CAMUNDA_ADMIN)));

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final IdentityService identityService;
    private final Organisation organisation;

    private final StaffDirectory directory;
    private final ZoneId zone;

    DemoOrganisation(IdentityService identityService, Organisation organisation, StaffDirectory directory,
            @Value("${opsflow.zone}") ZoneId zone) {
        this.directory = directory;
        this.zone = zone;
        this.identityService = identityService;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                // Tasklist and Cockpit show "first last": the whole Chinese name, family name first,
                // goes in the first name so they read 王小明, not 小明 王.
                user.setFirstName(demo.lastName() + demo.firstName());
                user.setLastName("");
                user.setEmail(demo.id() + "@opsflow.local");
                user.setPassword(demo.id());
                identityService.saveUser(user);
            }
            for (String group : demo.groups()) {
                if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                    identityService.createMembership(demo.id(), group);
                }
            }
        }
        STATIONS.forEach(s -> organisation.addStation(s.id(), s.name(), s.manager(), s.head()));
        // the demo staff start the day the demo is set up: no absence (曠工) for the months before they existed
        LocalDate today = LocalDate.now(zone);
        USERS.forEach(u -> organisation.addStaff(u.id(), u.station(), u.superior(), u.groupLeader(), today));
        if (directory.opsManager().isEmpty()) {
            organisation.appointOpsManager("ops-mgr"); // R-WO-2/3: the department's ops manager by name
        }
        log.info("Demo organisation in place: {} users, {} stations (password = user id)", USERS.size(), STATIONS.size());
    }
}

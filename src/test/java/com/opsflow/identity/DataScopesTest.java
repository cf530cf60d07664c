package com.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.CurrentUser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one data-scope rule (who sees which station's staff) on the demo organisation. */
@OpsFlowSpringBootTest
class DataScopesTest {

    @Autowired
    DataScopes scopes;

    @Test
    void theOpsManagerTheBureauHeadAndAdministratorsSeeEveryone() {
        for (CurrentUser user : Set.of(user("ops-mgr", Groups.OPS_MANAGER), user("bureau-1", Groups.BUREAU_HEAD),
                user("admin", Groups.ADMIN))) {
            DataScope scope = scopes.of(user);
            assertThat(scope.everyone()).as(user.id()).isTrue();
            assertThat(scope.sees("eng-west-3")).as(user.id()).isTrue();
        }
    }

    @Test
    void aStationHeadOrManagerSeesTheirStationsStaffOnly() {
        for (CurrentUser user : Set.of(user("head-east", Groups.STATION_HEAD), user("mgr-east", Groups.STATION_MANAGER))) {
            DataScope scope = scopes.of(user);
            assertThat(scope.station()).as(user.id()).contains("east");
            assertThat(scope.sees("eng-east-1")).as(user.id()).isTrue();
            assertThat(scope.sees("head-east")).as(user.id()).isTrue();
            assertThat(scope.sees("eng-west-1")).as(user.id()).isFalse();
            assertThat(scope.sees("cs-1")).as(user.id()).isFalse();
            assertThat(scope.ownOnly()).as(user.id()).isFalse();
        }
    }

    @Test
    void aGroupLeaderSeesTheStaffTheyLead() {
        DataScope scope = scopes.of(user("leader-1", Groups.GROUP_LEADER));

        assertThat(scope.sees("eng-west-3")).isTrue();
        assertThat(scope.sees("cs-1")).isTrue();
        assertThat(scope.sees("mgr-east")).isFalse();
        assertThat(scope.station()).isEmpty();
    }

    @Test
    void everybodyElseSeesOnlyThemselves() {
        DataScope scope = scopes.of(user("eng-east-1", Groups.ENGINEER));

        assertThat(scope.ownOnly()).isTrue();
        assertThat(scope.sees("eng-east-1")).isTrue();
        assertThat(scope.sees("eng-east-2")).isFalse();
    }

    private static CurrentUser user(String id, String group) {
        return new CurrentUser(id, Set.of(group));
    }
}

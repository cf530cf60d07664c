package com.opsflow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** R-LV-2: the group leader may record emergency leave for a staff member of their own group, and only that. */
class IdentifyApplicantTest {

    final StaffDirectory directory = mock(StaffDirectory.class);
    final IdentifyApplicant delegate = new IdentifyApplicant(directory);

    {
        when(directory.require("eng-east-1")).thenReturn(new Staff("eng-east-1", "王小明", null, Optional.of("east"),
                Optional.of("head-east"), Optional.of("leader-1"), Set.of("engineer")));
    }

    private static DelegateExecution filing(String initiator, String onBehalfOf, boolean emergency) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("applicant", initiator);
        vars.put("onBehalfOf", onBehalfOf);
        vars.put("emergency", emergency);
        return CountLeaveDaysTest.execution(vars);
    }

    @Test
    void theStaffMemberFilesForThemselves() {
        DelegateExecution execution = filing("eng-east-1", null, false);
        delegate.execute(execution);
        assertThat(execution.getVariables()).containsEntry("applicant", "eng-east-1").containsEntry("filedBy", "eng-east-1");
    }

    @Test
    void theGroupLeaderRecordsAnEmergencyForTheirStaffMember_R_LV_2() {
        DelegateExecution execution = filing("leader-1", "eng-east-1", true);
        delegate.execute(execution);
        assertThat(execution.getVariables()).containsEntry("applicant", "eng-east-1").containsEntry("filedBy", "leader-1");
    }

    @Test
    void nobodyElseFilesForAStaffMember() {
        assertThatThrownBy(() -> delegate.execute(filing("eng-east-2", "eng-east-1", true)))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void theGroupLeaderFilesOnlyEmergencyLeaveForOthers() {
        assertThatThrownBy(() -> delegate.execute(filing("leader-1", "eng-east-1", false)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("R-LV-2");
    }
}

package com.opsflow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** Escalation to the approver's superior from the organisation; without a superior the approver keeps it. */
class EscalateToSuperiorTest {

    final StaffDirectory directory = mock(StaffDirectory.class);
    final EscalateToSuperior delegate = new EscalateToSuperior(directory);

    {
        when(directory.find("leader-1")).thenReturn(Optional.of(new Staff("leader-1", "郭志偉", null, Optional.empty(),
                Optional.of("bureau-1"), Optional.empty(), Set.of("group-leader"))));
        when(directory.find("bureau-1")).thenReturn(Optional.of(new Staff("bureau-1", "高文淵", null, Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of("bureau-head"))));
        when(directory.displayName("bureau-1")).thenReturn("高文淵");
    }

    @Test
    void theGroupLeadersDecisionPassesToTheBureauHead() {
        DelegateExecution execution = CountLeaveDaysTest.execution(Map.of("approver", "leader-1"));
        delegate.execute(execution);
        assertThat(execution.getVariables()).containsEntry("approver", "bureau-1").containsEntry("escalatedFrom", "leader-1")
                .containsEntry("approverName", "高文淵");
    }

    @Test
    void theBureauHeadHasNoSuperiorAndKeepsTheDecision() {
        DelegateExecution execution = CountLeaveDaysTest.execution(Map.of("approver", "bureau-1"));
        delegate.execute(execution);
        assertThat(execution.getVariables()).containsEntry("approver", "bureau-1").containsEntry("escalatedFrom", "bureau-1");
    }
}

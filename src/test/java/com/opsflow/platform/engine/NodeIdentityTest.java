package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A node's id names it in the job log and as lock owner of its jobs (docs/operations.md, cluster). */
class NodeIdentityTest {

    @Test
    void aConfiguredNodeIdBecomesHostNameAndLockOwner() {
        NodeIdentity identity = new NodeIdentity(new MockEnvironment().withProperty("opsflow.node-id", "node-a"));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        configuration.setJobExecutor(jobExecutor);

        identity.preInit(configuration);
        identity.postInit(configuration);

        assertThat(configuration.getHostname()).isEqualTo("node-a");
        assertThat(jobExecutor.getLockOwner()).isEqualTo("node-a");
        assertThat(identity.nodeId()).isEqualTo("node-a");
    }

    @Test
    void withoutNodeIdCamundasDefaultsStay() {
        NodeIdentity identity = new NodeIdentity(new MockEnvironment().withProperty("opsflow.node-id", " "));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        String randomOwner = jobExecutor.getLockOwner();
        configuration.setJobExecutor(jobExecutor);

        identity.preInit(configuration);
        identity.postInit(configuration);

        assertThat(configuration.getHostname()).isNull();
        assertThat(jobExecutor.getLockOwner()).isEqualTo(randomOwner);
        assertThat(identity.nodeId()).isEmpty();
    }

    @Test
    void aNodeIdWithSpacesOrMarkupIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new NodeIdentity(new MockEnvironment().withProperty("opsflow.node-id", "node a<b>")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("opsflow.node-id 只能有");
    }
}

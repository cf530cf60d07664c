package com.opsflow.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The name of this node in a cluster ({@code opsflow.node-id}, environment {@code OPSFLOW_NODE_ID};
 * docs/operations.md "A cluster of nodes"). When set, the engine writes it as the host name of
 * every job log entry and history event ({@code ACT_HI_JOB_LOG.HOSTNAME_}) and the job executor
 * locks jobs under it ({@code ACT_RU_JOB.LOCK_OWNER_}): operators see which node ran or holds a
 * job, and the cluster tests count the jobs done per node. It must differ between nodes. Unset,
 * Camunda's defaults stay (the node's IP address and engine name; a random lock owner).
 */
@Component
public class NodeIdentity extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "opsflow.node-id";

    private static final Logger log = LoggerFactory.getLogger(NodeIdentity.class);

    private final String nodeId;

    NodeIdentity(Environment environment) {
        String configured = Binder.get(environment).bind(PROPERTY, String.class).orElse("").strip();
        if (!configured.isEmpty() && !configured.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalStateException(PROPERTY + " 只能有英文字母、數字、'.'、'_' 與 '-'，最多 64 字 / "
                    + PROPERTY + " may hold letters, digits, '.', '_' and '-' only (at most 64): " + configured);
        }
        this.nodeId = configured;
    }

    /** This node's id, empty when none is configured. */
    public String nodeId() {
        return nodeId;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeId.isEmpty()) {
            configuration.setHostname(nodeId);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (nodeId.isEmpty()) {
            return;
        }
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(nodeId);
        }
        log.info("Node {}: job log host name and job lock owner", nodeId);
    }
}

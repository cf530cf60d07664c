package com.opsflow.approval.internal;

import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The audit trail of one file transfer (R-SE-2, R-SE-3), for the managers and the bureau head who
 * answer for the internal network, and for the operators of the designated computer.
 */
@Service
public class TransferAudit {

    /** One recorded step: what, who, when and the facts at that moment. */
    public record Step(String step, String stepName, String direction, String actor, Instant occurredAt, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final ApprovalProperties settings;

    TransferAudit(JdbcTemplate jdbc, ApprovalProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<Step> of(String processInstanceId, CurrentUser user) {
        if (!user.inAnyGroup(Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.STATION_MANAGER, Groups.STATION_HEAD,
                Groups.ADMIN, settings.fileOperatorGroup())) {
            throw new ForbiddenException("只有管理人員可查閱文件傳遞記錄 / the transfer audit is for managers and operators");
        }
        return jdbc.query("select step, step_name, direction, actor_id, occurred_at, detail from approval_transfer_audit"
                + " where process_instance_id = ? order by id", (rs, i) -> new Step(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)),
                processInstanceId);
    }
}

package com.opsflow.staff.process;

import static com.opsflow.staff.process.StaffOnboardingProcess.*;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Organisation;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.staff.internal.StaffProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * First step of an onboarding ({@code ${registerNewStaff}}, R-SE-4): the account exists (created in
 * Camunda Admin), the one who starts is an administrator, the group asked for may be granted by an
 * onboarding, station and superiors are known; then the staff member's place in the organisation
 * is recorded (identity keeps what is recorded already). Groups are granted only after the
 * agreement is recorded.
 */
@Component("registerNewStaff")
public class RegisterNewStaff implements JavaDelegate {

    private final StaffDirectory directory;
    private final Organisation organisation;
    private final StaffProperties settings;
    private final ZoneId zone;

    public RegisterNewStaff(StaffDirectory directory, Organisation organisation, StaffProperties settings,
            @Value("${opsflow.zone:Asia/Shanghai}") ZoneId zone) {
        this.directory = directory;
        this.organisation = organisation;
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = text(execution, VAR_INITIATOR);
        if (initiator == null || !directory.find(initiator)
                .map(s -> s.inGroup(Groups.ADMIN) || s.inGroup(Groups.CAMUNDA_ADMIN)).orElse(false)) {
            throw TaskInputRefused.because("只有管理員可辦理新進人員入職 / only administrators onboard staff");
        }
        String userId = text(execution, VAR_STAFF);
        Staff staff = userId == null ? null : directory.find(userId).orElse(null);
        if (staff == null) {
            throw TaskInputRefused.because("查無此帳號，請先在 Camunda Admin 建立帳號 / no account " + userId);
        }
        String role = text(execution, VAR_ROLE);
        if (role == null || !settings.onboardingGroups().contains(role)) {
            throw TaskInputRefused.because("請選擇可授予的角色 / role must be one of " + settings.onboardingGroups());
        }
        String station = text(execution, VAR_STATION);
        if (station != null && directory.stationLeads(station).isEmpty()) {
            throw TaskInputRefused.because("查無此區站 / unknown station " + station);
        }
        String superior = known(execution, VAR_SUPERIOR, "上級");
        String groupLeader = known(execution, VAR_GROUP_LEADER, "項目組長");
        organisation.addStaff(userId, station, superior, groupLeader,
                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone));
        execution.setVariable(VAR_STAFF, userId);
        execution.setVariable(VAR_STAFF_NAME, staff.name());
    }

    private String known(DelegateExecution execution, String name, String label) {
        String id = text(execution, name);
        if (id != null && !directory.exists(id)) {
            throw TaskInputRefused.because("查無此" + label + " / unknown " + name + " " + id);
        }
        return id;
    }

    static String text(DelegateExecution execution, String name) {
        Object v = execution.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}

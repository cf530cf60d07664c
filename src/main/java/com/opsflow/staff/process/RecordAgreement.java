package com.opsflow.staff.process;

import static com.opsflow.staff.process.StaffOnboardingProcess.*;

import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.SystemUser;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.staff.StaffRegister;
import com.opsflow.staff.StaffRegister.NewAgreement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 登記保密協議 ({@code ${recordAgreement}}, R-SE-4): records the signed
 * agreement in the staff records; bad input refuses the completion (HTTP 400), nothing written.
 * Recording the same agreement again (a retried completion) changes nothing.
 */
@Component("recordAgreement")
public class RecordAgreement implements TaskListener {

    private final StaffRegister register;

    public RecordAgreement(StaffRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate signedOn;
        Object signed = task.getVariable(VAR_SIGNED_ON);
        try {
            signedOn = signed == null || signed.toString().isBlank() ? null : LocalDate.parse(signed.toString().trim());
        } catch (DateTimeParseException e) {
            throw TaskInputRefused.because("簽署日期格式不正確 (YYYY-MM-DD) / signed date is no date");
        }
        String staff = String.valueOf(task.getVariable(VAR_STAFF));
        try {
            register.recordAgreement(new NewAgreement(staff, text(task.getVariable(VAR_AGREEMENT_NO)), signedOn,
                    text(task.getVariable(VAR_COMPANY_AGREEMENT_NO))),
                    SystemUser.currentOrSystem(task.getProcessEngineServices().getIdentityService()));
        } catch (BadRequestException e) {
            throw TaskInputRefused.because(e.getMessage() + "：" + String.join("；", e.fieldErrors().values()));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package com.opsflow.notification.process;

import com.opsflow.notification.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Generic delegate that e-mails one person: {@code camunda:delegateExpression="${notifyPerson}"}
 * with input parameters {@code to} (user id), {@code subject} and {@code body} (Chinese text,
 * expressions allowed). A failed mail never rolls back the process.
 */
@Component("notifyPerson")
public class NotifyPerson implements JavaDelegate {

    private final Notifier notifier;

    public NotifyPerson(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object to = execution.getVariable("to");
        if (to == null || to.toString().isBlank()) {
            throw new IllegalStateException("notifyPerson at " + execution.getCurrentActivityId() + " needs 'to'");
        }
        notifier.notify(to.toString(), String.valueOf(execution.getVariable("subject")),
                String.valueOf(execution.getVariable("body")));
    }
}

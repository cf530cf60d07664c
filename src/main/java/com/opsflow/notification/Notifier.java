package com.opsflow.notification;

/**
 * Tells a staff member something (an assignment, an escalation, an outcome) by e-mail. Sent after
 * the current transaction commits; a failed mail is logged and never rolls back the caller.
 */
public interface Notifier {

    void notify(String userId, String subject, String body);
}

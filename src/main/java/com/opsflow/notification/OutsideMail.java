package com.opsflow.notification;

/**
 * Mails someone outside OpsFlow (a local environmental bureau, R-MS-4) at an address rather than a
 * user id. Sent after the current transaction commits when mail is on ({@code opsflow.mail.enabled});
 * a failed mail is logged and never rolls back the caller, so the caller keeps its own record of
 * what it reported.
 */
public interface OutsideMail {

    void mail(String address, String subject, String body);
}

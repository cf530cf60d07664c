package com.opsflow.notification;

import java.time.Instant;

/** A notification as the recipient reads it in OpsFlow (beside the e-mail). */
public record Notice(long id, String subject, String body, Instant createdAt, boolean read) {
}

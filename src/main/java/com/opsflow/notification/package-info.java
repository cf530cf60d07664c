/**
 * Notification: e-mail to staff through Spring Mail (SMTP from {@code spring.mail.*}). Public API:
 * {@link com.opsflow.notification.Notifier}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package com.opsflow.notification;

/**
 * Notification: e-mail to staff through Spring Mail (SMTP from {@code spring.mail.*}). Public API:
 * {@link com.opsflow.notification.Notifier}. Models e-mail one person through the delegate
 * {@code ${notifyPerson}} (sub-package {@code process}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {})
package com.opsflow.notification;

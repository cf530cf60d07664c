/**
 * The notification module's side facing the engine: the generic delegate {@code ${notifyPerson}}
 * that e-mails one person from any model through {@link com.opsflow.notification.Notifier}.
 */
package com.opsflow.notification.process;

package com.opsflow.notification.internal;

import com.opsflow.notification.Notifier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class MailNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final JavaMailSender mail;
    private final IdentityService identityService;
    private final String from;

    MailNotifier(JavaMailSender mail, IdentityService identityService, @Value("${opsflow.mail.from}") String from) {
        this.mail = mail;
        this.identityService = identityService;
        this.from = from;
    }

    @Override
    public void notify(String userId, String subject, String body) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("No e-mail address for '{}': not notified of '{}'", userId, subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.getEmail());
        message.setSubject(subject);
        message.setText(body);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(message);
                }
            });
        } else {
            send(message);
        }
    }

    private void send(SimpleMailMessage message) {
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Mail '{}' to {} not sent: {}", message.getSubject(), message.getTo(), e.getMessage());
        }
    }
}

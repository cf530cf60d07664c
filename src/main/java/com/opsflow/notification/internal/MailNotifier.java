package com.opsflow.notification.internal;

import com.opsflow.notification.Notifier;
import com.opsflow.notification.OutsideMail;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every notification is kept as an in-app notice for its recipient (read on /me), and mailed when
 * mail is on ({@code opsflow.mail.enabled}); with mail off by configuration nothing is logged per
 * notice. Mails are handed to one sender thread after the transaction commits: an SMTP round trip must
 * not hold the engine's thread (a job executor thread or a user's request), and a slow or dead
 * mail server must not slow down dispatching. The queue is bounded; when it is full the mail is
 * dropped with a warning (the task in Tasklist stays the reliable channel).
 */
@Service
class MailNotifier implements Notifier, OutsideMail, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);
    private static final int QUEUE = 1_000;

    private final JavaMailSender mail;
    private final IdentityService identityService;
    private final String from;
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "opsflow-mail");
                thread.setDaemon(true);
                return thread;
            });

    private final JdbcNotices notices;
    private final boolean mailEnabled;

    MailNotifier(JavaMailSender mail, IdentityService identityService, JdbcNotices notices,
            @Value("${opsflow.mail.from}") String from, @Value("${opsflow.mail.enabled:true}") boolean mailEnabled) {
        this.mail = mail;
        this.identityService = identityService;
        this.notices = notices;
        this.from = from;
        this.mailEnabled = mailEnabled;
        if (!mailEnabled) {
            log.info("Mail is off (opsflow.mail.enabled=false): notifications are in-app notices only");
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void notify(String userId, String subject, String body) {
        if (userId != null && !userId.isBlank()) {
            notices.add(userId, subject, body);
        }
        if (!mailEnabled) {
            return;
        }
        if (userId == null || userId.isBlank()) {
            log.warn("No recipient: '{}' not mailed", subject);
            return;
        }
        // The address is looked up on the sender thread: not a query (with its authorization
        // checks, as the signed-in user) on the thread that dispatches an order or fires a deadline.
        afterCommit(subject, () -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
                log.warn("No e-mail address for '{}': not notified of '{}'", userId, subject);
                return;
            }
            send(user.getEmail(), subject, body);
        });
    }

    @Override
    public void mail(String address, String subject, String body) {
        if (!mailEnabled) {
            log.info("Mail is off: '{}' to {} not mailed", subject, address);
            return;
        }
        if (address == null || address.isBlank()) {
            log.warn("No address: '{}' not mailed", subject);
            return;
        }
        afterCommit(subject, () -> send(address.trim(), subject, body));
    }

    /** Hands the work to the sender thread once the caller's transaction has committed (at once without one). */
    private void afterCommit(String subject, Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(subject, work);
                }
            });
        } else {
            enqueue(subject, work);
        }
    }

    private void send(String address, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Mail '{}' to {} not sent: {}", subject, address, e.getMessage());
        }
    }

    private void enqueue(String subject, Runnable work) {
        try {
            sender.execute(work);
        } catch (RejectedExecutionException e) {
            log.warn("Mail queue full ({}): '{}' dropped", QUEUE, subject);
        }
    }
}

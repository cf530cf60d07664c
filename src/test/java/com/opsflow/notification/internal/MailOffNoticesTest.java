package com.opsflow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Notifications are in-app notices first; mail off by configuration logs nothing per notice. */
class MailOffNoticesTest {

    private final JavaMailSender mail = mock(JavaMailSender.class);
    private final IdentityService identityService = mock(IdentityService.class, Mockito.RETURNS_DEEP_STUBS);
    private final JdbcNotices notices = mock(JdbcNotices.class);
    private final Logger logger = (Logger) LoggerFactory.getLogger(MailNotifier.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void withMailOffEveryNotificationIsANoticeAndNoWarningIsLogged() throws Exception {
        MailNotifier notifier = new MailNotifier(mail, identityService, notices, "opsflow@localhost", false);
        try {
            notifier.notify("eng-east-1", "已升級：報修 WO-1", "請處理");
            notifier.notify("eng-east-2", "已升級：報修 WO-2", "請處理");
            notifier.notify("cs-1", "派單提醒", "請派單");
        } finally {
            notifier.destroy();
        }
        verify(notices, times(3)).add(any(), any(), any());
        verify(mail, never()).send(any(SimpleMailMessage.class));
        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void withMailOnARecipientWithoutAnAddressIsWarnedAboutButStillGetsTheNotice() throws Exception {
        UserQuery query = identityService.createUserQuery().userId("eng-east-1");
        when(query.singleResult()).thenReturn(null);
        MailNotifier notifier = new MailNotifier(mail, identityService, notices, "opsflow@localhost", true);
        try {
            notifier.notify("eng-east-1", "已升級：報修 WO-1", "請處理");
        } finally {
            notifier.destroy();
        }
        verify(notices).add("eng-east-1", "已升級：報修 WO-1", "請處理");
        assertThat(logged.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("No e-mail address for 'eng-east-1'"));
    }
}

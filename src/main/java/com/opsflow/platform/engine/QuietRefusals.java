package com.opsflow.platform.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.TaskInputRefused;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task completion or process start refused for bad input ({@link TaskInputRefused}) is the
 * user's mistake, answered with HTTP 400 and a Chinese message; Camunda's engine and REST layer
 * would log it as an error and a warning with a stack trace of some two hundred lines. This
 * logback filter replaces those records with one INFO line naming the refusal; every other error
 * is logged as before.
 */
@Component
class QuietRefusals extends TurboFilter {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(QuietRefusals.class);

    @EventListener(ApplicationStartedEvent.class)
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> f instanceof QuietRefusals)) {
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger.getName().equals(QuietRefusals.class.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        RuntimeException refusal = refusalIn(thrown);
        if (refusal != null) {
            log.info("Refused input (HTTP {}): {}", refusal instanceof ForbiddenException ? 403 : 400, refusal.getMessage());
            return FilterReply.DENY;
        }
        // Camunda's REST layer logs the stack trace as the message text (ENGINE-REST-HTTP500 <trace>):
        // the same refusal, already logged once by the engine's record above
        for (Class<?> type : REFUSALS) {
            String refusalText = type.getName() + ": ";
            if (format != null && format.contains(refusalText)) {
                return FilterReply.DENY;
            }
            if (params != null) {
                for (Object param : params) {
                    if (param instanceof String text && text.contains(refusalText)) {
                        return FilterReply.DENY;
                    }
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** The user's mistakes a delegate or listener may throw; each is answered with 400 (403) by RefusedInputStatus. */
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(TaskInputRefused.class,
            BadRequestException.class, ForbiddenException.class);

    static RuntimeException refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TaskInputRefused || cause instanceof BadRequestException || cause instanceof ForbiddenException) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }
}

package com.opsflow.platform;

/** An authenticated caller asking for something outside their scope: HTTP 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
        TaskInputRefused.mark(403, message);
    }
}

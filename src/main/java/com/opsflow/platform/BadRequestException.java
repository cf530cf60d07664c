package com.opsflow.platform;

import java.util.Map;

/**
 * Input that a module refuses: answered as HTTP 400 with the message (and per-field messages)
 * in a {@code ProblemDetail}. Thrown before anything is written, so nothing is half-done.
 */
public class BadRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public BadRequestException(String message) {
        this(message, Map.of());
    }

    public BadRequestException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
        TaskInputRefused.mark(400, message);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}

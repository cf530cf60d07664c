package com.opsflow.platform;

/** A resource that does not exist (or that the caller may not know exists): HTTP 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

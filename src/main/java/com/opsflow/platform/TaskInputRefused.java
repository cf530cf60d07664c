package com.opsflow.platform;

/**
 * A task completion (or process start) refused by a listener or delegate for bad input — a
 * required field the form checks too, checked again on the server. Camunda wraps any exception of
 * a listener in a {@code ProcessEngineException}, which its REST API answers with HTTP 500; so the
 * refusal is also noted for the current request thread, and {@code RefusedInputStatus} turns
 * that 500 into a 400 with the same message. Create it with {@link #because(String)} and throw it.
 */
public final class TaskInputRefused extends IllegalArgumentException {

    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    private TaskInputRefused(String message) {
        super(message);
    }

    /** The refusal to throw; marks the current thread's request as refused for bad input. */
    public static TaskInputRefused because(String message) {
        REFUSED.set(Boolean.TRUE);
        return new TaskInputRefused(message);
    }

    /** Whether input was refused on this thread since the last call; clears the mark. */
    public static boolean takeRefused() {
        boolean refused = Boolean.TRUE.equals(REFUSED.get());
        REFUSED.remove();
        return refused;
    }
}

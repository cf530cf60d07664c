package com.opsflow.platform;

/**
 * A task completion (or process start) refused by a listener or delegate for bad input — a
 * required field the form checks too, checked again on the server. Camunda wraps any exception of
 * a listener in a {@code ProcessEngineException}, which its REST API answers with HTTP 500; so the
 * refusal is also noted for the current request thread, and {@code RefusedInputStatus} turns
 * that 500 into a 400 with the same message. Create it with {@link #because(String)} and throw it.
 */
public final class TaskInputRefused extends IllegalArgumentException {

    /** The HTTP status of the refusal noted on this thread (400, or 403 for {@link ForbiddenException}). */
    private static final ThreadLocal<Integer> REFUSED = new ThreadLocal<>();
    /** The message of that refusal, as the person should read it (not the engine's wrapping). */
    private static final ThreadLocal<String> MESSAGE = new ThreadLocal<>();

    private TaskInputRefused(String message) {
        super(message);
    }

    /** The refusal to throw; marks the current thread's request as refused for bad input. */
    public static TaskInputRefused because(String message) {
        mark(400, message);
        return new TaskInputRefused(message);
    }

    /**
     * Notes a refusal on this thread; {@link BadRequestException} (400) and {@link ForbiddenException}
     * (403) do so when created, so a delegate or listener that throws them inside an engine command
     * is answered with their status too, not with the engine's 500.
     */
    static void mark(int status, String message) {
        if (REFUSED.get() == null) {
            REFUSED.set(status);
            MESSAGE.set(message);
        }
    }

    /** Whether input was refused on this thread since the last call; clears the mark. */
    public static boolean takeRefused() {
        return takeRefusedStatus() != 0;
    }

    /** The HTTP status of the first refusal on this thread since the last call (0 when none); clears the mark. */
    public static int takeRefusedStatus() {
        Integer status = REFUSED.get();
        REFUSED.remove();
        MESSAGE.remove();
        return status == null ? 0 : status;
    }

    /**
     * The first refusal on this thread since the last call, with its status and message (null when
     * none); clears the mark.
     */
    public static Refusal takeRefusal() {
        Integer status = REFUSED.get();
        String message = MESSAGE.get();
        REFUSED.remove();
        MESSAGE.remove();
        return status == null ? null : new Refusal(status, message);
    }

    /** A refusal noted on a request thread: its HTTP status and its message for the person. */
    public record Refusal(int status, String message) {
    }
}

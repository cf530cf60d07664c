package com.opsflow.identity;

import java.util.Optional;

/**
 * Whose records one user may see, the one rule of OpsFlow for appraisal statements, attendance
 * and KPIs alike:
 * <ul>
 * <li>the ops manager, the bureau head and administrators see everyone;</li>
 * <li>a station manager or station head sees the staff of their station;</li>
 * <li>a group leader sees the staff they lead;</li>
 * <li>everybody sees themselves.</li>
 * </ul>
 * A per-request view from {@link DataScopes#of}; it remembers what it looked up.
 */
public interface DataScope {

    String userId();

    /** True for the ops manager, the bureau head and administrators. */
    boolean everyone();

    /** The station whose staff this user sees, when they manage or head one. */
    Optional<String> station();

    /** True when the user sees no one but themselves. */
    boolean ownOnly();

    boolean sees(String staffId);
}

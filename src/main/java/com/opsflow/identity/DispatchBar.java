package com.opsflow.identity;

import java.util.Optional;

/**
 * A reason a staff member may not be offered for dispatch (派單), kept by the module that owns the
 * record behind it (R-SE-4: the staff records' confidentiality agreements). Modules provide a bean;
 * identity owns the question ({@link StaffDirectory#dispatchBar}) and knows no such record, so the
 * work-order pickers and dispatch checks ask identity alone.
 */
public interface DispatchBar {

    /** The Chinese reason {@code userId} may not take work orders now, or empty. */
    Optional<String> reasonAgainst(String userId);
}

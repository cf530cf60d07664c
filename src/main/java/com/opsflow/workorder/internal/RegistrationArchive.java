package com.opsflow.workorder.internal;

import com.opsflow.workorder.Registration;
import java.time.Instant;
import java.util.Optional;

/** Where the registration forms of R-WO-11 are kept (OpsFlow's table, outside Camunda's history). */
public interface RegistrationArchive {

    /** Stores the form of an order; storing it again (a retried completion) replaces the unfiled form. */
    void record(Registration registration);

    /** The ops department filed the form. */
    void file(String orderNo, String filedBy, Instant at);

    Optional<Registration> find(String orderNo);
}

package com.opsflow.modeler;

import java.util.function.Supplier;

/**
 * Java code of OpsFlow itself (a test's probe model, never a person) may deploy a model the lint
 * would refuse: inside {@link #call(Supplier)} the engine's deployment check of this thread is off.
 * Nothing reachable over HTTP calls it, so every deployment made through {@code /modeler},
 * {@code /engine-rest} or desktop Camunda Modeler is checked.
 */
public final class UncheckedDeployment {

    private static final ThreadLocal<Boolean> UNCHECKED = ThreadLocal.withInitial(() -> false);

    public static <T> T call(Supplier<T> deployment) {
        boolean before = UNCHECKED.get();
        UNCHECKED.set(true);
        try {
            return deployment.get();
        } finally {
            UNCHECKED.set(before);
        }
    }

    /** Whether this thread deploys without the check. */
    public static boolean active() {
        return UNCHECKED.get();
    }

    private UncheckedDeployment() {
    }
}

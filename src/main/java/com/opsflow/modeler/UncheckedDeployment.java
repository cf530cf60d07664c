package com.opsflow.modeler;

import java.util.function.Supplier;

/**
 * For tests only: a test's probe model may be one the lint would refuse; inside {@link #call(Supplier)}
 * the engine's deployment check of this thread is off. No class of OpsFlow calls it
 * ({@code ModularityTest.onlyTestsDeployWithoutTheModelCheck}), so every deployment, made through
 * {@code /modeler}, {@code /engine-rest}, desktop Camunda Modeler or by OpsFlow at start-up, is checked.
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

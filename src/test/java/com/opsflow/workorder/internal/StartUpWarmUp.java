package com.opsflow.workorder.internal;

import org.springframework.context.ApplicationContext;

/** For the benchmarks' reports: what the node's start-up warm-up did, not what it was configured to do. */
public final class StartUpWarmUp {

    /** Orders created and rolled back at start-up. */
    public static int orders(ApplicationContext context) {
        return context.getBean(WarmUpOrderPath.class).warmedUp();
    }

    /** How many of them also ran their first escalation. */
    public static int escalations(ApplicationContext context) {
        return context.getBean(WarmUpOrderPath.class).escalated();
    }

    private StartUpWarmUp() {
    }
}

package com.opsflow.benchmark;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings every benchmark runs with so that it measures OpsFlow as shipped, not as the test
 * profile configures it.
 */
final class AsShipped {

    /**
     * Mail off (application.yaml: notices in-app only). The test profile turns it on for GreenMail,
     * which no benchmark runs: every notification would be a failed SMTP connection on the mail
     * sender thread, CPU the order path then shares (issue 19, docs/performance.md).
     */
    static final String MAIL = "opsflow.mail.enabled=false";

    /** The start-up warm-up as shipped (application.yaml; the test profile switches it off): its orders. */
    static final String WARM_UP_ORDERS = "opsflow.front-door.warm-up-orders=300";

    /**
     * The bare flow is measured from a boot as bare as the application allows: no warm-up of OpsFlow's order path
     * nor of its escalations ({@code -Dbenchmark.flow=bare}).
     */
    static void withoutWarmUp(DynamicPropertyRegistry registry) {
        registry.add("opsflow.front-door.warm-up-orders", () -> "0");
        registry.add("opsflow.deadlines.warm-up-escalations", () -> "0");
    }

    private AsShipped() {
    }
}

package com.opsflow.benchmark;

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

    private AsShipped() {
    }
}

package com.opsflow.monitoring.process;

/** How a form's yes/no answer reads: a boolean, or the radio's value "true"/"false". */
final class Answers {

    static boolean yes(Object value) {
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().trim());
    }

    static boolean answered(Object value) {
        return value instanceof Boolean
                || value != null && ("true".equalsIgnoreCase(value.toString().trim()) || "false".equalsIgnoreCase(value.toString().trim()));
    }

    static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    static String yesNo(Object value) {
        return yes(value) ? "是" : "否";
    }

    private Answers() {
    }
}

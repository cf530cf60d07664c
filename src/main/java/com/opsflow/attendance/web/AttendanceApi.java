package com.opsflow.attendance.web;

/**
 * Where the attendance API is mounted. Every attendance controller serves one resource under both
 * roots: {@link #API} for API clients (HTTP Basic, stateless) and {@link #PAGE} for the staff page,
 * where the browser's login session and the CSRF token of the page chain apply. Every endpoint is
 * for the authenticated user only: none takes a staff id to sign for (R-AT-1: nobody signs for
 * someone else).
 */
final class AttendanceApi {

    static final String API = "/api/attendance";
    static final String PAGE = "/attendance/api";

    static final String TEXT_CSV = "text/csv";

    private AttendanceApi() {
    }
}

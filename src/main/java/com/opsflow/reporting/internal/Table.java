package com.opsflow.reporting.internal;

import java.util.List;

/**
 * One exportable table: {@code name} for URLs ({@code ?table=engineers}), {@code title} (Chinese)
 * as sheet name and heading. Cells are strings, numbers, booleans, dates or null.
 */
public record Table(String name, String title, List<String> headers, List<List<Object>> rows) {
}

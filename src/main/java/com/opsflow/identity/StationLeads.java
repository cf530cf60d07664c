package com.opsflow.identity;

/**
 * A station (區站) without its engineers: its name, its manager (區站經理) and its head (站長), Camunda
 * user ids. What escalations, Cockpit's scoped reads and the pages that name a station need, in one read.
 */
public record StationLeads(String id, String name, String manager, String head) {
}

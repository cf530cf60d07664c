package com.opsflow.identity;

import java.util.List;

/** A station (區站) with its manager (區站經理), head (站長) and engineers, all Camunda user ids. */
public record Station(String id, String name, String manager, String head, List<String> engineers) {
}

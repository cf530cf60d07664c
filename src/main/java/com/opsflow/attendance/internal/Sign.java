package com.opsflow.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One sign as recorded, never edited (R-AT-1). {@code period}: 0 morning, 1 afternoon. */
public record Sign(long id, String staff, LocalDate workDate, int period, Direction direction, Instant signedAt) {
}

package com.opsflow.benchmark;

import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used by this JVM and by the local database server (mariadbd or mysqld, when it runs on this
 * machine and this user may read its process), from the operating system's per-process accounting:
 * what a benchmark's work cost in CPU, beside its wall time. On a virtual machine whose cores are shared
 * the accounting moves with the neighbours' load too (docs/performance.md, the eighth machine).
 */
record CpuTime(Duration jvm, Optional<Duration> database) {

    static CpuTime now() {
        Optional<Duration> database = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst().flatMap(p -> p.info().totalCpuDuration());
        return new CpuTime(ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO), database);
    }

    /** "JVM x ms, database y ms" per unit of work done since {@code before}. */
    String perUnitSince(CpuTime before, int units) {
        String jvmPart = String.format("JVM %.1f ms", jvm.minus(before.jvm).toNanos() / 1e6 / units);
        if (database.isEmpty() || before.database.isEmpty()) {
            return jvmPart + " (no database server's process readable here; H2 runs in the JVM)";
        }
        return jvmPart + String.format(", database %.1f ms", database.get().minus(before.database.get()).toNanos() / 1e6 / units);
    }
}

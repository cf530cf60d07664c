#!/usr/bin/env bash
# Runs the OpsFlow benchmarks (docs/performance.md), each in its own JVM:
#   ./docs/tools/benchmark.sh [h2|mysql] [orders] [deadlines] [which]
#   which: all (default) | side-by-side | orders | deadlines | deadlines-bare | deadlines-two-nodes | deadlines-two-nodes-bare
#          | front-door | front-door-bare | statement
# For mysql, set OPSFLOW_DB_URL / OPSFLOW_DB_USER / OPSFLOW_DB_PASSWORD (a fresh database is best).
# Reports land in target/benchmark/: report-<db>.md (repair orders), deadlines-<db>.md (deadline
# burst), front-door-<db>.md (20 orders/s over HTTP from a cold boot, then 80/s),
# statement-<db>.md (appraisal statement over 1,000,000 ledger entries), side-by-side-<db>.md
# (OpsFlow's repair order beside a bare Camunda flow of the same shape, statements by table).
# front-door-bare / deadlines-bare: the front-door and deadline benchmarks with the bare Camunda flow
# (-Dbenchmark.flow=bare, src/test/resources/benchmark/bare-*.bpmn) instead of OpsFlow, the engine's own
# ceiling on the same machine: front-door-bare-<db>.md, deadlines-bare-<db>.md.
# Side by side: -Dbenchmark.batch (50) / -Dbenchmark.rounds (4) through BENCHMARK_OPTS; -Dbenchmark.trace-sql=true
# adds the statements (by text) in which the two flows differ, step by step.
# Front door: -Dbenchmark.rate / .seconds / .overload-seconds / .overload-rate through BENCHMARK_OPTS.
# deadlines-two-nodes (mysql only): the burst on two OpsFlow nodes, each its own JVM with the shipped settings
# (TwoNodeDeadlineBenchmarkTest): deadlines-two-nodes-mysql.md; it takes about 3 minutes (the contact timers'
# due dates moved to one whole second ahead; -Dbenchmark.burst=activation: suspended, then activated through one
# node once passed, as before 2026-11-28 05:00 UTC);
# deadlines-two-nodes-bare: the same burst on two nodes of a bare Camunda application (barecamunda.BareCamundaNode in the
# test sources: OpsFlow's schema and job executor settings, none of its code) with the bare flow's no-op escalation:
# deadlines-two-nodes-bare-mysql.md;
# -Dbenchmark.node-properties=name=value,… changes settings on both nodes, to compare with the shipped ones;
# -Dbenchmark.node-jvm=-Xmx1g;-XX:+UseG1GC the nodes' JVM options (default -Xmx640m -XX:+UseSerialGC).
# -Dbenchmark.hold-follow-ups=true: the deductions' follow-up jobs (notices, 通知運營部經理) held (created suspended).
# Deadlines: -Dbenchmark.warm-up-deadlines=N runs a burst of N first (its instances then deleted), so that the
# measured burst runs on warm code; default 0, the JVM's first burst (after the start-up warm-up, as shipped).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-h2}
orders=${2:-300}
deadlines=${3:-1000}
which=${4:-all}

run() { # test class, report file[, more -D options]
  ./mvnw -q -B test -Dtest.groups=benchmark -Dtest.excludedGroups= -Dtest.db="$db" -Dbenchmark.orders="$orders" \
    -Dbenchmark.deadlines="$deadlines" ${BENCHMARK_OPTS:-} "${@:3}" -Dtest="$1" -Dsurefire.failIfNoSpecifiedTests=false
  echo
  cat "target/benchmark/$2-$db.md"
}

[[ $which == all || $which == front-door ]] && run FrontDoorBenchmarkTest front-door   # first: a cold JVM
[[ $which == all || $which == front-door-bare ]] && run FrontDoorBenchmarkTest front-door-bare -Dbenchmark.flow=bare
[[ $which == all || $which == side-by-side ]] && run SideBySideBenchmarkTest side-by-side
[[ $which == all || $which == orders ]] && run WorkOrderBenchmarkTest report
[[ $which == all || $which == deadlines ]] && run DeadlineBurstBenchmarkTest deadlines
[[ $which == all || $which == deadlines-bare ]] && run DeadlineBurstBenchmarkTest deadlines-bare -Dbenchmark.flow=bare
[[ ($which == all && $db == mysql) || $which == deadlines-two-nodes ]] && run TwoNodeDeadlineBenchmarkTest deadlines-two-nodes
[[ $which == deadlines-two-nodes-bare ]] && run TwoNodeDeadlineBenchmarkTest deadlines-two-nodes-bare -Dbenchmark.flow=bare
[[ $which == all || $which == statement ]] && run AppraisalStatementBenchmarkTest statement
exit 0

#!/usr/bin/env bash
# Runs the OpsFlow benchmarks (docs/performance.md): ./docs/tools/benchmark.sh [h2|mysql] [orders] [deadlines]
# For mysql, set OPSFLOW_DB_URL / OPSFLOW_DB_USER / OPSFLOW_DB_PASSWORD (a fresh database is best).
# Reports land in target/benchmark/report-<db>.md (repair orders) and deadlines-<db>.md (deadline burst).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-h2}
orders=${2:-300}
deadlines=${3:-1000}
./mvnw -q -B test -Dtest.groups=benchmark -Dtest.excludedGroups= -Dtest.db="$db" -Dbenchmark.orders="$orders" \
  -Dbenchmark.deadlines="$deadlines" -Dsurefire.failIfNoSpecifiedTests=false
cat "target/benchmark/report-$db.md"
echo
[ -f "target/benchmark/deadlines-$db.md" ] && cat "target/benchmark/deadlines-$db.md"

#!/usr/bin/env bash
# Runs the OpsFlow benchmark (docs/performance.md): ./docs/tools/benchmark.sh [h2|mysql] [orders]
# For mysql, set OPSFLOW_DB_URL / OPSFLOW_DB_USER / OPSFLOW_DB_PASSWORD (a fresh database is best).
# The report lands in target/benchmark/report-<db>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-h2}
orders=${2:-300}
./mvnw -q -B test -Dtest.groups=benchmark -Dtest.excludedGroups= -Dtest.db="$db" -Dbenchmark.orders="$orders" \
  -Dsurefire.failIfNoSpecifiedTests=false
cat "target/benchmark/report-$db.md"

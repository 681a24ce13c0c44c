#!/usr/bin/env bash
# What durable commits cost on this machine: the same transition-like write loop (update a ticket
# row + insert a history row, one commit each) against the embedded PostgreSQL with the library's
# test settings (-F, synchronous_commit=off) and with the local default of deploy/local/run.sh
# (fsync, synchronous_commit, full_page_writes on), side by side in one run.
#   bench/durability-cost.sh [writers=4] [seconds=10] [rounds=3]
# Needs the local-postgres launcher built (deploy/local/run.sh or ./mvnw -B package -DskipTests).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG="$ROOT/deploy/local/embedded-postgres/target"
[ -f "$PG/local-postgres-1.0.0-SNAPSHOT.jar" ] || { echo "build first: ./mvnw -B -pl deploy/local/embedded-postgres package" >&2; exit 1; }
WORK="$(mktemp -d /tmp/bihuan-durability.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
java -Djava.io.tmpdir="$WORK" -cp "$PG/local-postgres-1.0.0-SNAPSHOT.jar:$PG/lib/*" "$ROOT/bench/durability/DurabilityCost.java" \
  "${1:-4}" "${2:-10}" "${3:-3}"

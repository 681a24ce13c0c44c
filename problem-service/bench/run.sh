#!/usr/bin/env bash
# Times the outline parser (seed warm, 1,000 and 5,000 generated problems per genre).
# Run from anywhere: problem-service/bench/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B -q -pl problem-service -am test-compile
java -cp problem-service/target/classes:problem-service/target/test-classes \
  org.bihuan.problem.importing.bench.OutlineBenchmark

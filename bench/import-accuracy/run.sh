#!/usr/bin/env bash
# Import accuracy: reads every document of bench/import-accuracy/corpus through the importer's own
# reading and parsing (DocumentReader, in process) and prints field-level precision and recall
# against each <name>.expected.json, and the lines that were not placed. Exit status 0 only at 100%.
#
#   bench/import-accuracy/run.sh [corpus folder]      (default: bench/import-accuracy/corpus)
#   BENCH_NO_BUILD=1 bench/import-accuracy/run.sh     (reuse problem-service/target)
#   bench/import-accuracy/run.sh --read corpus/x.txt   (what the importer reads from one document,
#                                                      in the expected file's shape, with warnings)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ "${1:-}" == "--read" ]]; then
  args=(--read "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
else
  args=("$(cd "${1:-$root/bench/import-accuracy/corpus}" && pwd)")
fi
cd "$root"
classpath="problem-service/target/accuracy.classpath"
if [[ -z "${BENCH_NO_BUILD:-}" || ! -f "$classpath" ]]; then
  ./mvnw -B -q -pl problem-service -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$root/$classpath" >/dev/null
fi
exec java -Xmx256m -Dlog4j2.statusLoggerLevel=OFF -cp "problem-service/target/classes:problem-service/target/test-classes:$(cat "$classpath")" \
  org.bihuan.problem.importing.bench.ImportAccuracy "${args[@]}"

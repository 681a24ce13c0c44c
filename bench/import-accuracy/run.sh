#!/usr/bin/env bash
# Import accuracy: reads every document of the corpus through the importer's own reading and
# parsing (DocumentReader, in process: refusal and memory-budget checks, tables, then the outline)
# and prints field-level precision and recall against each <name>.expected.json, and the lines that
# were not placed. Exit status 0 only at 100%.
#
# The default corpus is assembled for each run in problem-service/target/import-accuracy-corpus:
# the committed text/Word-paragraph documents of bench/import-accuracy/corpus, the Word tables and
# Excel ledgers FormatCorpus writes with POI (bench/format-corpus.sh), and the .doc/.pdf documents
# FormatCorpus made with LibreOffice, committed under problem-service/src/test/resources/formats.
#
#   bench/import-accuracy/run.sh [corpus folder]      (a folder given is read as it is)
#   BENCH_NO_BUILD=1 bench/import-accuracy/run.sh     (reuse problem-service/target)
#   bench/import-accuracy/run.sh --read corpus/x.txt   (what the importer reads from one document,
#                                                      in the expected file's shape, with warnings)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ "${1:-}" == "--read" ]]; then
  args=(--read "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
elif [[ -n "${1:-}" ]]; then
  args=("$(cd "$1" && pwd)")
else
  args=("$root/problem-service/target/import-accuracy-corpus")
fi
cd "$root"
classpath="problem-service/target/accuracy.classpath"
if [[ -z "${BENCH_NO_BUILD:-}" || ! -f "$classpath" ]]; then
  ./mvnw -B -q -pl problem-service -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$root/$classpath" >/dev/null
fi
cp="problem-service/target/classes:problem-service/target/test-classes:$(cat "$classpath")"
if [[ -z "${1:-}" ]]; then
  run="${args[0]}"
  rm -rf "$run"
  mkdir -p "$run"
  cp bench/import-accuracy/corpus/* "$run"/
  java -Dlog4j2.statusLoggerLevel=OFF -cp "$cp" org.bihuan.problem.support.FormatCorpus "$run" \
    --only-direct >/dev/null
  cp problem-service/src/test/resources/formats/* "$run"/
fi
exec java -Xmx256m -Dlog4j2.statusLoggerLevel=OFF -cp "$cp" \
  org.bihuan.problem.importing.bench.ImportAccuracy "${args[@]}"

#!/usr/bin/env bash
# Writes the document-format corpus for the import-accuracy benchmark into a folder:
# <name>-<ext>.<ext> next to <name>-<ext>.expected.json (the dry-run answer's "problems").
# .docx/.xlsx/.xls are written by POI; .doc and .pdf need LibreOffice (soffice) and a CJK font
# (Debian: libreoffice-writer-nogui fonts-wqy-microhei) and are skipped without them.
#   bench/format-corpus.sh [folder]        (default: problem-service/target/format-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-problem-service/target/format-corpus}"
cp_file="$(mktemp)"
./mvnw -B -q -pl problem-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dspotless.check.skip=true >/dev/null
cp="problem-service/target/test-classes:problem-service/target/classes:platform/target/classes"
cp="$cp:platform-testing/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
java -cp "$cp" org.bihuan.problem.support.FormatCorpus "$out"

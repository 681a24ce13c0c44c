#!/usr/bin/env bash
# Checks that the Word closed-loop report of each seed source opens in LibreOffice: downloads
# GET /api/v1/reports/sources/{id}?format=docx from the running report-service, converts it to PDF
# with LibreOffice headless, and counts the PDF's pages with PDFBox (at least one each).
#
# Needs: the services of deploy/local/run.sh running (same PROBLEM_PORT/REPORT_PORT), LibreOffice
# Writer (Debian: apt-get install -y libreoffice-writer-nogui; soffice on the PATH or SOFFICE=…),
# Java 17+. Not part of CI (docs/decisions/0074-word-report-pdf-check-is-a-script.md).
# Leaves the .docx and .pdf files in deploy/local/.run/reports/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PROBLEM_URL=${PROBLEM_URL:-http://localhost:${PROBLEM_PORT:-8081}}
REPORT_URL=${REPORT_URL:-http://localhost:${REPORT_PORT:-8083}}
SOFFICE=${SOFFICE:-$(command -v soffice || command -v libreoffice || true)}
[ -n "$SOFFICE" ] || die "LibreOffice is needed: apt-get install -y libreoffice-writer-nogui (or set SOFFICE)."
TOKEN=${TOKEN:-$("$LOCAL/token.sh" --role viewer)}
OUT="$RUN/reports"
mkdir -p "$OUT"

api() { curl -fsS -H "Authorization: Bearer $TOKEN" "$@"; }

ids=()
shopt -s nullglob
for file in "$ROOT"/seeds/*; do
  ref="seed:$(basename "$file")"
  id=$(api "$PROBLEM_URL/api/v1/sources" --get --data-urlencode "externalRef=$ref" |
    sed -n 's/^{"items":\[{"id":"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || die "no source $ref in problem-service: run deploy/local/run.sh first."
  ids+=("$id")
done
[ ${#ids[@]} -gt 0 ] || die "no seed files in $ROOT/seeds."

pdfs=()
for id in "${ids[@]}"; do
  # The projection follows the feeds; wait until it knows the source.
  for _ in $(seq 1 60); do
    if api -o "$OUT/$id.docx" "$REPORT_URL/api/v1/reports/sources/$id?format=docx" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  [ -s "$OUT/$id.docx" ] || die "report-service did not give the Word report of source $id."
  profile=$(mktemp -d)
  "$SOFFICE" --headless --norestore "-env:UserInstallation=file://$profile" \
    --convert-to pdf --outdir "$OUT" "$OUT/$id.docx" >/dev/null 2>&1 ||
    { rm -rf "$profile"; die "LibreOffice could not convert $OUT/$id.docx."; }
  rm -rf "$profile"
  [ -s "$OUT/$id.pdf" ] || die "LibreOffice wrote no PDF for $OUT/$id.docx."
  pdfs+=("$OUT/$id.pdf")
done

classpath="$RUN/pdf-pages.classpath"
if [ ! -s "$classpath" ]; then
  "$ROOT/mvnw" -B -q -f "$LOCAL/pdf-pages/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$classpath" >/dev/null || die "Maven could not resolve PDFBox."
fi
java -cp "$(cat "$classpath")" "$LOCAL/pdf-pages/PdfPages.java" "${pdfs[@]}"

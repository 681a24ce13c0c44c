#!/usr/bin/env bash
# Loads the demo documents of seeds/ into problem-service, once. For each file: a source with
# externalRef seed:<file name> (created unless it exists), then the file imported into it (unless
# that source already has problems). Running it again adds nothing. Prints one line per file.
#
#   PROBLEM_URL (default http://localhost:8081)  TOKEN (a bearer token that may write, e.g.
#   deploy/local/token.sh --role admin)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PROBLEM_URL=${PROBLEM_URL:-http://localhost:8081}
: "${TOKEN:?set TOKEN to a bearer token, e.g. TOKEN=\$(deploy/local/token.sh --role admin)}"

api() { # api METHOD PATH [curl args…]: the body of a successful answer, or fails
  local method=$1 path=$2
  shift 2
  curl -fsS -X "$method" -H "Authorization: Bearer $TOKEN" "$@" "$PROBLEM_URL$path"
}
first_id() { # the id of the first item of a list answer
  sed -n 's/^{"items":\[{"id":"\([^"]*\)".*/\1/p'
}
json_string() { # a JSON string literal of $1
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' | tr -d '\r\n\t')"
}

failed=0
shopt -s nullglob
files=("$ROOT"/seeds/*)
if [ ${#files[@]} = 0 ]; then
  echo "no files in $ROOT/seeds"
  exit 0
fi
for file in "${files[@]}"; do
  [ -f "$file" ] || continue
  name=$(basename "$file")
  ref="seed:$name"
  source_id=$(api GET /api/v1/sources --get --data-urlencode "externalRef=$ref" | first_id)
  how="found"
  if [ -z "$source_id" ]; then
    case "$name" in
      *.docx)
        title="${name%.*}"
        ;;
      *)
        title=$(grep -m1 -v '^[[:space:]]*$' "$file" | sed 's/^\xEF\xBB\xBF//' | cut -c1-300)
        ;;
    esac
    kind=OTHER
    case "$title" in *会*) kind=MEETING ;; *巡视* | *巡察*) kind=INSPECTION ;; *审计*) kind=AUDIT ;; esac
    source_id=$(api POST /api/v1/sources -H 'Content-Type: application/json' \
      --data-binary "{\"title\": $(json_string "${title:-$name}"), \"kind\": \"$kind\", \"externalRef\": $(json_string "$ref")}" |
      sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
    how="created"
  fi
  if [ -z "$source_id" ]; then
    echo "$name: could not find or create its source"
    exit 1
  fi
  if [ -n "$(api GET "/api/v1/problems?sourceId=$source_id&limit=1" | first_id)" ]; then
    echo "$name: source $source_id ($how) already has problems; nothing imported"
    continue
  fi
  case "$name" in
    *.docx) type='application/vnd.openxmlformats-officedocument.wordprocessingml.document' ;;
    *) type='text/plain; charset=UTF-8' ;;
  esac
  if ! answer=$(api POST "/api/v1/sources/$source_id/import" -H "Content-Type: $type" --data-binary "@$file" 2>&1); then
    echo "$name: source $source_id ($how); import failed: $answer"
    failed=1
    continue
  fi
  problems=$(printf '%s' "$answer" | { grep -o '"number":"P-[0-9]*-[0-9]*"' || true; } | wc -l | tr -d ' ')
  echo "$name: source $source_id ($how); imported $problems problems"
done
exit $failed

#!/usr/bin/env bash
# Two builds of the same services side by side in one run (see bench/README.md, "Per-answer work").
#
#   TOKEN=… TICKET=<id> PROBLEM=<id> ETAG='"0@2026-12-02"' [IDS=<id>,<id>,…] \
#   BASE_RECTIFICATION=http://127.0.0.1:18292 NEW_RECTIFICATION=http://127.0.0.1:18392 \
#   BASE_PROBLEM=http://127.0.0.1:18291 NEW_PROBLEM=http://127.0.0.1:18391 \
#     bench/api/compare-reads.sh [rounds=3] > rounds.txt
#
# IDS (optional) adds the batch status read GET /tickets?ids=IDS. The 50-item lists are measured
# also with If-None-Match: the ETag each side answered for the page, asked before the round.
# Both builds run against the same database. In each round every request is measured on the base
# build and then on the new one (wrk -t2 -c32, BENCH_WARMUP of warm-up then BENCH_DURATION), and
# each service's /q/health/live in the same round, so a noisy machine moves both sides alike. One
# line per measurement: round, request, side, requests/s, p99 in ms. The summary (medians of the
# requests/s, of the ratios to /q/health/live of the same round and side, and of the p99) follows
# on standard error.
set -euo pipefail
: "${TOKEN:?a viewer token}" "${TICKET:?a ticket id}" "${PROBLEM:?a problem id}" "${ETAG:?the ETag of that ticket}"
: "${BASE_RECTIFICATION:?}" "${NEW_RECTIFICATION:?}" "${BASE_PROBLEM:?}" "${NEW_PROBLEM:?}"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
ROUNDS="${1:-3}"
D="${BENCH_DURATION:-5s}"
W="${BENCH_WARMUP:-1s}"
AUTH="Authorization: Bearer $TOKEN"
# requests/s and p99 (ms) of one URL with one extra header
rps() {
  wrk -t2 -c32 -d"$W" -H "$AUTH" -H "$2" "$1" >/dev/null 2>&1
  wrk -t2 -c32 -d"$D" --latency -H "$AUTH" -H "$2" "$1" | awk '
    /Requests\/sec/ { r = $2 }
    $1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
      p = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
    END { printf "%s %.2f\n", r, p }'
}
etag() { curl -s -D - -o /dev/null -H "$AUTH" "$1" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }'; }
OUT=$(mktemp)
for r in $(seq 1 "$ROUNDS"); do
  declare -A LIST_TAG=(
    [tickets/base]="$(etag "$BASE_RECTIFICATION/api/v1/tickets?limit=50")"
    [tickets/new]="$(etag "$NEW_RECTIFICATION/api/v1/tickets?limit=50")"
    [problems/base]="$(etag "$BASE_PROBLEM/api/v1/problems?limit=50")"
    [problems/new]="$(etag "$NEW_PROBLEM/api/v1/problems?limit=50")"
  )
  requests=("rect-live|/q/health/live|X-Bench: 1"
    "ticket|/api/v1/tickets/$TICKET|X-Bench: 1"
    "ticket-304|/api/v1/tickets/$TICKET|If-None-Match: $ETAG"
    "tickets-50|/api/v1/tickets?limit=50|X-Bench: 1"
    "tickets-50-304|/api/v1/tickets?limit=50|LIST_TAG tickets")
  if [ -n "${IDS:-}" ]; then
    requests+=("tickets-ids|/api/v1/tickets?ids=$IDS|X-Bench: 1")
  fi
  requests+=("prob-live|/q/health/live|X-Bench: 1"
    "problem|/api/v1/problems/$PROBLEM|X-Bench: 1"
    "problems-50|/api/v1/problems?limit=50|X-Bench: 1"
    "problems-50-304|/api/v1/problems?limit=50|LIST_TAG problems")
  for req in "${requests[@]}"; do
    IFS='|' read -r name path header <<<"$req"
    for side in base new; do
      case "$name/$side" in
        prob*/base | problem*/base) url="$BASE_PROBLEM" ;;
        prob*/new | problem*/new) url="$NEW_PROBLEM" ;;
        */base) url="$BASE_RECTIFICATION" ;;
        */new) url="$NEW_RECTIFICATION" ;;
      esac
      h="$header"
      if [[ "$header" == LIST_TAG* ]]; then
        h="If-None-Match: ${LIST_TAG[${header#LIST_TAG }/$side]}"
      fi
      echo "$r $name $side $(rps "$url$path" "$h")" | tee -a "$OUT"
    done
  done
done
awk '
  { v[$1, $2, $3] = $4; l[$1, $2, $3] = $5; names[$2] = 1; rounds[$1] = 1 }
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    k = split("rect-live ticket ticket-304 tickets-50 tickets-50-304 tickets-ids prob-live problem problems-50 problems-50-304", order, " ")
    printf "| request | base req/s | base × live | base p99 ms | new req/s | new × live | new p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= k; i++) {
      name = order[i]; if (!(name in names)) continue
      live = (name ~ /^prob/) ? "prob-live" : "rect-live"
      printf "| %s", name
      split("base new", sides, " ")
      for (s = 1; s <= 2; s++) {
        n = 0; delete q; delete x; delete p
        for (r in rounds) if ((r, name, sides[s]) in v) {
          n++; q[n] = v[r, name, sides[s]]; x[n] = v[r, name, sides[s]] / v[r, live, sides[s]]
          p[n] = l[r, name, sides[s]]
        }
        printf " | %.0f | %.3f | %.1f", median(q, n), median(x, n), median(p, n)
      }
      printf " |\n"
    }
  }' "$OUT" >&2
rm -f "$OUT"

#!/usr/bin/env bash
# Two builds of the same services side by side in one run (see bench/README.md, "Per-answer work").
#
#   TOKEN=… TICKET=<id> PROBLEM=<id> ETAG='"0@2026-12-02"' \
#   BASE_RECTIFICATION=http://127.0.0.1:18292 NEW_RECTIFICATION=http://127.0.0.1:18392 \
#   BASE_PROBLEM=http://127.0.0.1:18291 NEW_PROBLEM=http://127.0.0.1:18391 \
#     bench/api/compare-reads.sh [rounds=3] > rounds.txt
#
# Both builds run against the same database. In each round every request is measured on the base
# build and then on the new one (wrk -t2 -c32, BENCH_WARMUP of warm-up then BENCH_DURATION), and
# each service's /q/health/live in the same round, so a noisy machine moves both sides alike. One
# line per measurement: round, request, side, requests/s. The summary (medians of the requests/s
# and of the ratios to /q/health/live of the same round and side) follows on standard error.
set -euo pipefail
: "${TOKEN:?a viewer token}" "${TICKET:?a ticket id}" "${PROBLEM:?a problem id}" "${ETAG:?the ETag of that ticket}"
: "${BASE_RECTIFICATION:?}" "${NEW_RECTIFICATION:?}" "${BASE_PROBLEM:?}" "${NEW_PROBLEM:?}"
ROUNDS="${1:-3}"
D="${BENCH_DURATION:-5s}"
W="${BENCH_WARMUP:-1s}"
AUTH="Authorization: Bearer $TOKEN"
rps() {
  wrk -t2 -c32 -d"$W" -H "$AUTH" -H "$2" "$1" >/dev/null 2>&1
  wrk -t2 -c32 -d"$D" -H "$AUTH" -H "$2" "$1" | awk '/Requests\/sec/ {print $2}'
}
OUT=$(mktemp)
for r in $(seq 1 "$ROUNDS"); do
  for req in "rect-live|/q/health/live|X-Bench: 1" \
    "ticket|/api/v1/tickets/$TICKET|X-Bench: 1" \
    "ticket-304|/api/v1/tickets/$TICKET|If-None-Match: $ETAG" \
    "tickets-50|/api/v1/tickets?limit=50|X-Bench: 1" \
    "prob-live|/q/health/live|X-Bench: 1" \
    "problem|/api/v1/problems/$PROBLEM|X-Bench: 1" \
    "problems-50|/api/v1/problems?limit=50|X-Bench: 1"; do
    IFS='|' read -r name path header <<<"$req"
    for side in base new; do
      case "$name/$side" in
        prob*/base | problem*/base) url="$BASE_PROBLEM" ;;
        prob*/new | problem*/new) url="$NEW_PROBLEM" ;;
        */base) url="$BASE_RECTIFICATION" ;;
        */new) url="$NEW_RECTIFICATION" ;;
      esac
      echo "$r $name $side $(rps "$url$path" "$header")" | tee -a "$OUT"
    done
  done
done
awk '
  { v[$1, $2, $3] = $4; names[$2] = 1; rounds[$1] = 1 }
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    split("rect-live ticket ticket-304 tickets-50 prob-live problem problems-50", order, " ")
    printf "| request | base req/s | base × live | new req/s | new × live |\n|---|---:|---:|---:|---:|\n"
    for (k = 1; k <= 7; k++) {
      name = order[k]; live = (name ~ /^prob/) ? "prob-live" : "rect-live"
      printf "| %s", name
      split("base new", sides, " ")
      for (s = 1; s <= 2; s++) {
        n = 0; delete q; delete x
        for (r in rounds) if ((r, name, sides[s]) in v) {
          n++; q[n] = v[r, name, sides[s]]; x[n] = v[r, name, sides[s]] / v[r, live, sides[s]]
        }
        printf " | %.0f | %.3f", median(q, n), median(x, n)
      }
      printf " |\n"
    }
  }' "$OUT" >&2
rm -f "$OUT"

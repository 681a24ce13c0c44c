#!/usr/bin/env bash
# The HTTP API under load, in one run (see bench/README.md, "API throughput and long polls").
#
#   bench/api-bench.sh [--no-build]
#
# Builds the three services and the local PostgreSQL launcher offline (unless --no-build), starts
# them with deploy/local/run.sh on ports of their own (18281-18283, PostgreSQL 55469, everything in
# a temporary folder), fills the databases with generate_series (50,000 problems, 200,000 tickets,
# 2,000,000 history rows at BENCH_SCALE=1), then measures with wrk and two node scripts: reads of
# each service against its /q/health/live, ticket transitions with 16 clients, and 10,000 concurrent
# long polls of the change feed. Stops everything it started.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCALE="${BENCH_SCALE:-1}"
scaled() { awk -v n="$1" -v s="$SCALE" 'BEGIN { v = int(n * s); print (v < 100 ? 100 : v) }'; }
PROBLEMS=$(scaled 50000)
TICKETS=$(scaled 200000)
HISTORY=$(scaled 2000000)
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-3s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
WRITERS="${BENCH_WRITERS:-16}"
WRITE_SECONDS="${BENCH_WRITE_SECONDS:-15}"
WRITE_WARMUP="${BENCH_WRITE_WARMUP:-5}"
POLLS="${BENCH_POLLS:-10000}"
POLL_WAIT="${BENCH_POLL_WAIT:-30}"
ONLY="${BENCH_ONLY:-}" # "writes": only the transitions (no reads, no long polls); "reads": only the reads
WORK="${BENCH_WORK:-$(mktemp -d /tmp/api-bench.XXXXXX)}"
mkdir -p "$WORK"

# deploy/local/run.sh and stop.sh read these: a set of its own beside any running system.
export BIHUAN_PG_PORT="${BENCH_PG_PORT:-55469}"
export BIHUAN_DATA_DIR="$WORK/data" BIHUAN_RUN_DIR="$WORK/run" BIHUAN_KEYS_DIR="$WORK/keys"
export PROBLEM_PORT="${BENCH_PROBLEM_PORT:-18281}"
export RECTIFICATION_PORT="${BENCH_RECTIFICATION_PORT:-18282}"
export REPORT_PORT="${BENCH_REPORT_PORT:-18283}"
export JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
unset DB_URL

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 (for $1)"
    (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null
  fi
}
[[ "$ONLY" == writes ]] || need wrk wrk
need psql postgresql-client
need node nodejs
need curl curl

cd "$ROOT"
if [[ "${1:-}" != "--no-build" ]]; then
  echo "== building the services and the local PostgreSQL launcher (offline)"
  ./mvnw -B -o -q package -DskipTests -Dspotless.check.skip=true \
    -pl problem-service,rectification-service,report-service,deploy/local/embedded-postgres -am
fi

stop_all() { deploy/local/stop.sh --quiet || true; }
trap stop_all EXIT
echo "== starting PostgreSQL ($BIHUAN_PG_PORT) and the services ($PROBLEM_PORT, $RECTIFICATION_PORT, $REPORT_PORT); work folder $WORK"
deploy/local/run.sh --detach >"$WORK/run.log" 2>&1 || { cat "$WORK/run.log"; exit 1; }
PROBLEMS_URL="http://127.0.0.1:$PROBLEM_PORT"
TICKETS_URL="http://127.0.0.1:$RECTIFICATION_PORT"
REPORTS_URL="http://127.0.0.1:$REPORT_PORT"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 "postgresql://postgres@127.0.0.1:$BIHUAN_PG_PORT/$1" "${@:2}"; }

echo "== generating $PROBLEMS problems, $TICKETS tickets, $HISTORY history rows (BENCH_SCALE=$SCALE)"
START=$(date +%s)
for db in problem rectification report; do
  psql_db "$db" -v db="$db" -v problems="$PROBLEMS" -v tickets="$TICKETS" -v history="$HISTORY" \
    -f bench/api/generate.sql
done
echo "   generated in $(($(date +%s) - START)) s"

VIEWER=$(deploy/local/token.sh --role viewer --ttl 7200)
SUBMITTER=$(deploy/local/token.sh --role admin --name 基准提交人 --sub bench-submitter --ttl 7200)
VERIFIER=$(deploy/local/token.sh --role admin --name 基准验收人 --sub bench-verifier --ttl 7200)
AUTH="Authorization: Bearer $VIEWER"
TICKET=$(psql_db rectification -At -c "select md5('t1')::uuid")
PROBLEM=$(psql_db problem -At -c "select md5('p1')::uuid")
IDS=$(psql_db rectification -At -c "select string_agg(md5('t' || g)::uuid::text, ',') from generate_series(1, 100) g")
ETAG=$(curl -s -o /dev/null -D - -H "$AUTH" "$TICKETS_URL/api/v1/tickets/$TICKET" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')

# name service url [header]: one wrk line; "n/a" when the URL answers 4xx (not there on this build).
declare -A LIVE LIVE_AGAIN
RESULTS="$WORK/reads.txt"
: >"$RESULTS"
measure() {
  # the second header defaults to Accept: a second Authorization header is refused (401)
  local name="$1" service="$2" url="$3" header="${4:-Accept: application/json}" status out rps p50 p99 errors ratio
  status=$(curl -s -o "$WORK/probe.body" -w '%{http_code}' -H "$AUTH" -H "$header" "$url")
  if [[ "$status" == 4* ]]; then
    printf '| %-15s | %-44s | %10s | %8s | %8s | %6s | %s |\n' "$service" "$name" n/a n/a n/a n/a "HTTP $status" | tee -a "$RESULTS"
    return
  fi
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "$AUTH" -H "$header" "$url" >/dev/null 2>&1
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$AUTH" -H "$header" "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  [[ -n "${LIVE[$service]:-}" ]] || LIVE[$service]="$rps"
  [[ "$name" != "/q/health/live, again" ]] || LIVE_AGAIN[$service]="$rps"
  ratio=$(awk -v a="$rps" -v b="${LIVE[$service]}" 'BEGIN { printf "%.2f", a / b }')
  printf '| %-15s | %-44s | %10s | %8s | %8s | %6s | %s |\n' "$service" "$name" "$rps" "$p50" "$p99" "$ratio" \
    "HTTP $status${errors:+, $errors not 2xx/3xx}" | tee -a "$RESULTS"
}

# Every request of a service is run once for $WARMUP before any of them is measured: the JVM then
# compiles the paths of all of them (health, routing, security, the cache) before the first figure,
# so that its first /q/health/live is not measured cold (it was 2.4-2.5x below the last one).
warm() {
  local url="$1" header="${2:-Accept: application/json}"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "$AUTH" -H "$header" "$url" >/dev/null 2>&1 || true
}

if [[ "$ONLY" != writes ]]; then
echo "== warming every read of each service ($WARMUP each, twice) before measuring any"
for _ in 1 2; do
  warm "$TICKETS_URL/q/health/live"
  warm "$TICKETS_URL/api/v1/tickets/$TICKET"
  warm "$TICKETS_URL/api/v1/tickets/$TICKET" "If-None-Match: $ETAG"
  warm "$TICKETS_URL/api/v1/tickets?limit=50"
  warm "$TICKETS_URL/api/v1/tickets?ids=$IDS"
  warm "$PROBLEMS_URL/q/health/live"
  warm "$PROBLEMS_URL/api/v1/problems/$PROBLEM"
  warm "$PROBLEMS_URL/api/v1/problems?limit=50"
  warm "$REPORTS_URL/q/health/live"
  warm "$REPORTS_URL/api/v1/reports/summary"
  warm "$REPORTS_URL/api/v1/reports/breakdown?by=unit"
done
echo "== reads: wrk -t2 -c$CONNECTIONS -d$DURATION --latency after a $WARMUP warm-up, each vs /q/health/live of its service"
echo "| service         | request                                      |  req/s     | p50      | p99      | × live | answer |"
echo "|---|---|---:|---:|---:|---:|---|"
measure "/q/health/live" rectification "$TICKETS_URL/q/health/live"
measure "GET /tickets/{id}" rectification "$TICKETS_URL/api/v1/tickets/$TICKET"
measure "GET /tickets/{id}, If-None-Match (304)" rectification "$TICKETS_URL/api/v1/tickets/$TICKET" "If-None-Match: $ETAG"
measure "GET /tickets?limit=50" rectification "$TICKETS_URL/api/v1/tickets?limit=50"
# The batch read must answer the 100 tickets asked for; a build that ignores ids is not measured.
ids_status=$(curl -s -o "$WORK/ids.json" -w '%{http_code}' -H "$AUTH" "$TICKETS_URL/api/v1/tickets?ids=$IDS")
if [[ "$ids_status" == 200 ]] && [[ $(grep -o "$(cut -d, -f100 <<<"$IDS")" "$WORK/ids.json" | head -1) ]] \
  && [[ $(grep -o "$(cut -d, -f1 <<<"$IDS")" "$WORK/ids.json" | head -1) ]]; then
  measure "GET /tickets?ids= (100 ids)" rectification "$TICKETS_URL/api/v1/tickets?ids=$IDS"
else
  printf '| %-15s | %-44s | %10s | %8s | %8s | %6s | %s |\n' rectification "GET /tickets?ids= (100 ids)" n/a n/a n/a n/a \
    "HTTP $ids_status$([[ "$ids_status" == 200 ]] && echo ", ids not honoured")" | tee -a "$RESULTS"
fi
measure "/q/health/live, again" rectification "$TICKETS_URL/q/health/live"
measure "/q/health/live" problem "$PROBLEMS_URL/q/health/live"
measure "GET /problems/{id}" problem "$PROBLEMS_URL/api/v1/problems/$PROBLEM"
measure "GET /problems?limit=50" problem "$PROBLEMS_URL/api/v1/problems?limit=50"
measure "/q/health/live, again" problem "$PROBLEMS_URL/q/health/live"
measure "/q/health/live" report "$REPORTS_URL/q/health/live"
measure "GET /reports/summary" report "$REPORTS_URL/api/v1/reports/summary"
measure "GET /reports/breakdown?by=unit" report "$REPORTS_URL/api/v1/reports/breakdown?by=unit"
measure "/q/health/live, again" report "$REPORTS_URL/q/health/live"
# Live is measured first and last of each service's requests: each answer again against the mean of
# both (after the warm-up above the two should agree; when they do not, the machine was disturbed).
echo "== the same, each against the mean of its service's two /q/health/live runs"
while IFS='|' read -r _ service name rps _; do
  service=$(xargs <<<"$service"); name=$(xargs <<<"$name"); rps=$(xargs <<<"$rps")
  [[ "$rps" != n/a && -n "${LIVE_AGAIN[$service]:-}" && "$name" != /q/health/live* ]] || continue
  awk -v s="$service" -v n="$name" -v a="$rps" -v l1="${LIVE[$service]}" -v l2="${LIVE_AGAIN[$service]}" \
    'BEGIN { printf "| %-15s | %-44s | %10s | live %.0f / %.0f | %.2f x mean live |\n", s, n, a, l1, l2, a / ((l1 + l2) / 2) }'
done <"$RESULTS"

if [[ "$ONLY" != reads ]]; then
echo "== long polls: $POLLS concurrent GET /api/v1/events?wait=$POLL_WAIT on rectification-service"
node bench/api/long-polls.mjs "$TICKETS_URL" "$VIEWER" "$TICKETS_URL/api/v1/tickets/$TICKET" "$POLLS" "$POLL_WAIT" \
  | tee "$WORK/long-polls.json"
fi

fi

if [[ "$ONLY" != reads ]]; then

echo "== writes: ticket transitions (submit / reject with If-Match), $WRITERS clients, $WRITE_SECONDS s after $WRITE_WARMUP s of warm-up"
# Tickets IN_PROGRESS (g % 8 = 1) whose problem is open (not closed or withdrawn).
WRITE_TICKETS=$(psql_db rectification -At -c "
  select string_agg(id::text, ' ') from (
    select md5('t' || g)::uuid as id from generate_series(1, $TICKETS) g
    where g % 8 = 1 and (1 + g % $PROBLEMS) % 50 <> 0 and (1 + g % $PROBLEMS) % 10 >= 3
    order by g limit $WRITERS) t")
# CPU per transition from /proc: each service's JVM and PostgreSQL's postmaster with its backends.
CPU_PIDS=""
for svc in rectification problem report; do
  pid=$(cat "$BIHUAN_RUN_DIR/$svc-service.pid" 2>/dev/null || true)
  [[ -n "$pid" ]] && CPU_PIDS+="$svc=$pid,"
done
pg_pid=$(head -1 "$BIHUAN_DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)
[[ -n "$pg_pid" ]] && CPU_PIDS+="postgres=tree:$pg_pid"
# shellcheck disable=SC2086
BENCH_CPU_PIDS="$CPU_PIDS" BENCH_PG_URL="postgresql://postgres@127.0.0.1:$BIHUAN_PG_PORT/postgres" node bench/api/transitions.mjs "$TICKETS_URL" "$SUBMITTER" "$VERIFIER" "$WRITE_WARMUP" "$WRITE_SECONDS" $WRITE_TICKETS \
  | tee "$WORK/transitions.json"
fi
echo "== work folder: $WORK (logs in $WORK/run/logs)"

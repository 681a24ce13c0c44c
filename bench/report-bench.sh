#!/usr/bin/env bash
# Benchmark of report-service on 50,000 problems and 200,000 tickets (see bench/README.md).
#
#   bench/report-bench.sh [--no-build]
#
# Builds report-service and the local PostgreSQL launcher (unless --no-build), starts a fresh
# embedded PostgreSQL, starts report-service from its jar with -Xmx256m, fills the projection
# tables with generate_series, then measures with wrk (-t2 -c32 -d10s) /q/health/live,
# /api/v1/reports/summary and /api/v1/reports/breakdown?by=unit, times a full XLSX and CSV export
# of the ledger and reports the peak heap from the GC log. Everything it starts it stops.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/report-bench.XXXXXX)}"
mkdir -p "$WORK"
PG_PORT="${BENCH_PG_PORT:-55439}"
APP_PORT="${BENCH_APP_PORT:-18083}"
PROBLEMS="${BENCH_PROBLEMS:-50000}"
TICKETS="${BENCH_TICKETS:-200000}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-8s}"
HEAP="${BENCH_HEAP:-256m}"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 (for $1)"
    (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null
  fi
}
need wrk wrk
need psql postgresql-client
need openssl openssl
need curl curl

cd "$ROOT"
if [[ "${1:-}" != "--no-build" ]]; then
  echo "== building report-service and the local PostgreSQL launcher"
  ./mvnw -B -q -pl report-service,deploy/local/embedded-postgres -am package -DskipTests \
    -Dspotless.check.skip=true
fi
APP_JAR="$ROOT/report-service/target/quarkus-app/quarkus-run.jar"
PG_JAR="$(ls "$ROOT"/deploy/local/embedded-postgres/target/local-postgres-*.jar | head -1)"

echo "== starting PostgreSQL on port $PG_PORT (data in $WORK/pgdata)"
java -jar "$PG_JAR" start "$WORK/pgdata" "$PG_PORT" report_bench >"$WORK/pg.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  grep -q '^READY' "$WORK/pg.log" 2>/dev/null && break
  sleep 0.5
done
grep -q '^READY' "$WORK/pg.log" || { echo "PostgreSQL did not start:"; cat "$WORK/pg.log"; exit 1; }
JDBC="jdbc:postgresql://localhost:$PG_PORT/report_bench"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 "postgresql://postgres@localhost:$PG_PORT/report_bench")

echo "== signing keys and a viewer token"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
PAYLOAD=$(printf '{"iss":"bihuan-local","aud":"bihuan","sub":"bench","upn":"bench","name":"bench","groups":["viewer"],"iat":%d,"exp":%d}' \
  "$NOW" $((NOW + 7200)) | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$WORK/private.pem" -binary | b64url)
TOKEN="$HEADER.$PAYLOAD.$SIGNATURE"

echo "== starting report-service (-Xmx$HEAP) on port $APP_PORT"
QUARKUS_DATASOURCE_JDBC_URL="$JDBC" java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" \
  -Dquarkus.http.port="$APP_PORT" \
  -Dmp.jwt.verify.publickey.location="$WORK/public.pem" \
  -Dreport.feed.enabled=false \
  -Dquarkus.log.level=WARN \
  -jar "$APP_JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
PIDS+=("$APP_PID")
BASE="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 120); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "report-service did not start:"; cat "$WORK/app.log"; exit 1; }

echo "== generating $PROBLEMS problems and $TICKETS tickets"
START=$(date +%s.%N)
"${PSQL[@]}" <<SQL
insert into report_source (id, title, kind, organization, held_on, created_at)
select 's-' || g, '来源' || g || '：2024年度民主生活会', 'MEETING', '党委', date '2024-01-01' + g,
       now() - interval '200 days'
from generate_series(1, 50) g;

insert into report_problem (id, number, source_id, category_path, category, title, description,
                            status, created_at, closed_at, withdrawn_at)
select 'p-' || g, 'P-2024-' || lpad(g::text, 5, '0'), 's-' || (1 + g % 50),
       array[(array['理论学习方面','作风建设方面','组织生活方面','纪律方面','担当作为方面',
                    '联系群众方面','廉洁自律方面','制度执行方面'])[1 + g % 8], '细项' || (g % 5)],
       (array['理论学习方面','作风建设方面','组织生活方面','纪律方面','担当作为方面',
              '联系群众方面','廉洁自律方面','制度执行方面'])[1 + g % 8],
       '问题' || g, '问题描述' || g || '：学习贯彻不够深入，联系实际不够紧密。',
       case when g % 50 = 0 then 'WITHDRAWN' when g % 10 < 3 then 'CLOSED' else 'RECTIFYING' end,
       now() - ((g % 180) || ' days')::interval,
       case when g % 50 <> 0 and g % 10 < 3 then now() - ((g % 30) || ' days')::interval end,
       case when g % 50 = 0 then now() - interval '10 days' end
from generate_series(1, $PROBLEMS) g;

insert into report_ticket (id, number, source_ids, measure, responsible_person, leader_in_charge,
                           timing, deadline, effective_deadline, report_every, status, created_at,
                           updated_at, submitted_at, verified_at, cancelled_at, last_progress_at,
                           progress_percent, evidence_count, extension_approved)
select 't-' || g, 'T-2024-' || lpad(g::text, 6, '0'), array['s-' || (1 + (g % $PROBLEMS) % 50)],
       '整改措施' || g || '：建立健全学习制度，定期开展专题学习。', '责任人' || (g % 300),
       '领导' || (g % 12),
       case when g % 10 = 0 then 'LONG_TERM' when g % 10 < 3 then 'IMMEDIATE' else 'DEADLINE' end,
       case when g % 10 = 0 then null else current_date + (g % 120 - 60) end,
       case when g % 10 = 0 then null when g % 17 = 0 then current_date + (g % 120 - 40)
            else current_date + (g % 120 - 60) end,
       case when g % 7 = 0 then 'MONTH' when g % 11 = 0 then 'WEEK' end,
       (array['ASSIGNED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','VERIFIED','VERIFIED','VERIFIED',
              'CANCELLED'])[1 + g % 8],
       now() - ((g % 200) || ' days')::interval, now(),
       case when g % 8 in (3, 4, 5, 6) then now() - ((g % 50) || ' days')::interval end,
       case when g % 8 in (4, 5, 6) then now() - ((g % 40) || ' days')::interval end,
       case when g % 8 = 7 then now() - interval '3 days' end,
       case when g % 3 = 0 then now() - ((g % 90) || ' days')::interval end,
       (g % 11) * 10, g % 4, g % 17 = 0
from generate_series(1, $TICKETS) g;

insert into report_ticket_unit (ticket_id, name, external_id)
select 't-' || g, '单位' || lpad((g % 20)::text, 2, '0'), 'oa-' || (g % 20)
from generate_series(1, $TICKETS) g;
insert into report_ticket_unit (ticket_id, name, external_id)
select 't-' || g, '单位' || lpad(((g + 7) % 20)::text, 2, '0'), 'oa-' || ((g + 7) % 20)
from generate_series(10, $TICKETS, 10) g;

insert into report_ticket_problem (ticket_id, problem_id)
select 't-' || g, 'p-' || (1 + g % $PROBLEMS) from generate_series(1, $TICKETS) g;

insert into feed_position (feed, position, updated_at, last_occurred_at)
values ('problem', $PROBLEMS * 2, now(), now() - interval '1 minute'),
       ('rectification', $TICKETS * 3, now(), now())
on conflict (feed) do update set position = excluded.position,
  last_occurred_at = excluded.last_occurred_at;
analyze;
SQL
printf '   generated in %.1f s\n' "$(echo "$(date +%s.%N) - $START" | bc)"

AUTH="Authorization: Bearer $TOKEN"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/api/v1/reports/summary")
[[ "$status" == 200 ]] || { echo "summary answered $status"; curl -s -H "$AUTH" "$BASE/api/v1/reports/summary"; exit 1; }

echo "== uncached (first) answers"
for path in "/api/v1/reports/summary?unit=%E5%8D%95%E4%BD%8D03" "/api/v1/reports/breakdown?by=category" \
  "/api/v1/reports/trend?interval=week" "/api/v1/reports/overdue?limit=50"; do
  curl -s -o /dev/null -w "   HTTP %{http_code} in %{time_total} s  $path\n" -H "$AUTH" "$BASE$path"
done

run_wrk() { # name url [authorization header]
  local name="$1" url="$2" out
  if [[ $# -gt 2 ]]; then
    out=$(wrk -t2 -c32 -d"$DURATION" --latency -H "$3" "$url")
  else
    out=$(wrk -t2 -c32 -d"$DURATION" --latency "$url")
  fi
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-34s %12s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$name $rps" >>"$WORK/rps.txt"
}

BAD_AUTH="Authorization: Bearer ${TOKEN%.*}.AAAA"
echo "== warm-up: $WARMUP of wrk on each endpoint (JIT)"
wrk -t2 -c32 -d"$WARMUP" "$BASE/q/health/live" >/dev/null 2>&1
wrk -t2 -c32 -d"$WARMUP" -H "$AUTH" "$BASE/api/v1/reports/summary" >/dev/null 2>&1
wrk -t2 -c32 -d"$WARMUP" -H "$AUTH" "$BASE/api/v1/reports/breakdown?by=unit" >/dev/null 2>&1
echo "== wrk -t2 -c32 -d$DURATION --latency"
printf '%-34s %12s %10s %10s %8s\n' endpoint requests/s p50 p99 non-2xx
run_wrk /q/health/live "$BASE/q/health/live"
run_wrk /api/v1/reports/summary "$BASE/api/v1/reports/summary" "$AUTH"
run_wrk "/api/v1/reports/breakdown?by=unit" "$BASE/api/v1/reports/breakdown?by=unit" "$AUTH"
# For comparison: the same URL with a forged signature, i.e. the bearer-token check alone.
run_wrk "summary, forged token (401)" "$BASE/api/v1/reports/summary" "$BAD_AUTH"
awk 'NR == 1 {live = $NF} NR > 1 {rps = $NF; $NF = ""; printf "   %s: %.2f x health/live\n", $0, rps / live}' \
  "$WORK/rps.txt"

echo "== ledger exports (every row, streamed)"
for format in xlsx csv; do
  curl -s -o "$WORK/ledger.$format" -H "$AUTH" \
    -w "   $format: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    "$BASE/api/v1/reports/ledger?format=$format"
done
echo "   csv rows (without header): $(( $(wc -l <"$WORK/ledger.csv") - 1 ))"
if [[ "$(head -c 3 "$WORK/ledger.csv" | od -An -tx1 | tr -d ' ')" == "efbbbf" ]]; then
  echo "   csv starts with the UTF-8 BOM"
fi

echo "== heap (-Xmx$HEAP)"
jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n '1,3p' | sed 's/^/   /' || true
awk '{ if (match($0, /([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/, m)) { if (m[1] > max) max = m[1]; cap = m[3] } }
     END { printf "   peak heap used before a collection (GC log): %d MB of %d MB committed\n", max, cap }' \
  "$WORK/gc.log"
if grep -q OutOfMemoryError "$WORK/app.log"; then echo "   OutOfMemoryError in the log!"; fi

echo "== the figures (summary)"
curl -s -H "$AUTH" "$BASE/api/v1/reports/summary" | sed 's/^/   /'
echo
echo "== work folder: $WORK"

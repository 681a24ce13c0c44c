#!/usr/bin/env bash
# Change feed throughput: fills rectification-service's feed with N events (ticket-sized JSON),
# then (1) one consumer walks the whole feed page by page (after=<next>&limit=1000) and
# (2) wrk reads full pages with 8 connections. Prints events/s. Target: >= 50,000 events/s.
# Needs the packaged services (./mvnw -B package -DskipTests), psql, wrk, python3, openssl.
#
#   bench/feed-throughput.sh [events]     (default 200000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-200000}"
WORK=$(mktemp -d /tmp/feed-bench.XXXXXX)
PG_PORT=55442 APP_PORT=18382
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
for tool in psql wrk python3 openssl; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install -y postgresql-client wrk python3 openssl)" >&2; exit 1; }
done

java -jar "$ROOT/deploy/local/embedded-postgres/target/local-postgres-1.0.0-SNAPSHOT.jar" start \
  "$WORK/pg" "$PG_PORT" rectification >"$WORK/pg.log" 2>&1 &
PIDS+=($!)
until grep -q '^READY' "$WORK/pg.log"; do sleep 0.5; done
export BIHUAN_KEYS_DIR="$WORK/keys"
TOKEN=$("$ROOT/deploy/local/token.sh" --role viewer)
java -Xmx512m -Dquarkus.http.port=$APP_PORT \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$PG_PORT/rectification?user=postgres" \
  -Dmp.jwt.verify.publickey.location="$WORK/keys/public.pem" \
  -Dbihuan.service-token.public-keys="$WORK/keys/services" \
  -jar "$ROOT/rectification-service/target/quarkus-app/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
PIDS+=($!)
until curl -fs "http://localhost:$APP_PORT/q/health/ready" >/dev/null; do sleep 0.5; done

echo "== writing $N events"
psql -q "postgresql://postgres@localhost:$PG_PORT/rectification" <<SQL
insert into change_event (position, id, type, occurred_at, resource_type, resource_id, data)
select nextval('change_event_position_seq'), gen_random_uuid(), 'ticket.updated', now(), 'ticket',
       gen_random_uuid()::text,
       jsonb_build_object('id', gen_random_uuid(), 'number', 'T-2024-' || lpad(i::text, 6, '0'),
         'problemIds', jsonb_build_array(gen_random_uuid()), 'measure', '建立党费收缴台账，按月核对，逐月通报' || i,
         'responsibleUnits', jsonb_build_array(jsonb_build_object('name', '党委办公室', 'externalId', null)),
         'responsiblePerson', '张三', 'leaderInCharge', '李四', 'timing', 'DEADLINE',
         'deadline', '2024-06-30', 'effectiveDeadline', '2024-06-30', 'status', 'IN_PROGRESS',
         'overdue', false, 'dueSoon', false, 'light', 'GREEN', 'version', 3,
         'createdAt', now(), 'updatedAt', now())
from generate_series(1, $N) i;
analyze change_event;
SQL

echo "== one consumer walking the feed (limit=1000)"
python3 - "$APP_PORT" "$TOKEN" "$N" <<'PY'
import http.client, json, sys, time
port, token, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("localhost", port)
after, seen, pages, t0 = 0, 0, 0, time.time()
while True:
    conn.request("GET", f"/api/v1/events?after={after}&limit=1000", headers={"Authorization": "Bearer " + token})
    page = json.loads(conn.getresponse().read())
    if not page["events"]:
        break
    seen += len(page["events"]); pages += 1; after = page["next"]
dt = time.time() - t0
print(f"   {seen} events in {pages} pages, {dt:.2f} s: {seen / dt:,.0f} events/s (client parses every event)")
assert seen == n, f"expected {n} events, saw {seen}"
PY

for conns in 1 8; do
echo "== wrk -t1 -c$conns -d10s, pages of 1000 events at random positions"
cat >"$WORK/pages.lua" <<LUA
math.randomseed(os.time())
request = function()
  local after = math.random(0, $N - 1000)
  return wrk.format("GET", "/api/v1/events?limit=1000&after=" .. after)
end
LUA
out=$(wrk -t1 -c$conns -d10s -s "$WORK/pages.lua" -H "Authorization: Bearer $TOKEN" "http://localhost:$APP_PORT")
rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
echo "$out" | grep -E "Latency|Requests/sec|Transfer/sec" | sed 's/^/   /'
python3 -c "print(f'   {float(\"$rps\") * 1000:,.0f} events/s served with $conns connection(s)')"
done

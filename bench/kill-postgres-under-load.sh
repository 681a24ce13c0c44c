#!/usr/bin/env bash
# Kills the embedded PostgreSQL of deploy/local/run.sh with SIGKILL while several writers create
# tickets and move them ASSIGNED → IN_PROGRESS through rectification-service's HTTP API, starts it
# again, and checks that every write that was acknowledged (2xx) is there: each acknowledged ticket
# exists, each acknowledged start left it IN_PROGRESS. Prints acknowledged / found / lost.
#
#   bench/kill-postgres-under-load.sh [writers=6] [seconds-before-kill=15] [seconds-after-restart=15]
#
# Runs on its own data, keys and ports (BIHUAN_DATA_DIR etc. under a temporary folder; ports from
# PROBLEM_PORT, RECTIFICATION_PORT, REPORT_PORT, BIHUAN_PG_PORT or 18581-18583, 55346), never on
# deploy/local/.data. Needs python3, curl, openssl and the build that run.sh makes.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WRITERS="${1:-6}" BEFORE="${2:-15}" AFTER="${3:-15}"
WORK="$(mktemp -d /tmp/bihuan-kill-pg.XXXXXX)"
export BIHUAN_DATA_DIR="$WORK/data" BIHUAN_RUN_DIR="$WORK/run" BIHUAN_KEYS_DIR="$WORK/keys"
export PROBLEM_PORT="${PROBLEM_PORT:-18581}" RECTIFICATION_PORT="${RECTIFICATION_PORT:-18582}"
export REPORT_PORT="${REPORT_PORT:-18583}" BIHUAN_PG_PORT="${BIHUAN_PG_PORT:-55346}"
export JAVA_OPTS="${JAVA_OPTS:--Xmx384m}"
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
cleanup() { "$ROOT/deploy/local/stop.sh" --quiet || true; }
trap cleanup EXIT

say "Starting the product (run.sh --detach) on $PROBLEM_PORT/$RECTIFICATION_PORT/$REPORT_PORT, PostgreSQL $BIHUAN_PG_PORT, in $WORK"
"$ROOT/deploy/local/run.sh" --detach >"$WORK/run.log" 2>&1 || { cat "$WORK/run.log"; exit 1; }
grep -q 'fsync=on synchronous_commit=on full_page_writes=on' "$WORK/run/logs/postgres.log" \
  || { echo "the embedded PostgreSQL does not report durable settings:"; cat "$WORK/run/logs/postgres.log"; exit 1; }
TOKEN=$("$ROOT/deploy/local/token.sh" --role admin)
P="http://localhost:$PROBLEM_PORT" R="http://localhost:$RECTIFICATION_PORT"
src=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"断电演练：整改清单","kind":"MEETING","organization":"党委","heldOn":"2024-01-15"}' \
  "$P/api/v1/sources" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
problem=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"sourceId\":\"$src\",\"categoryPath\":[\"党的建设\"],\"title\":\"断电演练问题\",\"description\":\"用于断电演练的问题\"}" \
  "$P/api/v1/problems" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

kill_and_restart() {
  sleep "$BEFORE"
  local pg pgpid
  pgpid=$(head -n 1 "$BIHUAN_DATA_DIR/postgres/postmaster.pid")
  say "kill -9 PostgreSQL (postmaster pid $pgpid) under load"
  kill -KILL "$pgpid"
  while kill -0 "$pgpid" 2>/dev/null; do sleep 0.1; done
  # Its backends notice and exit; the launcher JVM is still waiting for a server that is gone.
  sleep 3
  pg=$(cat "$BIHUAN_RUN_DIR/postgres.pid")
  kill -TERM "$pg" 2>/dev/null || true
  while kill -0 "$pg" 2>/dev/null; do sleep 0.2; done
  say "starting PostgreSQL again on the same data (crash recovery)"
  nohup java -XX:+ExitOnOutOfMemoryError -jar "$ROOT/deploy/local/embedded-postgres/target/local-postgres-1.0.0-SNAPSHOT.jar" \
    start "$BIHUAN_DATA_DIR/postgres" "$BIHUAN_PG_PORT" problem,rectification,report >"$BIHUAN_RUN_DIR/logs/postgres-2.log" 2>&1 &
  echo $! >"$BIHUAN_RUN_DIR/postgres.pid"
  until grep -q '^READY' "$BIHUAN_RUN_DIR/logs/postgres-2.log"; do sleep 0.5; done
  say "PostgreSQL is back"
}
kill_and_restart &
killer=$!

say "$WRITERS writers for $BEFORE s, the kill, then $AFTER s more after the restart"
python3 - "$R" "$TOKEN" "$problem" "$WRITERS" "$((BEFORE + 25 + AFTER))" "$WORK/acks.json" "$BIHUAN_RUN_DIR/logs/postgres-2.log" "$AFTER" <<'PY'
import json, os, sys, threading, time, uuid, urllib.request, urllib.error
base, token, problem, writers, limit, out, restarted_log, after = sys.argv[1:]
writers, limit, after = int(writers), float(limit), float(after)
H = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
lock = threading.Lock()
acks = {"created": [], "started": [], "after_restart": 0}
failures = {"count": 0}
back_at = {"t": None}

def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, headers=dict(H, **{"Idempotency-Key": str(uuid.uuid4())}),
                                 data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None
    except Exception:
        return 0, None

def writer(n):
    i = 0
    while True:
        now = time.time()
        if back_at["t"] is None and os.path.exists(restarted_log) and "READY" in open(restarted_log).read():
            back_at["t"] = now
        if back_at["t"] is not None and now - back_at["t"] > after:
            return
        if now - start > limit:
            return
        i += 1
        status, t = call("POST", "/api/v1/tickets", {"problemIds": [problem], "measure": f"断电演练 写入者{n} 第{i}条",
                        "responsibleUnits": [{"name": "党委办公室"}], "timing": "DEADLINE", "deadline": "2030-06-30"})
        if not 200 <= status < 300:
            with lock: failures["count"] += 1
            time.sleep(0.2)
            continue
        with lock:
            acks["created"].append(t["id"])
            if back_at["t"] is not None: acks["after_restart"] += 1
        status, _ = call("POST", f"/api/v1/tickets/{t['id']}/start", {})
        if 200 <= status < 300:
            with lock: acks["started"].append(t["id"])
        else:
            with lock: failures["count"] += 1

start = time.time()
threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
for t in threads: t.start()
for t in threads: t.join()
json.dump(dict(acks, failures=failures["count"]), open(out, "w"))
PY
wait "$killer"

say "checking every acknowledged write"
python3 - "$R" "$TOKEN" "$WORK/acks.json" <<'PY'
import json, sys, urllib.request, urllib.error
base, token, path = sys.argv[1:]
acks = json.load(open(path))
H = {"Authorization": "Bearer " + token}
def get(tid):
    try:
        with urllib.request.urlopen(urllib.request.Request(f"{base}/api/v1/tickets/{tid}", headers=H), timeout=10) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        return None
created_found = started_found = 0
lost = []
started = set(acks["started"])
for tid in acks["created"]:
    t = get(tid)
    if t is None:
        lost.append(("ticket", tid)); continue
    created_found += 1
    if tid in started:
        if t["status"] != "ASSIGNED":
            started_found += 1
        else:
            lost.append(("start", tid))
n_created, n_started = len(acks["created"]), len(started)
print(f"acknowledged writes   {n_created + n_started}  ({n_created} tickets created, {n_started} started)")
print(f"found                 {created_found + started_found}  ({created_found} tickets, {started_found} IN_PROGRESS)")
print(f"lost                  {len(lost)}" + (f"  {lost[:10]}" if lost else ""))
print(f"refused while PostgreSQL was down or recovering (not acknowledged): {acks['failures']}")
print(f"tickets acknowledged after the restart (the services reconnected): {acks['after_restart']}")
sys.exit(1 if lost else 0)
PY

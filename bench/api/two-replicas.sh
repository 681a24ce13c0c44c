#!/usr/bin/env bash
# Two rectification-service instances (A and B) on one database: how long until a transition
# written on A is seen by a poller of B, and how many stale 304s B answers after A answered the
# write. Needs the packaged services (./mvnw -B package -DskipTests), python3, curl and openssl.
#
#   bench/api/two-replicas.sh [writes=30]
#   BENCH_APPS=<folder of <service>/quarkus-run.jar> BENCH_LAUNCHER=<PostgreSQL launcher jar> …
#
# One ticket is moved on A (start, a progress report, then submit and reject alternately, each
# with If-Match). Meanwhile three pollers ask B back to back over one keep-alive connection each:
#   - third-party: GET /tickets/{id} with If-None-Match of the last answer it received;
#   - list: GET /tickets?ids={id} with If-None-Match of the last page it received;
#   - writer's tag: GET /tickets/{id} with If-None-Match of the ETag A answered to the last write
#     (what docs/integration.md tells a client that wants to read its own write elsewhere).
# Per poller and write: the time from A's answer to the first answer of B showing the new version,
# and the answers of B to requests sent after A's answer that still showed an older version
# (stale; a 304 to an old tag counts as showing it). Prints one line per poller: writes, median and
# greatest time to seen (ms), stale answers in all and how many were 304s.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N="${1:-30}"
WORK=$(mktemp -d /tmp/two-replicas.XXXXXX)
PG_PORT="${BENCH_PG_PORT:-55451}" P_PORT=18481 A_PORT=18482 B_PORT=18483
. "$ROOT/bench/lib/two-instances.sh"

require_jars
start_postgres " (work folder $WORK)"
ADMIN=$(token --role admin --name 基准提交人 --sub bench-submitter)
VERIFIER=$(token --role admin --name 基准验收人 --sub bench-verifier)
VIEWER=$(token --role viewer)

JVM_OPTS=(-Xmx512m -XX:+ExitOnOutOfMemoryError)
SERVICE_OPTS=(-Dquarkus.rest-client.problem-feed.url="http://localhost:$P_PORT")
start_services

post() { # url token body
  curl -fsS -X POST "$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -d "$3"
}
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
SOURCE=$(post "http://localhost:$P_PORT/api/v1/sources" "$ADMIN" \
  '{"title": "两实例基准", "kind": "MEETING", "organization": "党委", "heldOn": "2024-01-15"}' | field id)
PROBLEM=$(post "http://localhost:$P_PORT/api/v1/problems" "$ADMIN" \
  "{\"sourceId\": \"$SOURCE\", \"categoryPath\": [\"作风建设方面\"], \"title\": \"两实例问题\", \"description\": \"说明\"}" | field id)
DEADLINE=$(date -d '+30 days' +%F)
TICKET=$(post "http://localhost:$A_PORT/api/v1/tickets" "$ADMIN" \
  "{\"problemIds\": [\"$PROBLEM\"], \"measure\": \"建立台账，逐项销号。\", \"responsibleUnits\": [{\"name\": \"办公室\"}], \"responsiblePerson\": \"张三\", \"leaderInCharge\": \"李书记\", \"timing\": \"DEADLINE\", \"deadline\": \"$DEADLINE\"}" | field id)
say "ticket $TICKET; $N writes on A, three pollers on B"

python3 - "$A_PORT" "$B_PORT" "$TICKET" "$ADMIN" "$VERIFIER" "$VIEWER" "$N" <<'PY'
import datetime, http.client, json, statistics, sys, threading, time, uuid, zoneinfo
a_port, b_port, ticket, admin, verifier, viewer, n = sys.argv[1:8]
n = int(n)
now = time.monotonic

def call(conn, method, path, token, headers=None, body=None):
    h = {"Authorization": "Bearer " + token}
    h.update(headers or {})
    if body is not None:
        h["Content-Type"] = "application/json"
        h["Idempotency-Key"] = str(uuid.uuid4())
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    return r.status, r.getheader("ETag"), data

def version_of_tag(tag):
    return int(tag.strip('W/"').split("@")[0])

acked = []           # (time A answered, version), in order
written = {"tag": None}
stop = threading.Event()
observations = {}    # poller -> list of (sent, received, version shown, status)

def poller(name, path, tag_from_writer):
    conn = http.client.HTTPConnection("127.0.0.1", int(b_port))
    seen = []
    observations[name] = seen
    tag, version = None, None
    while not stop.is_set():
        if tag_from_writer and written["tag"]:
            header = {"If-None-Match": written["tag"]}
        else:
            header = {"If-None-Match": tag} if tag else {}
        sent = now()
        status, etag, data = call(conn, "GET", path, viewer, header)
        received = now()
        if status == 200:
            body = json.loads(data)
            version = body["items"][0]["version"] if "items" in body else body["version"]
            tag = etag
        elif status == 304 and tag_from_writer:
            version = version_of_tag(header["If-None-Match"])
        elif status != 304:
            raise SystemExit(f"{name}: {status} {data[:200]}")
        seen.append((sent, received, version, status))

a = http.client.HTTPConnection("127.0.0.1", int(a_port))
def write(action, token, body, if_match):
    status, etag, data = call(a, "POST", f"/api/v1/tickets/{ticket}/{action}", token,
                              {"If-Match": if_match} if if_match else {}, body)
    if status not in (200, 201):
        raise SystemExit(f"{action}: {status} {data[:300]}")
    return etag, json.loads(data)

status, etag, data = call(a, "GET", f"/api/v1/tickets/{ticket}", admin)
etag, _ = write("start", admin, "{}", etag)
# the organisation's today (bihuan.time-zone, Asia/Shanghai by default), not the machine's: a report
# dated before the day the ticket was created there is refused (from 16:00 UTC on, that is UTC's day)
today = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).date().isoformat()
etag2, _ = write("progress", admin, json.dumps({"date": today, "note": "已开展整改", "percent": 40}), None)
status, etag, data = call(a, "GET", f"/api/v1/tickets/{ticket}", admin)
written["tag"] = etag
threads = [threading.Thread(target=poller, args=args, daemon=True) for args in (
    ("third-party", f"/api/v1/tickets/{ticket}", False),
    ("list ?ids=", f"/api/v1/tickets?ids={ticket}", False),
    ("writer's tag", f"/api/v1/tickets/{ticket}", True))]
for t in threads:
    t.start()
time.sleep(2)
for i in range(n):
    if i % 2 == 0:
        etag, view = write("submit", admin, "{}", etag)
    else:
        etag, view = write("reject", verifier, json.dumps({"comment": f"请补充材料{i}"}), etag)
    written["tag"] = etag  # before the time is taken: a request sent after it names this tag
    acked.append((now(), view["version"]))
    time.sleep(1.5)
stop.set()
for t in threads:
    t.join(10)

print(f"{'poller':<14} {'writes':>6} {'seen p50 ms':>12} {'seen max ms':>12} {'stale':>6} {'stale 304':>10} {'requests':>9}")
for name, seen in observations.items():
    delays, stale, stale304 = [], 0, 0
    for k, (t_ack, v) in enumerate(acked):
        t_next = acked[k + 1][0] if k + 1 < len(acked) else float("inf")
        first = next((rcv for (snt, rcv, ver, st) in seen if snt >= t_ack and ver is not None and ver >= v), None)
        delays.append((first - t_ack) * 1000 if first is not None else float("inf"))
        for (snt, rcv, ver, st) in seen:
            if t_ack <= snt < t_next and ver is not None and ver < v:
                stale += 1
                stale304 += st == 304
    finite = [d for d in delays if d != float("inf")]
    print(f"{name:<14} {len(acked):>6} {statistics.median(finite) if finite else float('nan'):>12.1f}"
          f" {max(delays):>12.1f} {stale:>6} {stale304:>10} {len(seen):>9}")
PY

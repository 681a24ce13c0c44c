#!/usr/bin/env bash
# Two rectification-service instances on one database, one webhook subscriber: every ticket event
# is delivered, none is acknowledged twice, and restarting an instance between attempts loses
# nothing. Prints the figures. Needs the packaged services (./mvnw -B package -DskipTests),
# python3, curl and openssl.
#
#   bench/webhooks-two-instances.sh [tickets]      (default 100 tickets = 200 ticket events)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-100}"
WORK=$(mktemp -d /tmp/webhooks-bench.XXXXXX)
PG_PORT=55441 P_PORT=18181 A_PORT=18282 B_PORT=18283 HOOK_PORT=18999
. "$ROOT/bench/lib/two-instances.sh"

require_jars
start_postgres
TOKEN=$(token --role admin)
VERIFIER=$(token --role verifier --name 王验收)

SERVICE_OPTS=(-Dbihuan.webhooks.allow-local-targets=true
  -Dbihuan.webhooks.retry-schedule=PT1S,PT2S,PT3S,PT5S,PT8S,PT13S)
start_services

say "receiver on $HOOK_PORT (answers 503 to the first attempt of every event, verifies signatures)"
cat >"$WORK/receiver.py" <<'PY'
import base64, hashlib, hmac, http.server, json, sys, threading
port, secret_file, log = int(sys.argv[1]), sys.argv[2], open(sys.argv[3], "a", buffering=1)
seen, lock = {}, threading.Lock()
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        wid, ts, sig = (self.headers[h] for h in ("webhook-id", "webhook-timestamp", "webhook-signature"))
        key = base64.b64decode(open(secret_file).read().strip()[len("whsec_"):])
        expected = "v1," + base64.b64encode(hmac.new(key, f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        valid = any(hmac.compare_digest(expected, s) for s in sig.split(" "))
        with lock:
            seen[wid] = seen.get(wid, 0) + 1
            status = 503 if seen[wid] == 1 else (204 if valid else 401)
        log.write(json.dumps({"id": wid, "type": json.loads(body)["type"], "status": status, "valid": valid}) + "\n")
        self.send_response(status); self.end_headers()
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
PY
touch "$WORK/secret"
python3 "$WORK/receiver.py" $HOOK_PORT "$WORK/secret" "$WORK/received.jsonl" &
PIDS+=($!)

api -X POST "http://localhost:$A_PORT/api/v1/webhooks" \
  -d "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hook\",\"events\":[\"ticket.*\"]}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])' >"$WORK/secret"
problem=$(new_problem 投递测试)

say "creating $N tickets and starting each, alternating between A and B; A restarts half-way"
for i in $(seq 1 "$N"); do
  port=$([ $((i % 2)) = 0 ] && echo $A_PORT || echo $B_PORT)
  if [ "$i" = $((N / 2)) ]; then
    kill -TERM "$A"; wait "$A" 2>/dev/null || true
    A=$(start rect-a $A_PORT rectification rectification-service); PIDS+=($A)
    ready $A_PORT
  fi
  id=$(api -X POST "http://localhost:$port/api/v1/tickets" -d "{\"problemIds\":[\"$problem\"],\"measure\":\"整改措施$i\",\"responsibleUnits\":[{\"name\":\"单位$((i % 5))\"}],\"responsiblePerson\":\"责任人$i\",\"timing\":\"DEADLINE\",\"deadline\":\"2030-06-30\"}" |
    id)
  api -X POST "http://localhost:$port/api/v1/tickets/$id/start" -d '{}' >/dev/null
done

events=$(curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$B_PORT/api/v1/events?limit=1000" |
  python3 -c 'import json,sys; print(sum(1 for e in json.load(sys.stdin)["events"] if e["type"].startswith("ticket.")))')
say "waiting until the receiver has acknowledged all $events ticket events"
deadline=$(( $(date +%s) + 180 ))
while :; do
  acked=$(python3 -c 'import json,sys; print(len({r["id"] for r in map(json.loads, open(sys.argv[1])) if r["status"] == 204}))' "$WORK/received.jsonl")
  [ "$acked" -ge "$events" ] || [ "$(date +%s)" -gt "$deadline" ] && break
  sleep 1
done
sleep 3
python3 - "$WORK/received.jsonl" "$events" <<'PY'
import collections, json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
events = int(sys.argv[2])
acked = collections.Counter(r["id"] for r in rows if r["status"] == 204)
print(f"ticket events in the feed            {events}")
print(f"requests received                    {len(rows)}")
print(f"invalid signatures                   {sum(1 for r in rows if not r['valid'])}")
print(f"distinct events acknowledged (2xx)   {len(acked)}")
print(f"events acknowledged more than once   {sum(1 for c in acked.values() if c > 1)}")
print(f"events never delivered               {events - len(acked)}")
PY
echo "logs and receiver log: $WORK"

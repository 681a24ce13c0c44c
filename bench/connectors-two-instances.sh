#!/usr/bin/env bash
# Two rectification-service instances on one database, both sending to one 泛微 统一待办中心
# (weaver-todo connector, per-person to-dos) and one signed DingTalk group robot (dingtalk-robot):
# every to-do is pushed opened once and closed once, every 督办 reminder (due soon, due today,
# overdue, supervised) is sent once, the robot gets at most 20 messages in any 60 s and every
# event it subscribes to is carried by a message. A Python receiver plays both (verifying the
# robot's signatures) and counts what arrives; the change feed says what should have. Needs the
# packaged services (./mvnw -B package -DskipTests), python3, curl and openssl.
#
#   bench/connectors-two-instances.sh [tickets]      (default 75 tickets, a multiple of 3)
#
# Environment: RECEIVER_HOST (default 127.0.0.1), the address the receiver listens on and the
# connectors are registered with; the services are started with
# bihuan.webhooks.allow-local-targets=true so that a receiver on this machine is allowed
# (BIHUAN_ALLOW_LOCAL_TARGETS=false to leave it at the service's default and give
# RECEIVER_HOST a private address of this machine instead). WAIT_SECONDS (default 300): how long
# to wait for the receiver to get everything the feed says is due.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-75}"
RECEIVER_HOST="${RECEIVER_HOST:-127.0.0.1}"
ALLOW_LOCAL="${BIHUAN_ALLOW_LOCAL_TARGETS:-true}"
WAIT_SECONDS="${WAIT_SECONDS:-300}"
WORK=$(mktemp -d /tmp/connectors-bench.XXXXXX)
PG_PORT=55461 P_PORT=18195 A_PORT=18296 B_PORT=18297 OA_PORT=18998
. "$ROOT/bench/lib/two-instances.sh"
say() { printf '== %s [%s]\n' "$*" "$(date -u +%T)"; }

require_jars
start_postgres
TOKEN=$(token --role admin)
VERIFIER=$(token --role verifier --name 王验收 --sub wangys)

# The deadline sweep (reminders, and the to-dos time alone opens) every 2 s on both instances
# instead of every 10 minutes; dates are those of bihuan.time-zone (Asia/Shanghai, the default).
SERVICE_OPTS=(-Dquarkus.rest-client.problem-feed.url="http://localhost:$P_PORT"
  -Dbihuan.time-zone=Asia/Shanghai
  -Dbihuan.tickets.notice-every=2s
  -Dbihuan.todos.link-base-url=https://zhenggai.example.gov.cn
  -Dbihuan.webhooks.retry-schedule=PT1S,PT2S,PT3S,PT5S,PT8S,PT13S
  -Dbihuan.webhooks.allow-local-targets="$ALLOW_LOCAL")
start_services

say "OA receiver on $RECEIVER_HOST:$OA_PORT: 泛微 /rest/ofs/ReceiveRequestInfoByJson and the robot /robot/send"
ROBOT_SECRET="SEC$(openssl rand -hex 16)"
cat >"$WORK/receiver.py" <<'PY'
import base64, hashlib, hmac, http.server, json, sys, threading, time, urllib.parse
host, port, secret, log = sys.argv[1], int(sys.argv[2]), sys.argv[3], open(sys.argv[4], "a", buffering=1)
lock = threading.Lock()
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        url = urllib.parse.urlsplit(self.path)
        row = {"at": time.time()}
        if url.path == "/rest/ofs/ReceiveRequestInfoByJson":
            row.update(kind="todo", flowid=body["flowid"], receiver=body["receiver"],
                       isremark=body["isremark"], nodename=body["nodename"])
            answer = {"operResult": "1", "message": ""}
        elif url.path == "/robot/send":
            q = dict(urllib.parse.parse_qsl(url.query))
            mac = hmac.new(secret.encode(), f"{q.get('timestamp')}\n{secret}".encode(), hashlib.sha256)
            row.update(kind="robot", valid=hmac.compare_digest(base64.b64encode(mac.digest()).decode(), q.get("sign", "")),
                       text=body["markdown"]["text"], atMobiles=body["at"].get("atMobiles", []))
            answer = {"errcode": 0, "errmsg": "ok"}
        else:
            row.update(kind="other", path=self.path)
            answer = {}
        with lock:
            log.write(json.dumps(row, ensure_ascii=False) + "\n")
        out = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer((host, port), H).serve_forever()
PY
: >"$WORK/received.jsonl"
python3 "$WORK/receiver.py" "$RECEIVER_HOST" $OA_PORT "$ROBOT_SECRET" "$WORK/received.jsonl" &
PIDS+=($!)

PEOPLE=$(( N / 3 > 5 ? N / 3 : 5 ))
say "directory: 5 units, $PEOPLE responsible people and 4 leaders in charge, each with a login and a mobile"
python3 - "$PEOPLE" >"$WORK/directory.json" <<'PY'
import json, sys
n = int(sys.argv[1])
units = [{"externalId": f"U-{u:02d}", "name": f"整改单位{u}"} for u in range(5)]
people = [{"externalId": f"P-{i:03d}", "name": f"责任人{i}", "unitExternalId": f"U-{i % 5:02d}",
           "login": f"zeren{i:03d}", "mobile": f"1390000{i:04d}"} for i in range(n)]
people += [{"externalId": f"L-{i}", "name": f"领导{i}", "unitExternalId": "U-00",
            "login": f"lingdao{i}", "mobile": f"1380000{i:04d}"} for i in range(4)]
print(json.dumps({"units": units, "people": people}, ensure_ascii=False))
PY
api -X POST "http://localhost:$A_PORT/api/v1/directory:sync" --data-binary @"$WORK/directory.json" >/dev/null

say "connectors registered through the API (on B): weaver-todo and dingtalk-robot"
api -X POST "http://localhost:$B_PORT/api/v1/connectors" -d "{\"kind\":\"weaver-todo\",\"name\":\"泛微统一待办\",
  \"baseUrl\":\"http://$RECEIVER_HOST:$OA_PORT\",
  \"options\":{\"syscode\":\"ZGDB\",\"roleReceivers\":{\"verifier\":[\"wangys\"],\"admin\":[\"guanliyuan\"]}}}" | id >"$WORK/connectors"
api -X POST "http://localhost:$B_PORT/api/v1/connectors" -d "{\"kind\":\"dingtalk-robot\",\"name\":\"督办群\",
  \"baseUrl\":\"http://$RECEIVER_HOST:$OA_PORT/robot/send\",
  \"credentials\":{\"accessToken\":\"bench-token\",\"secret\":\"$ROBOT_SECRET\"}}" | id >>"$WORK/connectors"

problem=$(new_problem 连接器测试)
ticket_json() { # i deadline
  echo "{\"problemIds\":[\"$problem\"],\"measure\":\"整改措施$1\",\"responsibleUnits\":[{\"externalId\":\"U-$(printf %02d $(($1 % PEOPLE % 5)))\"}],\"responsiblePersonExternalId\":\"$(printf 'P-%03d' $(($1 % PEOPLE)))\",\"leaderInChargeExternalId\":\"L-$(($1 % 4))\",\"timing\":\"DEADLINE\",\"deadline\":\"$2\"}"
}
say "creating $N tickets alternately on A and B: a third overdue by 10 days, a third due today, a third due in 5 days"
started_at=$(date +%s)
create_tickets

say "every ticket started; of each deadline class a third left IN_PROGRESS, a third submitted, a third verified; each step sent to A and B at once"
work_tickets
say "workflow done in $(( $(date +%s) - started_at )) s; letting both instances sweep deadlines for 10 s"
sleep 10

cat >"$WORK/figures.py" <<'PY'
import collections, json, re, sys
feed = [json.loads(l) for l in open(sys.argv[1])]
rows = [json.loads(l) for l in open(sys.argv[2])]
progress = sys.argv[3] == "--progress"
codes = None if progress else collections.Counter(open(sys.argv[3]).read().split())
roles = {"verifier": ["wangys"], "admin": ["guanliyuan"]}
ROBOT = {"ticket.created": "新交办", "ticket.submitted": "申请销号", "ticket.rejected": "验收退回",
         "ticket.verified": "验收通过", "ticket.due_soon": "临近到期", "ticket.due_today": "今日到期",
         "ticket.overdue": "已逾期", "ticket.supervised": "督办"}
REMINDERS = ("ticket.due_soon", "ticket.due_today", "ticket.overdue", "ticket.supervised")
def receivers(todo):
    a = todo["assignee"]
    if a["type"] == "ROLE":
        return [r for r in roles.get(a["name"], [a["name"]]) if r not in todo.get("notFor", [])] or [a["name"]]
    return [a["externalId"] or a["name"]]
# What the feed says is due: one push per (to-do, receiver) when it opens or changes (todo.updated,
# pushed as open again), one when it closes.
opened = collections.Counter(e["resourceId"] for e in feed if e["type"] == "todo.opened")
done = collections.Counter(e["resourceId"] for e in feed if e["type"] == "todo.done")
due_open = {(e["resourceId"], r) for e in feed if e["type"] == "todo.opened" for r in receivers(e["data"])}
due_close = {(e["resourceId"], r) for e in feed if e["type"] == "todo.done" for r in receivers(e["data"])}
pushes = [r for r in rows if r["kind"] == "todo"]
got = collections.Counter((r["flowid"], r["receiver"], "open" if r["isremark"] == "0" else "close") for r in pushes)
updates = collections.Counter((e["resourceId"], r) for e in feed if e["type"] == "todo.updated" for r in receivers(e["data"]))
got_open = {(f, r) for (f, r, k) in got if k == "open"}
twice_open = sum(1 for (f, r, k), c in got.items() if k == "open" and c > 1 + updates[(f, r)])
got_close = {(f, r) for (f, r, k) in got if k == "close"}
# What the robot got: one line per event, 【label】number …
msgs = sorted((r for r in rows if r["kind"] == "robot"), key=lambda r: r["at"])
lines = collections.Counter()
for m in msgs:
    for label, number in re.findall(r"【([^】]+)】\[?(\S+) ", m["text"]):
        lines[(label, number)] += 1
robot_events = [(ROBOT[e["type"]], e["data"]["number"]) for e in feed if e["type"] in ROBOT]
missing = [ev for ev in robot_events if ev not in lines]
per_minute = max((sum(1 for n in msgs if m["at"] <= n["at"] < m["at"] + 60) for m in msgs), default=0)
reminders = [(e["type"], e["resourceId"]) for e in feed if e["type"] in REMINDERS]
rem = collections.Counter(reminders)
rem_lines = [(ROBOT[e["type"]], e["data"]["number"]) for e in feed if e["type"] in REMINDERS]
if progress:
    print(len(due_open - got_open) + len(due_close - got_close) + len(missing))
    sys.exit()
print(f"tickets                                    {sum(1 for e in feed if e['type'] == 'ticket.created')}")
if codes is not None:
    print(f"answers to the doubled transitions         {dict(sorted(codes.items()))}")
kinds = collections.Counter(e["data"]["kind"] for e in feed if e["type"] == "todo.opened")
print(f"to-dos opened (todo.opened)                {sum(opened.values())} for {len(opened)} ids {dict(sorted(kinds.items()))}")
print(f"  opened more than once (feed)             {sum(1 for c in opened.values() if c > 1)}")
print(f"  pushed to 泛微 open (isremark 0)          {len(got_open & due_open)} of {len(due_open)} (to-do, receiver)")
print(f"  pushed open twice                        {twice_open}")
print(f"  updated (todo.updated), pushed again     {sum(updates.values())}")
print(f"to-dos closed (todo.done)                  {sum(done.values())} for {len(done)} ids")
print(f"  closed more than once (feed)             {sum(1 for c in done.values() if c > 1)}")
print(f"  pushed to 泛微 done (isremark 2/4)        {len(got_close & due_close)} of {len(due_close)}")
print(f"  pushed done twice                        {sum(1 for k, c in got.items() if k[2] == 'close' and c > 1)}")
print(f"  pushes the feed does not explain         {len((got_open - due_open) | (got_close - due_close))}")
print(f"泛微 requests in all                        {len(pushes)}")
by = collections.Counter(t for t, _ in reminders)
print(f"reminders sent (feed)                      {len(reminders)} {dict(sorted(by.items()))}")
print(f"  sent twice to one ticket (feed)          {sum(1 for c in rem.values() if c > 1)}")
print(f"  carried to the robot                     {sum(1 for x in rem_lines if x in lines)} of {len(rem_lines)}")
print(f"  carried twice                            {sum(1 for x in rem_lines if lines[x] > 1)}")
print(f"robot events (feed, the robot's 8 types)   {len(robot_events)}")
print(f"robot messages                             {len(msgs)}, invalid signatures {sum(1 for m in msgs if not m['valid'])}")
print(f"robot messages in any 60 s, max            {per_minute}")
print(f"robot lines carried twice                  {sum(1 for c in lines.values() if c > 1)}")
print(f"events not mentioned                       {len(missing)}")
print(f"messages @-mentioning someone              {sum(1 for m in msgs if m['atMobiles'])} of {len(msgs)}")
if msgs:
    print(f"robot: first to last message               {msgs[-1]['at'] - msgs[0]['at']:.0f} s")
PY

say "waiting (at most $WAIT_SECONDS s) until the receiver has everything the feed calls for"
deadline=$(( $(date +%s) + WAIT_SECONDS ))
while :; do
  read_feed
  left=$(python3 "$WORK/figures.py" "$WORK/feed.jsonl" "$WORK/received.jsonl" --progress)
  [ "$left" = 0 ] || [ "$(date +%s)" -gt "$deadline" ] && break
  sleep 5
done
say "$left still missing; 5 s more for anything sent twice"
sleep 5
read_feed
python3 "$WORK/figures.py" "$WORK/feed.jsonl" "$WORK/received.jsonl" "$WORK/codes"
echo "logs, feed and receiver log: $WORK"

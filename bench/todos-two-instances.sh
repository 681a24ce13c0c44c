#!/usr/bin/env bash
# Two rectification-service instances on one database, both running the deadline sweep every two
# seconds: every to-do is opened once, every 督办 reminder (due soon, due today, overdue, the
# leader's daily supervision) is sent once, even when both instances take the same ticket's
# transition at the same moment. Prints the figures from the change feed and the database. Needs
# the packaged services (./mvnw -B package -DskipTests), python3, curl and openssl.
#
#   bench/todos-two-instances.sh [tickets]      (default 60 tickets, a multiple of 3)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-60}"
WORK=$(mktemp -d /tmp/todos-bench.XXXXXX)
PG_PORT=55451 P_PORT=18191 A_PORT=18292 B_PORT=18293
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
say() { printf '== %s\n' "$*"; }

launcher="$ROOT/deploy/local/embedded-postgres/target/local-postgres-1.0.0-SNAPSHOT.jar"
for jar in "$launcher" "$ROOT/problem-service/target/quarkus-app/quarkus-run.jar" \
  "$ROOT/rectification-service/target/quarkus-app/quarkus-run.jar"; do
  [ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B package -DskipTests first" >&2; exit 1; }
done

say "PostgreSQL on $PG_PORT"
java -jar "$launcher" start "$WORK/pg" "$PG_PORT" problem,rectification >"$WORK/pg.log" 2>&1 &
PIDS+=($!)
until grep -q '^READY' "$WORK/pg.log"; do sleep 0.5; done

export BIHUAN_KEYS_DIR="$WORK/keys"
TOKEN=$("$ROOT/deploy/local/token.sh" --role admin)
VERIFIER=$("$ROOT/deploy/local/token.sh" --role verifier --name 王验收)

start() { # name port db module
  java -Xmx384m -Dquarkus.http.port="$2" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$PG_PORT/$3?user=postgres" \
    -Dmp.jwt.verify.publickey.location="$WORK/keys/public.pem" \
    -Dbihuan.service-token.public-keys="$WORK/keys/services" \
    -Dbihuan.service-token.key.location="$WORK/keys/services/$4.private.pem" \
    -Dquarkus.rest-client.problems.url="http://localhost:$P_PORT" \
    -Dquarkus.rest-client.rectification.url="http://localhost:$A_PORT" \
    -Dquarkus.rest-client.rectification-feed.url="http://localhost:$A_PORT" \
    -Dbihuan.tickets.notice-every=2s \
    -jar "$ROOT/$4/target/quarkus-app/quarkus-run.jar" >>"$WORK/$1.log" 2>&1 &
  echo $!
}
ready() { until curl -fs "http://localhost:$1/q/health/ready" >/dev/null; do sleep 0.5; done; }

say "problem-service on $P_PORT, rectification-service A on $A_PORT and B on $B_PORT (one database)"
PIDS+=($(start problem $P_PORT problem problem-service))
PIDS+=($(start rect-a $A_PORT rectification rectification-service))
PIDS+=($(start rect-b $B_PORT rectification rectification-service))
ready $P_PORT; ready $A_PORT; ready $B_PORT

api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
src=$(api -X POST "http://localhost:$P_PORT/api/v1/sources" -d '{"title":"督办测试","kind":"OTHER"}' | id)
problem=$(api -X POST "http://localhost:$P_PORT/api/v1/problems" \
  -d "{\"sourceId\":\"$src\",\"title\":\"督办测试问题\",\"description\":\"两台实例\"}" | id)

# Dates in the organisation's time zone (bihuan.time-zone, default Asia/Shanghai), as the rules use.
today=$(TZ=Asia/Shanghai date +%F)
day() { TZ=Asia/Shanghai date -d "$1 days" +%F; }
say "creating $N tickets, alternating between A and B: a third overdue by 10 days, a third due today, a third due in 5 days"
: >"$WORK/tickets"
for i in $(seq 1 "$N"); do
  port=$([ $((i % 2)) = 0 ] && echo $A_PORT || echo $B_PORT)
  case $((i % 3)) in 0) d=$(day -10) ;; 1) d=$today ;; 2) d=$(day 5) ;; esac
  api -X POST "http://localhost:$port/api/v1/tickets" -d "{\"problemIds\":[\"$problem\"],\"measure\":\"整改措施$i\",\"responsibleUnits\":[{\"name\":\"单位$((i % 5))\"}],\"responsiblePerson\":\"责任人$i\",\"leaderInCharge\":\"领导$((i % 4))\",\"timing\":\"DEADLINE\",\"deadline\":\"$d\"}" |
    id >>"$WORK/tickets"
done

# Each step is sent to A and B at the same moment: one wins, the other answers 409.
twice() { # ticket action token [body]
  local body=${4:-'{}'}
  ( curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $3" \
      -H 'Content-Type: application/json' -d "$body" "http://localhost:$A_PORT/api/v1/tickets/$1/$2" >>"$WORK/codes.a" ) &
  local other=$!
  curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' -d "$body" "http://localhost:$B_PORT/api/v1/tickets/$1/$2" >>"$WORK/codes"
  wait "$other" || true
}
say "every ticket started; of each deadline class a third left IN_PROGRESS, a third submitted, a third verified; every step sent to A and B at once"
: >"$WORK/codes"; : >"$WORK/codes.a"
i=0
while read -r t; do
  i=$((i + 1))
  twice "$t" start "$TOKEN"
  stage=$(( (i / 3) % 3 ))
  if [ $stage -ge 1 ]; then
    api -X POST "http://localhost:$A_PORT/api/v1/tickets/$t/progress" \
      -d "{\"date\":\"$today\",\"note\":\"已完成整改\",\"percent\":100}" >/dev/null
    twice "$t" submit "$TOKEN"
  fi
  if [ $stage -ge 2 ]; then twice "$t" verify "$VERIFIER" '{"comment":"验收通过"}'; fi
  echo "$t $((i % 3)) $stage" >>"$WORK/classes"
done <"$WORK/tickets"

cat "$WORK/codes.a" >>"$WORK/codes"
say "letting both instances run the deadline sweep for 20 s (every 2 s each)"
sleep 20

say "reading the whole change feed"
python3 - "http://localhost:$A_PORT" "$TOKEN" "$WORK/classes" "$WORK/codes" <<'PY2'
import collections, json, sys, urllib.request
base, token, classes, codes = sys.argv[1:5]
events, after = [], 0
while True:
    req = urllib.request.Request(f"{base}/api/v1/events?after={after}&limit=1000",
                                 headers={"Authorization": f"Bearer {token}"})
    page = json.load(urllib.request.urlopen(req))
    if not page["events"]:
        break
    events += page["events"]
    after = page["next"]
cls = {t: (int(d), int(s)) for t, d, s in (l.split() for l in open(classes))}
opened = collections.Counter(e["resourceId"] for e in events if e["type"] == "todo.opened")
done = collections.Counter(e["resourceId"] for e in events if e["type"] == "todo.done")
kinds = collections.Counter(e["data"]["kind"] for e in events if e["type"] == "todo.opened")
status = collections.Counter(open(codes).read().split())
print(f"tickets                                   {len(cls)}")
print(f"answers to the doubled transitions        {dict(sorted(status.items()))}")
print(f"to-dos opened (todo.opened events)        {sum(opened.values())} for {len(opened)} ids")
print(f"  by kind                                 {dict(sorted(kinds.items()))}")
print(f"to-do ids opened more than once           {sum(1 for c in opened.values() if c > 1)}")
print(f"to-do ids closed more than once           {sum(1 for c in done.values() if c > 1)}")
names = {0: "overdue by 10 days", 1: "due today", 2: "due in 5 days"}
for t in ("ticket.due_soon", "ticket.due_today", "ticket.overdue", "ticket.supervised"):
    c = collections.Counter(e["resourceId"] for e in events if e["type"] == t)
    by = collections.Counter(names[cls[r][0]] for r in c if r in cls)
    print(f"{t:<18} sent {sum(c.values()):>3} to {len(c):>3} tickets {dict(by)}; sent twice to one ticket: {sum(1 for v in c.values() if v > 1)}")
PY2
echo "logs: $WORK"

# Sourced, not run: what the benches share that run problem-service and two rectification-service
# instances, A and B, on one local PostgreSQL (bench/*-two-instances.sh, bench/api/two-replicas.sh).
#
# The sourcing script sets ROOT (the checkout), WORK (its work folder), PG_PORT, P_PORT, A_PORT and
# B_PORT, and before start_services JVM_OPTS (default -Xmx384m) and SERVICE_OPTS (more options for
# every service); N, TOKEN and VERIFIER before the ticket helpers. From the environment:
# BENCH_APPS, a folder holding <service>/quarkus-run.jar (a copy of target/quarkus-app, so that a
# build in the tree meanwhile does not pull the jars from under the running services), and
# BENCH_LAUNCHER, the PostgreSQL launcher jar.

PIDS=()
JVM_OPTS=(-Xmx384m)
SERVICE_OPTS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
say() { printf '== %s\n' "$*"; }

APPS="${BENCH_APPS:-}"
app_jar() { if [ -n "$APPS" ]; then echo "$APPS/$1/quarkus-run.jar"; else echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; fi; }
launcher="${BENCH_LAUNCHER:-$ROOT/deploy/local/embedded-postgres/target/local-postgres-1.0.0-SNAPSHOT.jar}"

# Stops the bench unless the launcher and both services' jars are there.
require_jars() {
  for jar in "$launcher" "$(app_jar problem-service)" "$(app_jar rectification-service)"; do
    [ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B package -DskipTests first" >&2; exit 1; }
  done
}

# PostgreSQL on PG_PORT with the databases problem and rectification; keys for token.sh in WORK.
start_postgres() { # [what the line "PostgreSQL on PG_PORT" adds]
  say "PostgreSQL on $PG_PORT${1:-}"
  java -jar "$launcher" start "$WORK/pg" "$PG_PORT" problem,rectification >"$WORK/pg.log" 2>&1 &
  PIDS+=($!)
  until grep -q '^READY' "$WORK/pg.log"; do sleep 0.5; done
  export BIHUAN_KEYS_DIR="$WORK/keys"
}

token() { "$ROOT/deploy/local/token.sh" "$@"; }

# Starts a service in the background, its output appended to WORK/<log-name>.log; prints its pid.
start() { # log-name port db service
  java "${JVM_OPTS[@]}" -Dquarkus.http.port="$2" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$PG_PORT/$3?user=postgres" \
    -Dmp.jwt.verify.publickey.location="$WORK/keys/public.pem" \
    -Dbihuan.service-token.public-keys="$WORK/keys/services" \
    -Dbihuan.service-token.key.location="$WORK/keys/services/$4.private.pem" \
    -Dquarkus.rest-client.problems.url="http://localhost:$P_PORT" \
    -Dquarkus.rest-client.rectification.url="http://localhost:$A_PORT" \
    -Dquarkus.rest-client.rectification-feed.url="http://localhost:$A_PORT" \
    "${SERVICE_OPTS[@]}" \
    -jar "$(app_jar "$4")" >>"$WORK/$1.log" 2>&1 &
  echo $!
}
ready() { until curl -fs "http://localhost:$1/q/health/ready" >/dev/null; do sleep 0.5; done; }

# problem-service on P_PORT, rectification-service A on A_PORT (its pid in A) and B on B_PORT.
start_services() {
  say "problem-service on $P_PORT, rectification-service A on $A_PORT and B on $B_PORT (one database)"
  PIDS+=($(start problem $P_PORT problem problem-service))
  A=$(start rect-a $A_PORT rectification rectification-service); PIDS+=($A)
  PIDS+=($(start rect-b $B_PORT rectification rectification-service))
  ready $P_PORT; ready $A_PORT; ready $B_PORT
}

api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

# A source titled <title> on problem-service and a problem of it (<title>问题); prints its id.
new_problem() { # title
  local src
  src=$(api -X POST "http://localhost:$P_PORT/api/v1/sources" -d "{\"title\":\"$1\",\"kind\":\"OTHER\"}" | id)
  api -X POST "http://localhost:$P_PORT/api/v1/problems" \
    -d "{\"sourceId\":\"$src\",\"title\":\"$1问题\",\"description\":\"两台实例\"}" | id
}

# Dates in the organisation's time zone (bihuan.time-zone, default Asia/Shanghai), as the rules use.
day() { TZ=Asia/Shanghai date -d "$1 days" +%F; }

# N tickets, created alternately on A and B, their ids in WORK/tickets: a third overdue by 10 days,
# a third due today, a third due in 5 days. ticket_json <i> <deadline> (the script's) writes the
# input of the i-th. Sets today.
create_tickets() {
  local i port d
  today=$(day 0)
  : >"$WORK/tickets"
  for i in $(seq 1 "$N"); do
    port=$([ $((i % 2)) = 0 ] && echo $A_PORT || echo $B_PORT)
    case $((i % 3)) in 0) d=$(day -10) ;; 1) d=$today ;; 2) d=$(day 5) ;; esac
    api -X POST "http://localhost:$port/api/v1/tickets" -d "$(ticket_json "$i" "$d")" |
      id >>"$WORK/tickets"
  done
}

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

# Every ticket of WORK/tickets started; of each deadline class a third left IN_PROGRESS, a third
# submitted, a third verified, each step sent to A and B at once (twice). The answers go to
# WORK/codes; "<ticket> <deadline class> <stage>" lines to WORK/classes.
work_tickets() {
  local i=0 t stage
  : >"$WORK/codes"; : >"$WORK/codes.a"
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
}

# Reads A's whole change feed into WORK/feed.jsonl, an event a line.
read_feed() {
  python3 - "http://localhost:$A_PORT" "$TOKEN" >"$WORK/feed.jsonl" <<'PY'
import json, sys, urllib.request
base, token = sys.argv[1:3]
after = 0
while True:
    req = urllib.request.Request(f"{base}/api/v1/events?after={after}&limit=1000",
                                 headers={"Authorization": f"Bearer {token}"})
    page = json.load(urllib.request.urlopen(req))
    if not page["events"]:
        break
    for e in page["events"]:
        print(json.dumps(e, ensure_ascii=False))
    after = page["next"]
PY
}

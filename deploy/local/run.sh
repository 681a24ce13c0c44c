#!/usr/bin/env bash
# Runs the whole product on this machine: PostgreSQL (embedded unless DB_URL is set), the three
# services, the demo data from seeds/ (loaded once). Stays in the foreground until Ctrl-C, or
# returns once everything is ready with --detach; deploy/local/stop.sh stops what it started.
#
#   deploy/local/run.sh [--detach]
#
# Environment (all optional):
#   DB_URL              an existing PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret
#                       (the user must be allowed to create databases; problem, rectification and
#                       report are created when missing). Unset: an embedded PostgreSQL keeps its
#                       data in deploy/local/.data/ between runs.
#   BIHUAN_PG_PORT      port of the embedded PostgreSQL (54329)
#   BIHUAN_DATA_DIR, BIHUAN_RUN_DIR, BIHUAN_KEYS_DIR   where its data, pid files and logs, and keys
#                       are kept (deploy/local/.data, .run, .keys); stop.sh and token.sh read the same
#   PROBLEM_PORT, RECTIFICATION_PORT, REPORT_PORT   (8081, 8082, 8083)
#   JAVA_OPTS           extra JVM options for the services (default -Xmx384m, the heap a service
#                       has in Kubernetes; non-heap is capped as there, deploy/k8s/README.md)
#   BIHUAN_ALLOW_LOCAL_TARGETS  true (default here): webhooks and connectors may post to receivers
#                       on this machine (127.0.0.1); false refuses them as a deployed service does
#   BIHUAN_START_TIMEOUT  seconds to wait for each start (PostgreSQL, then all services; 300)
#
# Every JVM runs with -XX:+ExitOnOutOfMemoryError; a service that exits abnormally after it was
# ready is started again by deploy/local/supervise.sh (backoff 1 s … 60 s, logged in
# .run/logs/supervisor.log), in both modes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

detach=0
for arg in "$@"; do
  case "$arg" in
    --detach|-d) detach=1 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "Unknown option '$arg'; see --help." ;;
  esac
done

command -v java >/dev/null || die "Java 17 or newer is needed (java was not found on the PATH)."
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed; this java is ${java_major:-unknown}."
command -v curl >/dev/null || die "curl is needed by this script; install it and retry."

mkdir -p "$RUN/logs"
for svc in "${SERVICES[@]}"; do
  if [ -f "$RUN/$svc.pid" ] && kill -0 "$(cat "$RUN/$svc.pid")" 2>/dev/null; then
    die "$svc is already running (pid $(cat "$RUN/$svc.pid")); stop it with deploy/local/stop.sh first."
  fi
done
for svc in "${SERVICES[@]}"; do
  port=$(service_port "$svc")
  if port_in_use "$port"; then
    var=$(echo "${svc%%-service}" | tr '[:lower:]' '[:upper:]')_PORT
    die "Port $port, needed by $svc, is in use by another program; free it or choose another with $var=…"
  fi
done
pg_port="${BIHUAN_PG_PORT:-54329}"
start_timeout="${BIHUAN_START_TIMEOUT:-300}"
if [ -z "${DB_URL:-}" ] && port_in_use "$pg_port"; then
  die "Port $pg_port, needed by the embedded PostgreSQL, is in use; free it, set BIHUAN_PG_PORT=…, or point DB_URL at that server."
fi

# 1. Build what is missing or older than its sources.
jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
pg_jar="$ROOT/deploy/local/embedded-postgres/target/local-postgres-1.0.0-SNAPSHOT.jar"
needs_build=0
for svc in "${SERVICES[@]}"; do
  jar=$(jar_of "$svc")
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/$svc/src/main" "$ROOT/platform/src/main" -newer "$jar" -type f -print -quit)" ]; then
    needs_build=1
  fi
done
[ -f "$pg_jar" ] || needs_build=1
if [ "$needs_build" = 1 ]; then
  say "Building the services (the first build downloads ~200 MB and takes a few minutes)…"
  ( cd "$ROOT" && ./mvnw -B package -DskipTests -Dspotless.check.skip=true ) 2>&1 | tee "$RUN/logs/build.log" | awk '
    /^\[INFO\] Building / { print "  building " $3; fflush(); next }
    /Downloaded from/ { n++; if (n % 100 == 0) { print "  downloaded " n " files…"; fflush() } next }
    /BUILD SUCCESS/ { print "  build succeeded"; fflush() }
    /BUILD FAILURE/ { failed = 1 }
    /^\[ERROR\]/ && !shown++ { print "  " $0; fflush() }
  '
  [ "${PIPESTATUS[0]}" = 0 ] || die "The build failed; see $RUN/logs/build.log."
else
  say "Build is up to date."
fi

# 2. PostgreSQL: embedded (data kept in deploy/local/.data) or the one DB_URL names.
cleanup_on_failure() { "$LOCAL/stop.sh" --quiet || true; }
trap cleanup_on_failure ERR
if [ -z "${DB_URL:-}" ]; then
  say "Starting the embedded PostgreSQL on port $pg_port (data in ${DATA#"$ROOT"/}/postgres)…"
  nohup java -XX:+ExitOnOutOfMemoryError -jar "$pg_jar" start "$DATA/postgres" "$pg_port" problem,rectification,report \
    >"$RUN/logs/postgres.log" 2>&1 &
  echo $! >"$RUN/postgres.pid"
  for i in $(seq 1 "$start_timeout"); do
    grep -q '^READY' "$RUN/logs/postgres.log" 2>/dev/null && break
    if ! kill -0 "$(cat "$RUN/postgres.pid")" 2>/dev/null; then
      rm -f "$RUN/postgres.pid"
      die "$(tail -n 1 "$RUN/logs/postgres.log")"
    fi
    [ $((i % 10)) = 0 ] && say "  still starting PostgreSQL (${i}s; the first start unpacks its binaries)…"
    sleep 1
  done
  grep -q '^READY' "$RUN/logs/postgres.log" || die "PostgreSQL did not start within $start_timeout s (BIHUAN_START_TIMEOUT); see $RUN/logs/postgres.log."
  admin_url="jdbc:postgresql://localhost:$pg_port/postgres?user=postgres"
else
  say "Using the PostgreSQL at ${DB_URL%%\?*}…"
  out=$(java -jar "$pg_jar" prepare "$DB_URL" problem,rectification,report 2>&1) || die "$out"
  admin_url="$DB_URL"
fi
db_url() { # the admin URL with the database name replaced
  local base="${admin_url%%\?*}" params=""
  [[ "$admin_url" == *\?* ]] && params="?${admin_url#*\?}"
  local server="${base%/*}"
  [[ "$base" =~ ^jdbc:postgresql://[^/]+$ ]] && server="$base"
  echo "$server/$1$params"
}

# 3. The services.
ensure_keys
problem_url="http://localhost:$(service_port problem-service)"
rectification_url="http://localhost:$(service_port rectification-service)"
rm -f "$RUN"/*.ready
for svc in "${SERVICES[@]}"; do
  port=$(service_port "$svc")
  db="${svc%%-service}"
  say "Starting $svc on port $port…"
  # User tokens: the local key of token.sh (or an identity provider's, see deploy/k8s/README.md).
  # Service tokens: the folder of every service's public key; the service's own private key only
  # for those that call others outside a user's request (feed followers; rectification-service's
  # recheck of tickets' problems).
  own_key=()
  case "$svc" in
    problem-service|report-service|rectification-service) own_key=(-Dbihuan.service-token.key.location="$KEYS/services/$svc.private.pem") ;;
  esac
  : >"$RUN/logs/$svc.log"
  # shellcheck disable=SC2086
  nohup "$LOCAL/supervise.sh" "$svc" java ${JAVA_OPTS:--Xmx384m} -XX:MaxMetaspaceSize=128m \
    -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m -Xss1m -XX:+ExitOnOutOfMemoryError \
    -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="$(db_url "$db")" \
    -Dmp.jwt.verify.publickey.location="$KEYS/public.pem" \
    -Dmp.jwt.verify.issuer="$ISSUER" \
    -Dbihuan.service-token.public-keys="$KEYS/services" \
    -Dbihuan.webhooks.allow-local-targets="${BIHUAN_ALLOW_LOCAL_TARGETS:-true}" \
    "${own_key[@]}" \
    -Dquarkus.rest-client.problems.url="$problem_url" \
    -Dquarkus.rest-client.problem-feed.url="$problem_url" \
    -Dquarkus.rest-client.rectification.url="$rectification_url" \
    -Dquarkus.rest-client.rectification-feed.url="$rectification_url" \
    -jar "$(jar_of "$svc")" >>"$RUN/logs/supervisor.log" 2>&1 &
  echo $! >"$RUN/$svc.supervisor.pid"
done
service_pid() { # the pid of the service's JVM, once its supervisor has started it
  for _ in $(seq 1 20); do
    [ -s "$RUN/$1.pid" ] && { cat "$RUN/$1.pid"; return; }
    sleep 0.1
  done
}

why_not_started() { # one sentence from a service's log
  local log="$RUN/logs/$1.log"
  if grep -qiE 'port .* (already )?in use|address already in use' "$log"; then
    echo "its port $(service_port "$1") is in use by another program"
  elif grep -qiE 'password authentication failed' "$log"; then
    echo "PostgreSQL refused the user name or password"
  elif grep -qiE 'connection (to .* )?refused|connection attempt failed' "$log"; then
    echo "it cannot reach PostgreSQL"
  elif grep -qiE 'Migrations have failed validation' "$log"; then
    echo "its database was made by a different build of the product (to start afresh: deploy/local/stop.sh, then delete deploy/local/.data)"
  elif grep -qiE 'database ".*" does not exist' "$log"; then
    echo "its database does not exist"
  else
    grep -m1 -E '^Caused by' "$log" | tail -1 | sed 's/^Caused by: [a-zA-Z0-9_.$]*: //' | cut -c1-200 || echo "see the log"
  fi
}
started=$(date +%s)
for svc in "${SERVICES[@]}"; do
  port=$(service_port "$svc")
  until curl -fsS "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$(service_pid "$svc")" 2>/dev/null; then
      reason=$(why_not_started "$svc")
      "$LOCAL/stop.sh" --quiet || true
      trap - ERR
      die "$svc stopped while starting: $reason (log: deploy/local/.run/logs/$svc.log)."
    fi
    waited=$(($(date +%s) - started))
    if [ "$waited" -ge "$start_timeout" ]; then
      "$LOCAL/stop.sh" --quiet || true
      trap - ERR
      die "$svc was not ready after $start_timeout s (BIHUAN_START_TIMEOUT; log: deploy/local/.run/logs/$svc.log)."
    fi
    [ "$waited" -gt 0 ] && [ $((waited % 5)) = 0 ] && say "  waiting for $svc (${waited}s)…"
    sleep 1
  done
  touch "$RUN/$svc.ready" # from now on its supervisor restarts it when it dies
  say "$svc is ready."
done
trap - ERR

# 4. Demo data from seeds/, loaded once (rerunning finds it and adds nothing).
admin_token=$("$LOCAL/token.sh" --role admin --ttl 86400)
viewer_token=$("$LOCAL/token.sh" --role viewer --ttl 86400)
if [ -x "$LOCAL/load-seeds.sh" ]; then
  PROBLEM_URL="$problem_url" TOKEN="$admin_token" "$LOCAL/load-seeds.sh" || say "Loading the demo data failed; the services keep running."
fi

cat <<MSG

Bihuan is running.
  problem-service        $problem_url        Swagger UI $problem_url/q/swagger-ui
  rectification-service  $rectification_url        Swagger UI $rectification_url/q/swagger-ui
  report-service         http://localhost:$(service_port report-service)        Swagger UI http://localhost:$(service_port report-service)/q/swagger-ui
  logs                   deploy/local/.run/logs/

The dashboard (整改落实情况看板; a viewer token valid 24 hours in the address, kept by the page):
  http://localhost:$(service_port report-service)/dashboard/#token=$viewer_token

An admin token (valid 24 hours, the longest the services accept; more with deploy/local/token.sh --role ROLE [--unit UNIT] [--name NAME]):
$admin_token

Try: curl -H "Authorization: Bearer \$TOKEN" $problem_url/api/v1/problems
MSG

if [ "$detach" = 1 ]; then
  echo "Running in the background; stop with deploy/local/stop.sh."
  exit 0
fi
echo "Press Ctrl-C to stop."
trap '"$LOCAL/stop.sh"; exit 0' INT TERM
while true; do
  # The supervisors restart a service that dies; one that gave up has exited.
  for svc in "${SERVICES[@]}"; do
    if ! kill -0 "$(cat "$RUN/$svc.supervisor.pid" 2>/dev/null)" 2>/dev/null; then
      say "$svc is no longer supervised (see deploy/local/.run/logs/supervisor.log and $svc.log); stopping the rest."
      "$LOCAL/stop.sh"
      exit 1
    fi
  done
  sleep 2 &
  wait $!
done

#!/usr/bin/env bash
# Stops what deploy/local/run.sh started: the three services, then the embedded PostgreSQL.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
quiet=0; [ "${1:-}" = "--quiet" ] && quiet=1
note() { [ "$quiet" = 1 ] || say "$@"; }

stop_pid_file() { # name, signal
  local file="$RUN/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    note "Stopping $1 (pid $pid)…"
    kill "-${2:-TERM}" "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      note "  $1 did not stop within 30 s; killing it."
      kill -KILL "$pid" 2>/dev/null
    fi
  fi
  rm -f "$file"
}

# Ask all services at once, then wait for each: shutdown takes as long as the slowest, not the sum.
for svc in "${SERVICES[@]}"; do
  [ -f "$RUN/$svc.pid" ] && kill -TERM "$(cat "$RUN/$svc.pid")" 2>/dev/null
done
for svc in "${SERVICES[@]}"; do stop_pid_file "$svc"; done
stop_pid_file postgres
# The PostgreSQL server runs in its own processes; make sure none is left if its launcher died.
postmaster="$DATA/postgres/postmaster.pid"
if [ -f "$postmaster" ]; then
  pgpid=$(head -n 1 "$postmaster")
  if [ -n "$pgpid" ] && kill -0 "$pgpid" 2>/dev/null; then
    note "Stopping the embedded PostgreSQL server (pid $pgpid)…"
    kill -INT "$pgpid" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.5; done
  fi
fi
note "Stopped."

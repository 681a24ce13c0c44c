#!/usr/bin/env bash
# Keeps one service started by deploy/local/run.sh running (run.sh starts one supervisor per
# service; stop.sh stops the supervisors before the services).
#
#   supervise.sh <service> <command…>
#
# Runs the command, appending to deploy/local/.run/logs/<service>.log, and writes its pid to
# .run/<service>.pid. When it exits abnormally after run.sh has seen it ready (a crash, kill -9,
# -XX:+ExitOnOutOfMemoryError) it is started again after 1 s, then 2, 4, … up to 60 s between
# attempts while it keeps failing (back to 1 s once it has run for 5 minutes); each restart is
# logged in .run/logs/supervisor.log. Not restarted: an exit before the service was ever ready
# (run.sh reports why it did not start) and an exit after SIGTERM/SIGINT or with status 0.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
svc="$1"; shift

trap 'exit 0' TERM INT # stop.sh: leave the service to be stopped on its own
backoff=1
while true; do
  started=$(date +%s)
  "$@" >>"$RUN/logs/$svc.log" 2>&1 &
  pid=$!
  echo "$pid" >"$RUN/$svc.pid"
  wait "$pid"
  status=$?
  ran=$(($(date +%s) - started))
  case "$status" in
    0 | 130 | 143) say "$svc (pid $pid) stopped (status $status)."; exit 0 ;;
  esac
  if [ ! -f "$RUN/$svc.ready" ]; then
    say "$svc (pid $pid) exited with status $status before it was ready; not restarting."
    exit 1
  fi
  [ "$ran" -ge 300 ] && backoff=1
  say "$svc (pid $pid) exited abnormally (status $status after ${ran}s); restarting in ${backoff}s."
  sleep "$backoff" &
  wait $!
  backoff=$((backoff * 2 > 60 ? 60 : backoff * 2))
done

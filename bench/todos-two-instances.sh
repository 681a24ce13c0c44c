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
. "$ROOT/bench/lib/two-instances.sh"

require_jars
start_postgres
TOKEN=$(token --role admin)
VERIFIER=$(token --role verifier --name 王验收)

SERVICE_OPTS=(-Dbihuan.tickets.notice-every=2s)
start_services

problem=$(new_problem 督办测试)
ticket_json() { # i deadline
  echo "{\"problemIds\":[\"$problem\"],\"measure\":\"整改措施$1\",\"responsibleUnits\":[{\"name\":\"单位$(($1 % 5))\"}],\"responsiblePerson\":\"责任人$1\",\"leaderInCharge\":\"领导$(($1 % 4))\",\"timing\":\"DEADLINE\",\"deadline\":\"$2\"}"
}
say "creating $N tickets, alternating between A and B: a third overdue by 10 days, a third due today, a third due in 5 days"
create_tickets

say "every ticket started; of each deadline class a third left IN_PROGRESS, a third submitted, a third verified; every step sent to A and B at once"
work_tickets

say "letting both instances run the deadline sweep for 20 s (every 2 s each)"
sleep 20

say "reading the whole change feed"
read_feed
python3 - "$WORK/feed.jsonl" "$WORK/classes" "$WORK/codes" <<'PY2'
import collections, json, sys
feed, classes, codes = sys.argv[1:4]
events = [json.loads(l) for l in open(feed)]
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

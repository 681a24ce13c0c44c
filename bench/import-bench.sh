#!/usr/bin/env bash
# Import through HTTP (problem-service's POST /api/v1/sources/{id}/import), against the running
# set (deploy/local/run.sh --detach). Prints the warm time of the seed document (target < 200 ms)
# and of generated rectification plans of 250, 500 and 1,000 problems (target: linear, 1,000 under
# 2 s), dry runs and real imports (one transaction each, into a fresh source).
#
#   bench/import-bench.sh [problem-service URL]     (default http://localhost:8081)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
URL="${1:-http://localhost:8081}"
TOKEN=$("$ROOT/deploy/local/token.sh" --role admin)
python3 - "$URL" "$TOKEN" "$ROOT/seeds/000_8f0d50df8473947d.txt" <<'PY'
import json, statistics, sys, time, urllib.request
url, token, seed_file = sys.argv[1], sys.argv[2], sys.argv[3]
def call(method, path, body=None, ctype="application/json"):
    req = urllib.request.Request(url + path, data=body, method=method,
        headers={"Authorization": "Bearer " + token, "Content-Type": ctype})
    with urllib.request.urlopen(req) as r:
        return r.status, r.read()
def source():
    body = json.dumps({"title": "导入基准", "kind": "SELF_CHECK"}).encode()
    return json.loads(call("POST", "/api/v1/sources", body)[1])["id"]
def timed(doc, dry):
    s = source()
    t = time.perf_counter()
    status, answer = call("POST", f"/api/v1/sources/{s}/import" + ("?dryRun=true" if dry else ""),
                          doc, "text/plain; charset=UTF-8")
    ms = (time.perf_counter() - t) * 1000
    return ms, len(json.loads(answer)["problems"])
def plan(n):
    lines = ["关于巡察反馈问题的整改方案", "一、存在问题及整改措施"]
    for i in range(1, n + 1):
        lines += [f"{i}. 第{i}项问题：党费收缴不及时，台账记录不完整。",
                  f"整改措施：建立党费收缴台账，按月核对，第{i}项逐月通报。",
                  "责任领导：李书记；责任部门：党委办公室、财务部；责任人：张三",
                  f"整改时限：2025年{(i % 12) + 1}月底"]
    return "\n".join(lines).encode("utf-8")
seed = open(seed_file, "rb").read()
for _ in range(5):
    timed(seed, True); timed(seed, False)          # warm-up
for dry in (True, False):
    runs = [timed(seed, dry) for _ in range(15)]
    ms = sorted(r[0] for r in runs)
    print(f"seed ({runs[0][1]} problems), {'dry run' if dry else 'import '}: "
          f"median {statistics.median(ms):6.1f} ms, max {ms[-1]:6.1f} ms")
for n in (250, 500, 1000):
    doc = plan(n)
    timed(doc, True)
    for dry in (True, False):
        ms = sorted(timed(doc, dry)[0] for _ in range(3))
        print(f"plan of {n:4d} problems ({len(doc) // 1024} KiB), {'dry run' if dry else 'import '}: "
              f"median {statistics.median(ms):7.1f} ms")
PY

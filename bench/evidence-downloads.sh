#!/usr/bin/env bash
# Many downloads of one large evidence file at once against the running rectification-service
# (deploy/local/run.sh --detach: -Xmx384m, MaxDirectMemorySize=32m as in Kubernetes). Uploads a
# 9,000,000-byte file to a new ticket, then two rounds:
#   1. 24 downloads at once (clients that read as fast as they can): each answer's status, length
#      and SHA-256 against the stored one; downloads over bihuan.downloads.max-concurrent are 503;
#   2. 12 clients reading at 400 KB/s and 4 that stop reading: the 12 must be exact, the 4 cut off
#      after the stall timeout (60 s), and a GET of the ticket, polled every 100 ms meanwhile, stays
#      fast (p50, p99, max printed).
# Then counts OutOfMemoryError in the service's log (must be 0).
#
#   bench/evidence-downloads.sh [problem-service URL] [rectification-service URL]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
P="${1:-http://localhost:8081}"
R="${2:-http://localhost:8082}"
ADMIN=$("$ROOT/deploy/local/token.sh" --role admin)
REPORTER=$("$ROOT/deploy/local/token.sh" --role reporter --unit 党委办公室 --name 王五)
VIEWER=$("$ROOT/deploy/local/token.sh" --role viewer)
python3 - "$P" "$R" "$ADMIN" "$REPORTER" "$VIEWER" <<'PY'
import hashlib, json, os, socket, sys, threading, time, urllib.error, urllib.parse, urllib.request, uuid
from collections import Counter
P, R, adm, rep, viewer = sys.argv[1:6]
host, port = urllib.parse.urlparse(R).hostname, urllib.parse.urlparse(R).port or 80

def call(url, tok, body=None, ctype="application/json"):
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    req.add_header("Authorization", "Bearer " + tok)
    if data is not None:
        req.add_header("Content-Type", ctype)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")

src = call(P + "/api/v1/sources", adm, {"title": "下载压力测试", "kind": "INSPECTION", "organization": "某单位", "heldOn": "2026-11-01"})
pid = call(P + "/api/v1/problems", adm, {"sourceId": src["id"], "title": "佐证材料较大"})["id"]
tid = call(R + "/api/v1/tickets", adm, {"problemIds": [pid], "measure": "上传录像", "responsibleUnits": [{"name": "党委办公室"}], "timing": "IMMEDIATE", "deadline": (__import__("datetime").date.today() + __import__("datetime").timedelta(days=30)).isoformat()})["id"]
call(R + f"/api/v1/tickets/{tid}/start", rep, {"comment": "开始"})
blob = os.urandom(9_000_000)
want = hashlib.sha256(blob).hexdigest()[:8]
b = "----b" + uuid.uuid4().hex
body = (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"录像.mp4\"\r\nContent-Type: video/mp4\r\n\r\n").encode() + blob + f"\r\n--{b}--\r\n".encode()
eid = call(R + f"/api/v1/tickets/{tid}/evidence", rep, body, "multipart/form-data; boundary=" + b)["id"]
path = f"/api/v1/tickets/{tid}/evidence/{eid}/content"
print(f"file 9,000,000 bytes, sha256 {want}…")

def download(rate=0, stop_reading=False):
    t0 = time.time()
    s = socket.create_connection((host, port))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {viewer}\r\nConnection: close\r\n\r\n".encode())
    s.settimeout(300)
    head, got, status, h = b"", 0, None, hashlib.sha256()
    if stop_reading:
        time.sleep(90)
    try:
        while True:
            d = s.recv(16384)
            if not d:
                break
            if status is None:
                head += d
                if b"\r\n\r\n" in head:
                    status = head.split(b" ")[1].decode()
                    d = head.split(b"\r\n\r\n", 1)[1]
                else:
                    continue
            got += len(d); h.update(d)
            if rate:
                time.sleep(len(d) / rate)
    except OSError as e:
        status = f"{status} {type(e).__name__}"
    s.close()
    exact = "exact" if got == 9_000_000 and h.hexdigest()[:8] == want else ("problem+json" if status == "503" else f"{got:,} bytes")
    return status, exact, time.time() - t0

def run(jobs):
    out = [None] * len(jobs)
    def one(i, kw):
        out[i] = download(**kw)
    ts = [threading.Thread(target=one, args=(i, kw)) for i, kw in enumerate(jobs)]
    [t.start() for t in ts]; [t.join() for t in ts]
    return out

res = run([{}] * 24)
print("round 1, 24 at once:", dict(Counter((s, e) for s, e, _ in res)), "slowest %.1f s" % max(t for *_, t in res))

lat, stop = [], False
def poll():
    while not stop:
        t0 = time.time()
        try:
            req = urllib.request.Request(R + f"/api/v1/tickets/{tid}", headers={"Authorization": "Bearer " + adm})
            urllib.request.urlopen(req, timeout=10).read(); lat.append(time.time() - t0)
        except Exception:
            lat.append(99.0)
        time.sleep(0.1)
p = threading.Thread(target=poll); p.start()
res = run([{"rate": 400_000}] * 12 + [{"stop_reading": True}] * 4)
stop = True; p.join()
print("round 2, 12 readers at 400 KB/s:", dict(Counter((s, e) for s, e, _ in res[:12])), "slowest %.1f s" % max(t for *_, t in res[:12]))
print("round 2, 4 that stop reading:", dict(Counter((s, e) for s, e, _ in res[12:])))
lat.sort()
print("GET one ticket meanwhile: n=%d p50 %.0f ms, p99 %.0f ms, max %.0f ms" % (len(lat), 1000 * lat[len(lat) // 2], 1000 * lat[int(len(lat) * .99)], 1000 * lat[-1]))
PY
log="${BIHUAN_RUN_DIR:-$ROOT/deploy/local/.run}/logs/rectification-service.log"
[ -r "$log" ] && echo "OutOfMemoryError in $log: $(grep -c OutOfMemoryError "$log" || true)"

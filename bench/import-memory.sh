#!/usr/bin/env bash
# Ten hostile uploads at once against the running problem-service (deploy/local/run.sh --detach,
# -Xmx384m as in Kubernetes): prints each upload's answer and time, what /q/health/live answered
# meanwhile (polled every 100 ms), the resident memory (RSS) of the problem-service process before,
# at its peak and after (sampled every 50 ms from /proc), and whether a normal import works after.
# The Kubernetes limit of a service is 768 MiB (deploy/k8s/README.md): the peak must stay under it.
#
#   bench/import-memory.sh [problem-service URL] [pid]
#       (defaults http://localhost:8081 and the pid in deploy/local/.run/problem-service.pid)
#
# The files are written here by Python's zipfile and by hand (PDF), each small on the wire and
# huge once read: a .docx whose document.xml is 63 MB, two just inside the import budget (7.4 MB,
# 156,000 elements: read whole), one of 700,000 elements,
# one with nested entity definitions, an .xlsx of 60 MB of shared strings, one of 2,000,000
# cells, a PDF whose page is 100 MB of text operators once inflated, a .docx of 20,000 parts, and
# a 9 MB text of one mark repeated (under the 10 MB import limit).
#
# Two rounds: all ten at once as they come (what is over the import concurrency limit,
# bihuan.import.max-concurrent, is refused with 503 import-busy), then all ten at once again, each
# retrying after a busy answer until it is read, so that every file is parsed while the others wait.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
URL="${1:-http://localhost:8081}"
PID="${2:-$(cat "${BIHUAN_RUN_DIR:-$ROOT/deploy/local/.run}/problem-service.pid")}"
[ -r "/proc/$PID/status" ] || { echo "no process $PID (start deploy/local/run.sh --detach)" >&2; exit 1; }
TOKEN=$("$ROOT/deploy/local/token.sh" --role admin)
python3 - "$URL" "$TOKEN" "$PID" "$ROOT/seeds/000_8f0d50df8473947d.txt" <<'PY'
import io, json, sys, threading, time, urllib.error, urllib.request, zipfile, zlib

url, token, pid, seed_file = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def zipped(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts:
            z.writestr(name, data)
    return buf.getvalue()

def docx(document_xml, extra=()):
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document_xml), *extra])

def xlsx(sheet_xml, strings_xml):
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {S} {R}><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml), ("xl/sharedStrings.xml", strings_xml)])

def pdf(content):
    stream = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)

paragraph = f"<w:p><w:r><w:t>一、存在问题：党费收缴不及时，台账记录不完整。</w:t></w:r></w:p>"
big_doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>' + paragraph * 560_000 + "</w:body></w:document>"
near = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>' + "<w:p><w:r><w:t>党费收缴不及时，台账记录不完整，会议记录缺失，资料归档不规范。</w:t></w:r></w:p>" * 52_000 + "</w:body></w:document>"
elements = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p>' + "<w:r/>" * 700_000 + "</w:p></w:body></w:document>"
entities = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY a "整改整改整改整改整改整改整改整改">'
            + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
            + f']><w:document {W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
strings = f'<?xml version="1.0" encoding="UTF-8"?><sst {S} count="2000000" uniqueCount="2000000">' + "<si><t>整改台账记录不完整问题</t></si>" * 2_000_000 + "</sst>"
one_string = f'<?xml version="1.0" encoding="UTF-8"?><sst {S} count="1" uniqueCount="1"><si><t>问题</t></si></sst>'
small_sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {S}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{col}{r}"><v>{r}</v></c>' for col in "ABCDEFGHIJ") + "</row>" for r in range(1, 200_001))
cells = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {S}><sheetData>' + rows + "</sheetData></worksheet>"
operators = b"BT /F1 12 Tf 72 720 Td (Zheng gai wen ti) Tj ET\n" * 2_200_000
many_parts = [(f"word/media/p{i}.xml", "<x/>") for i in range(20_000)]
files = [
    ("docx-63MB-1", docx(big_doc), DOCX),
    ("docx-near-budget-1", docx(near), DOCX),
    ("docx-near-budget-2", docx(near), DOCX),
    ("docx-700k-elements", docx(elements), DOCX),
    ("docx-entities", docx(entities), DOCX),
    ("xlsx-60MB-strings", xlsx(small_sheet, strings), XLSX),
    ("xlsx-2M-cells", xlsx(cells, one_string), XLSX),
    ("pdf-100MB-page", pdf(operators), "application/pdf"),
    ("docx-20000-parts", docx(f'<w:document {W}><w:body/></w:document>', many_parts), DOCX),
    ("txt-9MB-marks", ("、" * 3_000_000).encode("utf-8"), "text/plain; charset=UTF-8"),
]

def call(method, path, body=None, ctype="application/json", timeout=120):
    req = urllib.request.Request(url + path, data=body, method=method,
        headers={"Authorization": "Bearer " + token, "Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()

def source():
    body = json.dumps({"title": "导入内存基准", "kind": "SELF_CHECK"}).encode()
    return json.loads(call("POST", "/api/v1/sources", body)[2])["id"]

def rss_mib():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

stop = threading.Event()
samples, polls = [], []
def sample():
    while not stop.is_set():
        try:
            samples.append(rss_mib())
        except OSError:
            samples.append(-1)
        time.sleep(0.05)
def poll():
    while not stop.is_set():
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(url + "/q/health/live", timeout=5) as r:
                polls.append((r.status, time.perf_counter() - t))
        except Exception as e:
            polls.append((getattr(e, "code", 0), time.perf_counter() - t))
        time.sleep(0.1)

sources = [source() for _ in files]
before = rss_mib()
threads = [threading.Thread(target=f, daemon=True) for f in (sample, poll)]
for t in threads:
    t.start()
def upload(i, results, retry):
    name, body, ctype = files[i]
    t, busy = time.perf_counter(), 0
    while True:
        try:
            status, rtype, answer = call("POST", f"/api/v1/sources/{sources[i]}/import?dryRun=true", body, ctype)
            kind = json.loads(answer).get("type", "") if "json" in rtype else answer[:60]
        except Exception as e:
            status, rtype, kind = 0, "", repr(e)[:80]
        if not (retry and status == 503 and time.perf_counter() - t < 300):
            break
        busy += 1
        time.sleep(0.2)
    results[i] = (name, len(body), status, rtype.split(";")[0], kind, time.perf_counter() - t, busy)
def round_of(retry):
    results = [None] * len(files)
    began = time.perf_counter()
    uploads = [threading.Thread(target=upload, args=(i, results, retry)) for i in range(len(files))]
    for u in uploads:
        u.start()
    for u in uploads:
        u.join()
    return results, time.perf_counter() - began
rounds = [round_of(False), round_of(True)]
time.sleep(2)
stop.set()
for t in threads:
    t.join()
after = rss_mib()
seed_status, _, seed_answer = call("POST", f"/api/v1/sources/{source()}/import?dryRun=true",
                                   open(seed_file, "rb").read(), "text/plain; charset=UTF-8")
for (results, elapsed), title in zip(rounds, ("all at once", "all at once, retrying after 503 busy")):
    print(f"-- {title}: {elapsed:.1f} s")
    print(f"{'file':22} {'sent':>9} {'status':>6}  {'content type':26} {'seconds':>7} {'busy':>4}  type")
    for name, size, status, rtype, kind, secs, busy in results:
        print(f"{name:22} {size:9,d} {status:6d}  {rtype:26} {secs:7.2f} {busy:4d}  {kind}")
bad = [p for p in polls if p[0] != 200]
print(f"\n/q/health/live polled {len(polls)} times during both rounds, "
      f"{len(bad)} not 200, slowest {max(p[1] for p in polls) * 1000:.0f} ms")
print(f"problem-service RSS: before {before:.0f} MiB, peak {max(samples):.0f} MiB, after {after:.0f} MiB"
      f" (Kubernetes limit 768 MiB)")
print(f"seed dry run afterwards: {seed_status}, {len(json.loads(seed_answer).get('problems', []))} problems"
      if seed_status == 200 else f"seed dry run afterwards: {seed_status}")
read = rounds[1][0]
sys.exit(0 if not bad and seed_status == 200 and max(samples) < 768
         and all(r[2] // 100 == 4 and r[3] == "application/problem+json" for r in read) else 1)
PY

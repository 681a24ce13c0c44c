// Reads newman's JSON reports and prints what CI's summary shows: requests, assertions, failures by
// kind, 5xx answers (each with the exact request), and one line per failed assertion.
// Writes the totals to <summary-file> too. Exit code 1 when anything failed or answered 5xx.
//
//   node summarize.mjs <summary-file> <service>=<newman-report.json> …
import { readFileSync, writeFileSync } from "node:fs";

const [summaryFile, ...reports] = process.argv.slice(2);

// The kind of a failed assertion, from the test names Portman and our config give them.
function kind(name) {
  if (name.includes("[fuzz] no 5xx")) return "5xx";
  if (name.includes("[fuzz] invalid input answers 4xx")) return "fuzz: invalid input accepted";
  if (name.includes("problem+json")) return "fuzz: 4xx not problem+json";
  if (/Status code is 2xx/.test(name)) return "contract: status not 2xx";
  if (/Content-Type is/.test(name)) return "contract: content type";
  if (/JSON Body/i.test(name)) return "contract: JSON body";
  if (/Schema is valid/i.test(name)) return "contract: JSON schema";
  if (/header/i.test(name)) return "contract: headers";
  return "other";
}

function describe(execution) {
  const req = execution.request || {};
  const url = req.url || {};
  const host = Array.isArray(url.host) ? url.host.join(".") : url.host || "";
  const path = Array.isArray(url.path) ? url.path.join("/") : url.path || "";
  const query = (url.query || [])
    .filter((q) => !q.disabled)
    .map((q) => `${q.key}=${q.value ?? ""}`)
    .join("&");
  const target = `${url.protocol ? url.protocol + "://" : ""}${host}${url.port ? ":" + url.port : ""}/${path}${query ? "?" + query : ""}`;
  const body = req.body && req.body.mode === "raw" ? ` body ${String(req.body.raw).replace(/\s+/g, " ").slice(0, 400)}` : "";
  return `${req.method} ${target}${body}`;
}

const totals = { requests: 0, assertions: 0, failed: 0, status5xx: 0, byKind: {} };
const perService = [];
const lines = [];
for (const arg of reports) {
  const [service, file] = arg.split("=");
  const run = JSON.parse(readFileSync(file, "utf8")).run;
  const mine = { service, requests: 0, assertions: 0, failed: 0, status5xx: 0 };
  for (const ex of run.executions || []) {
    mine.requests++;
    const code = ex.response ? ex.response.code : 0;
    if (code >= 500) {
      mine.status5xx++;
      lines.push(`  5xx ${code} [${service}] ${describe(ex)}`);
    }
    for (const a of ex.assertions || []) {
      mine.assertions++;
      if (a.error) {
        mine.failed++;
        const k = kind(a.assertion);
        totals.byKind[k] = (totals.byKind[k] || 0) + 1;
        if (k !== "5xx") {
          lines.push(
            `  ${k} [${service}] ${ex.item.name}: ${describe(ex)} → ${code}: ${String(a.error.message).slice(0, 300)}`,
          );
        }
      }
    }
  }
  for (const k of ["requests", "assertions", "failed", "status5xx"]) totals[k] += mine[k];
  perService.push(mine);
}

const out = [];
for (const s of perService) {
  out.push(
    `${s.service}: ${s.requests} requests, ${s.assertions} assertions, ${s.failed} failed, ${s.status5xx} answered 5xx`,
  );
}
out.push(
  `total: ${totals.requests} requests, ${totals.assertions} assertions, ${totals.failed} failed, ${totals.status5xx} answered 5xx`,
);
for (const [k, n] of Object.entries(totals.byKind).sort()) out.push(`  failed ${k}: ${n}`);
writeFileSync(summaryFile, out.join("\n") + "\n");
console.log(out.join("\n"));
if (lines.length > 0) {
  console.log("\nFailures:");
  console.log(lines.join("\n"));
}
process.exit(totals.failed > 0 || totals.status5xx > 0 ? 1 : 0);

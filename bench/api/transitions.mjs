// Ticket transitions per second: C concurrent clients, each on its own ticket, alternating submit
// and reject with If-Match (the ETag of the previous answer). The first warm-up seconds are not
// counted. Prints one JSON line of figures.
//
//   node transitions.mjs <rectification base URL> <submitter token> <verifier token> <warm-up seconds> <seconds> <ticket id>...
//
// BENCH_CPU_PIDS (optional), e.g. "rectification=123,problem=456,postgres=tree:789": the CPU time
// (user + system, from /proc) each process used while transitions were counted, divided by the
// transitions, is printed as cpuMsPerTransition; "tree:" adds the process's children (PostgreSQL's
// backends, which live as long as the services' pooled connections).
// BENCH_PG_URL (optional), e.g. postgresql://postgres@127.0.0.1:55469/postgres: PostgreSQL's CPU
// per transition is also printed by connection (postgresByConnection): each backend's database and
// application name ("pool" for a service's pooled JDBC connections), from pg_stat_activity read with
// psql when counting starts and stops; a backend that began or ended in between counts from 0.
import http from 'node:http';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const [base, submitter, verifier, warmupArg, secondsArg, ...tickets] = process.argv.slice(2);
const seconds = Number(secondsArg);
const warmup = Number(warmupArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: tickets.length });

function request(method, path, token, headers = {}, body) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      `${base}${path}`,
      { method, agent, headers: { Authorization: `Bearer ${token}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({ status: res.statusCode, etag: res.headers.etag, body: text,
                    millis: performance.now() - started }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, body: String(e), millis: performance.now() - started }));
    if (body !== undefined) req.end(body); else req.end();
  });
}

const ticksPerMs = 100 / 1000; // USER_HZ, 100 on Linux
const cpuPids = (process.env.BENCH_CPU_PIDS || '').split(',').filter(Boolean).map((kv) => {
  const [name, spec] = kv.split('=');
  return { name, tree: spec.startsWith('tree:'), pid: Number(spec.replace('tree:', '')) };
});
function ticksOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}
function cpuTicks() {
  const all = cpuPids.some((p) => p.tree)
    ? fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((d) => [Number(d), ticksOf(d)])
    : [];
  const out = {};
  for (const p of cpuPids) {
    let ticks = ticksOf(p.pid)?.ticks ?? 0;
    if (p.tree) for (const [, s] of all) if (s && s.ppid === p.pid) ticks += s.ticks;
    out[p.name] = ticks;
  }
  return out;
}
// pid -> { name: "<database> <application>", ticks } of every PostgreSQL backend, or undefined.
function backendTicks() {
  if (!process.env.BENCH_PG_URL) return undefined;
  try {
    const rows = execFileSync('psql', ['-X', '-At', '-F', '|', process.env.BENCH_PG_URL, '-c',
      'select pid, coalesce(datname, \'-\'), application_name, backend_type from pg_stat_activity'],
      { encoding: 'utf8' });
    const out = {};
    for (const line of rows.split('\n').filter(Boolean)) {
      const [pid, db, app, type] = line.split('|');
      const ticks = ticksOf(pid)?.ticks;
      if (ticks === undefined) continue;
      const who = app === 'PostgreSQL JDBC Driver' ? 'pool' : app || type;
      out[pid] = { name: `${db} ${who}`, ticks };
    }
    return out;
  } catch {
    return undefined;
  }
}
let cpuAtCount;
let cpuAtStop;
let pgAtCount;
let pgAtStop;
if (cpuPids.length || process.env.BENCH_PG_URL) {
  setTimeout(() => { cpuAtCount = cpuTicks(); pgAtCount = backendTicks(); }, warmup * 1000);
  setTimeout(() => { cpuAtStop = cpuTicks(); pgAtStop = backendTicks(); }, (warmup + seconds) * 1000);
}

const comment = JSON.stringify({ comment: '基准：退回补充材料' });
const times = [];
const failures = {};
let firstFailure;
const countFrom = performance.now() + warmup * 1000;
const stopAt = countFrom + seconds * 1000;

async function client(id) {
  let etag;
  let submit;
  const reread = async () => {
    const r = await request('GET', `/api/v1/tickets/${id}`, verifier);
    etag = r.etag;
    submit = !r.body.includes('"status":"SUBMITTED"');
  };
  await reread();
  while (performance.now() < stopAt) {
    const r = submit
      ? await request('POST', `/api/v1/tickets/${id}/submit`, submitter, { 'If-Match': etag })
      : await request('POST', `/api/v1/tickets/${id}/reject`, verifier,
          { 'If-Match': etag, 'Content-Type': 'application/json' }, comment);
    if (r.status === 200 && r.etag) {
      if (performance.now() >= countFrom) times.push(r.millis);
      etag = r.etag;
      submit = !submit;
    } else if (performance.now() >= countFrom) {
      failures[r.status] = (failures[r.status] || 0) + 1;
      firstFailure ??= `${r.status} ${r.body.slice(0, 300)}`;
    }
    if (r.status !== 200 || !r.etag) await reread();
  }
}

await Promise.all(tickets.map(client));
const elapsed = (performance.now() - countFrom) / 1000;
times.sort((a, b) => a - b);
const pct = (p) => Number((times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? -1).toFixed(2));
let cpuMsPerTransition;
if (cpuAtCount && cpuAtStop && times.length) {
  cpuMsPerTransition = {};
  for (const p of cpuPids) {
    const ms = (cpuAtStop[p.name] - cpuAtCount[p.name]) / ticksPerMs;
    cpuMsPerTransition[p.name] = Number((ms / times.length).toFixed(2));
  }
}
let postgresByConnection;
if (pgAtCount && pgAtStop && times.length) {
  const byName = {};
  for (const [pid, b] of Object.entries(pgAtStop)) {
    const ms = (b.ticks - (pgAtCount[pid]?.ticks ?? 0)) / ticksPerMs;
    byName[b.name] = (byName[b.name] || 0) + ms;
  }
  postgresByConnection = Object.fromEntries(Object.entries(byName)
    .map(([name, ms]) => [name, Number((ms / times.length).toFixed(2))])
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]));
}
console.log(JSON.stringify({
  clients: tickets.length, seconds: Number(elapsed.toFixed(1)), transitions: times.length,
  perSecond: Number((times.length / elapsed).toFixed(1)), p50Ms: pct(0.5), p99Ms: pct(0.99),
  failures, firstFailure, cpuMsPerTransition, postgresByConnection,
}));

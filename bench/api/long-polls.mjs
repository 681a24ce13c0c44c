// Holds N concurrent long polls of GET /api/v1/events?after=<head>&wait=W on one service and, while
// they wait, checks readiness and times GETs of one ticket. Prints one JSON line of figures.
//
//   node long-polls.mjs <service base URL> <bearer token> <ticket URL> [polls] [wait seconds]
import http from 'node:http';

const [base, token, ticketUrl, pollsArg = '10000', waitArg = '30'] = process.argv.slice(2);
const polls = Number(pollsArg);
const wait = Number(waitArg);
const auth = { Authorization: `Bearer ${token}` };
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url, headers, useAgent) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(url, { headers, agent: useAgent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        resolve({ status: res.statusCode, body, millis: performance.now() - started,
                  at: performance.now() }));
    });
    req.setTimeout((wait + 60) * 1000, () => req.destroy(new Error('client timeout')));
    req.on('error', (e) =>
      resolve({ status: 0, body: String(e), millis: performance.now() - started, at: performance.now() }));
  });
}

function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function waitingGauge() {
  const r = await get(`${base}/q/metrics`, {}, keepAlive);
  const m = /^bihuan_feed_waiting_polls(?:\{[^}]*\})? ([0-9.E+]+)/m.exec(r.body);
  return m ? Number(m[1]) : -1;
}

const head = JSON.parse((await get(`${base}/api/v1/events/head`, auth, keepAlive)).body).position;
const sentAt = performance.now();
const answers = [];
for (let i = 0; i < polls; i++) {
  answers.push(get(`${base}/api/v1/events?after=${head}&wait=${wait}`, auth, agent));
}
let settled = 0;
answers.forEach((a) => a.then(() => settled++));

// Until every poll waits (or half the wait has passed): the gauge of the service.
let gauge = 0;
while (performance.now() - sentAt < (wait * 1000) / 2) {
  gauge = await waitingGauge();
  if (gauge >= polls) break;
  await new Promise((r) => setTimeout(r, 200));
}
const allWaitingAfter = performance.now() - sentAt;

// While they wait: readiness every 250 ms and GETs of one ticket back to back, until 2 s before
// the first poll's wait ends (at least 5 s, also when the polls took long to arrive).
const ready = [];
const reads = [];
const until = Math.max(sentAt + wait * 1000 - 2000, performance.now() + 5000);
const probeReady = (async () => {
  while (performance.now() < until) {
    const r = await get(`${base}/q/health/ready`, {}, undefined);
    ready.push({ up: r.status === 200 && r.body.includes('"UP"'), millis: r.millis });
    await new Promise((res) => setTimeout(res, 250));
  }
})();
while (performance.now() < until) {
  const r = await get(ticketUrl, auth, keepAlive);
  reads.push({ ok: r.status === 200, millis: r.millis });
}
await probeReady;
const gaugeDuring = await waitingGauge();

const done = await Promise.all(answers);
const lastAnswer = Math.max(...done.map((d) => d.at));
const limit = (wait + 1) * 1000;
const times = done.map((d) => d.millis).sort((a, b) => a - b);
const readTimes = reads.map((r) => r.millis).sort((a, b) => a - b);
const readyTimes = ready.map((r) => r.millis).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    polls,
    wait,
    waitingGauge: gauge,
    waitingGaugeLater: gaugeDuring,
    allWaitingAfterMs: Math.round(allWaitingAfter),
    answered200: done.filter((d) => d.status === 200).length,
    failed: done.filter((d) => d.status !== 200).length,
    firstFailure: (done.find((d) => d.status !== 200) || {}).body?.slice(0, 200),
    overWaitPlus1s: done.filter((d) => d.millis > limit).length,
    pollMsMin: Math.round(times[0]),
    pollMsMax: Math.round(times[times.length - 1]),
    lastAnswerAfterAllWaitingPlusWaitMs: Math.round(lastAnswer - (sentAt + allWaitingAfter + wait * 1000)),
    readinessChecks: ready.length,
    readinessAllUp: ready.every((r) => r.up),
    readinessMsMax: Math.round(readyTimes[readyTimes.length - 1] ?? -1),
    ticketGets: reads.length,
    ticketGetFailures: reads.filter((r) => !r.ok).length,
    ticketGetP50Ms: Number((percentile(readTimes, 0.5) ?? -1).toFixed(2)),
    ticketGetP99Ms: Number((percentile(readTimes, 0.99) ?? -1).toFixed(2)),
  }),
);
process.exit(0);

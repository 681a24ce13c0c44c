// Creates, through the public API, the items the generated collections need so that every
// operation's main request can get a real 2xx answer: one item per state a transition starts
// from (a ticket to start, one to submit, one to verify, …), since each transition moves it on.
// Writes them as PORTMAN_* lines (Portman turns PORTMAN_TICKET_TO_START into {{ticketToStart}}).
//
//   node fixtures.mjs <problem-url> <rectification-url> <token> <env-file> [<submitter-token>]
// The submitter token (another person) submits tickets and asks for extensions, so that the main
// token, which the contract tests use, may verify, reject and decide them: whoever submitted a
// ticket or asked for an extension never decides it (separation of duties).
import { appendFileSync } from "node:fs";

const [problemUrl, rectificationUrl, token, envFile, submitterToken] = process.argv.slice(2);
const submitter = submitterToken || token;
const ids = {};

async function call(base, method, path, body, as = token) {
  const res = await fetch(base + path, {
    method,
    headers: {
      Authorization: `Bearer ${as}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) {
    throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}
const problems = (m, p, b) => call(problemUrl, m, p, b);
const tickets = (m, p, b, as) => call(rectificationUrl, m, p, b, as);

const source = await problems("POST", "/api/v1/sources", {
  title: "契约测试用 2024年度民主生活会",
  kind: "MEETING",
  organization: "党委办公室",
  heldOn: "2024-04-18",
});
ids.SOURCE_ID = source.id;
const cause = await problems("POST", "/api/v1/causes", {
  sourceId: source.id,
  title: "学习制度执行不严格",
  description: "理论学习中心组学习流于形式。",
});
ids.CAUSE_ID = cause.id;
async function problem(title) {
  const p = await problems("POST", "/api/v1/problems", {
    sourceId: source.id,
    categoryPath: ["思想建设", "理论学习"],
    title,
    description: "部分党员对党的创新理论学习不系统。",
    causeIds: [cause.id],
  });
  return p.id;
}
ids.PROBLEM_ID = await problem("理论学习不够深入");
ids.PROBLEM_TO_WITHDRAW = await problem("重复登记的问题");
ids.PROBLEM_TO_CLOSE = await problem("已整改到位的问题");

const webhook = await problems("POST", "/api/v1/webhooks", {
  url: "http://127.0.0.1:9/hooks/bihuan",
  events: ["problem.*"],
  description: "契约测试",
});
ids.PROBLEM_WEBHOOK_ID = webhook.id;
const rectWebhook = await tickets("POST", "/api/v1/webhooks", {
  url: "http://127.0.0.1:9/hooks/bihuan",
  events: ["ticket.*"],
  description: "契约测试",
});
ids.TICKET_WEBHOOK_ID = rectWebhook.id;

// connectors (rectification-service): one to read, one to deactivate; their receiver does not
// listen, which the delivery log records
for (const name of ["CONNECTOR_ID", "CONNECTOR_TO_DEACTIVATE"]) {
  const c = await tickets("POST", "/api/v1/connectors", {
    kind: "wecom-robot",
    name: "契约测试",
    baseUrl: "http://127.0.0.1:9/cgi-bin/webhook/send",
    credentials: { key: "contract-test" },
  });
  ids[name] = c.id;
}

// a source without an import yet, for the main request of importDocument
const toImport = await problems("POST", "/api/v1/sources", {
  title: "契约测试用 整改方案",
  kind: "OTHER",
});
ids.SOURCE_TO_IMPORT = toImport.id;
for (const [name, call, events] of [
  ["PROBLEM_WEBHOOK_TO_DEACTIVATE", problems, ["problem.*"]],
  ["TICKET_WEBHOOK_TO_DEACTIVATE", tickets, ["ticket.*"]],
]) {
  const w = await call("POST", "/api/v1/webhooks", {
    url: "https://oa.example.cn/hooks/bihuan",
    events,
  });
  ids[name] = w.id;
}

const imported = await fetch(`${problemUrl}/api/v1/sources/${source.id}/import`, {
  method: "POST",
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain; charset=UTF-8" },
  body:
    "党委办公室2024年度民主生活会整改方案\n一、思想建设方面\n（一）理论学习不够深入\n" +
    "存在问题：部分党员对党的创新理论学习不系统。\n" +
    "整改措施：制定年度理论学习计划，每月开展一次专题研讨。\n" +
    "责任领导：李四；责任单位：党委办公室；责任人：张三；整改时限：2024年6月30日\n",
}).then(async (r) => {
  if (!r.ok) throw new Error(`import answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
  return r.json();
});
ids.IMPORT_ID = imported.importId;

async function ticket(measure, deadline = "2030-06-30") {
  const t = await tickets("POST", "/api/v1/tickets", {
    problemIds: [ids.PROBLEM_ID],
    measure,
    responsibleUnits: [{ name: "党委办公室" }],
    responsiblePerson: "张三",
    leaderInCharge: "李四",
    timing: "DEADLINE",
    deadline,
  });
  return t.id;
}
const act = (id, action, comment = "契约测试") =>
  tickets(
    "POST",
    `/api/v1/tickets/${id}/${action}`,
    { comment },
    action === "submit" ? submitter : token,
  );
const progress = (id) =>
  tickets("POST", `/api/v1/tickets/${id}/progress`, {
    note: "已制定理论学习计划",
    percent: 40,
  });

// the directory entries the contract's examples name (ORG-0012, P-10086): the person's PUT needs its
// unit, the GETs an entry, whatever order the collection runs them in
await tickets("PUT", "/api/v1/directory/units/ORG-0012", { name: "党委办公室" });
await tickets("PUT", "/api/v1/directory/people/P-10086", {
  name: "张三",
  unitExternalId: "ORG-0012",
  login: "zhangsan",
});

ids.TICKET_ID = await ticket("制定年度理论学习计划");
await act(ids.TICKET_ID, "start");
ids.PROGRESS_ID = (await progress(ids.TICKET_ID)).id;
const form = new FormData();
form.append("file", new Blob(["整改佐证：学习记录"], { type: "text/plain" }), "学习记录.txt");
const evidence = await fetch(`${rectificationUrl}/api/v1/tickets/${ids.TICKET_ID}/evidence`, {
  method: "POST",
  headers: { Authorization: `Bearer ${token}` },
  body: form,
}).then(async (r) => {
  if (!r.ok) throw new Error(`evidence answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
  return r.json();
});
ids.EVIDENCE_ID = evidence.id;
// the ticket the edit (PUT) changes: ASSIGNED, with the timing and deadline its body sends, so
// that the edit does not move the deadline (a later date is an extension, not an edit)
ids.TICKET_TO_UPDATE = await ticket("修订理论学习制度", "2030-12-31");
ids.TICKET_TO_START = await ticket("每月开展一次专题研讨");
ids.TICKET_TO_CANCEL = await ticket("建立学习台账");
ids.TICKET_TO_SUBMIT = await ticket("完善学习制度");
await act(ids.TICKET_TO_SUBMIT, "start");
await progress(ids.TICKET_TO_SUBMIT);
for (const name of ["TICKET_TO_VERIFY", "TICKET_TO_REJECT", "TICKET_TO_REOPEN"]) {
  ids[name] = await ticket(`整改措施 ${name}`);
  await act(ids[name], "start");
  await progress(ids[name]);
  await act(ids[name], "submit");
}
await act(ids.TICKET_TO_REOPEN, "verify");
for (const name of ["EXTENSION_TO_APPROVE", "EXTENSION_TO_REFUSE"]) {
  const t = await ticket(`延期的整改措施 ${name}`);
  const e = await tickets(
    "POST",
    `/api/v1/tickets/${t}/extensions`,
    { newDeadline: "2031-06-30", reason: "涉及制度修订，需经党委会审议" },
    submitter,
  );
  ids[name] = e.id;
}

// a problem whose only ticket is verified, so that closing it succeeds
const closing = await tickets("POST", "/api/v1/tickets", {
  problemIds: [ids.PROBLEM_TO_CLOSE],
  measure: "整改到位",
  responsibleUnits: [{ name: "党委办公室" }],
  responsiblePerson: "张三",
  timing: "DEADLINE",
  deadline: "2030-06-30",
});
await act(closing.id, "start");
await progress(closing.id);
await act(closing.id, "submit");
await act(closing.id, "verify");

// a delivery attempt to each webhook (its receiver does not listen), so that redelivering has one
async function firstDelivery(call, webhookId) {
  for (let i = 0; i < 40; i++) {
    const page = await call("GET", `/api/v1/webhooks/${webhookId}/deliveries`);
    if (page.items.length > 0) return page.items[0].id;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no delivery attempt to webhook ${webhookId} within 20 s`);
}
ids.PROBLEM_DELIVERY_ID = await firstDelivery(problems, ids.PROBLEM_WEBHOOK_ID);
ids.TICKET_DELIVERY_ID = await firstDelivery(tickets, ids.TICKET_WEBHOOK_ID);

const lines = Object.entries(ids).map(([k, v]) => `PORTMAN_${k}=${v}`);
appendFileSync(envFile, lines.join("\n") + "\n");
console.log(`fixtures: ${Object.keys(ids).length} items created`);

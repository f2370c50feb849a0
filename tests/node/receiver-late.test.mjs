// What issue 15 added to createWebhookHandler, from the built pkg/ by package name: late options,
// work that outlives the answer, deduplication of replayed deliveries, faults that are reported
// and never fatal (the fatal cases in a child process, which must keep serving), and the Node
// middleware's routing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const bodies = Object.fromEntries(Object.entries(fixtures.bodies).map(([k, make]) => [k, () => structuredClone(make())]));
const { dir } = support.setup();
const lib = await import(pathToFileURL(join(dir, "esm.mjs")).href);
const { createWebhookHandler, createNodeMiddleware, deliveryKey, memoryDedupeStore, whenIdle } = lib;

const SECRET = "test-secret-1"; // bodies.cjs's envelope
const text = (o) => JSON.stringify(o);
const post = (body) => new Request("http://127.0.0.1/webhook", { method: "POST", body });

// Runs `fn` with console.error captured; returns what was printed, one string per call.
async function capturingErrors(fn) {
  const printed = [];
  const original = console.error;
  console.error = (...args) => printed.push(args.map((a) => (a instanceof Error ? `${a.message}` : String(a))).join(" "));
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return printed;
}

test("late options: read at the first request with the Worker's env, once; nothing at creation", async () => {
  const seen = [];
  const calls = [];
  const handler = createWebhookHandler((env) => {
    seen.push(env);
    return { apiVersion: "3.1", secretKey: env.SECRET, on: { thread_closed: (w) => calls.push(w.action) } };
  });
  assert.equal(seen.length, 0);
  const env = { SECRET };
  assert.equal((await handler(post(text(bodies.thread_closed())), env)).status, 200);
  assert.equal((await handler(post(text(bodies.thread_closed())), { SECRET: "other" })).status, 200);
  assert.deepEqual(seen, [env]);
  assert.deepEqual(calls, ["thread_closed", "thread_closed"]);
});

test("late options that fail: 500 saying nothing, printed without the secret, tried again next time", async () => {
  let secret;
  const handler = createWebhookHandler(() => ({ apiVersion: "3.1", secretKey: secret, on: {} }));
  let res;
  const printed = await capturingErrors(async () => {
    res = await handler(post(text(bodies.thread_closed())));
  });
  assert.equal(res.status, 500);
  assert.equal(await res.text(), "");
  assert.equal(printed.length, 1);
  assert.match(printed[0], /secretKey/);
  assert.ok(!printed[0].includes(SECRET));
  secret = SECRET;
  assert.equal((await handler(post(text(bodies.thread_closed())))).status, 200);
});

test("with no onError, a failing handler is printed: its action and error, never the webhook", async () => {
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    on: {
      thread_closed() {
        throw new Error("database down");
      },
    },
  });
  let res;
  const printed = await capturingErrors(async () => {
    res = await handler(post(text(bodies.thread_closed())));
  });
  assert.equal(res.status, 500);
  assert.equal(printed.length, 1);
  assert.match(printed[0], /action "thread_closed".*database down/s);
  assert.ok(!printed[0].includes(SECRET));
});

test('answer: "when-valid" answers before the handler ends; ctx.waitUntil gets the work; its failure reaches onError', async () => {
  let finish;
  const gate = new Promise((r) => (finish = r));
  const errors = [];
  const kept = [];
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    answer: "when-valid",
    on: {
      async thread_closed() {
        await gate;
        throw new Error("late failure");
      },
    },
    onError: (e, w) => errors.push([e.message, w.action]),
  });
  const res = await handler(post(text(bodies.thread_closed())), {}, { waitUntil: (p) => kept.push(p) });
  assert.equal(res.status, 200);
  assert.equal(kept.length, 1);
  assert.deepEqual(errors, []);
  finish();
  await kept[0];
  assert.deepEqual(errors, [["late failure", "thread_closed"]]);
});

test("whenIdle: resolves once the late work has settled (Node has no waitUntil)", async () => {
  const log = [];
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    answer: "when-valid",
    on: {
      async thread_closed(_w, context) {
        await new Promise((r) => setTimeout(r, 30));
        context.waitUntil(new Promise((r) => setTimeout(r, 30)).then(() => log.push("waitUntil work")));
        log.push("handler");
      },
    },
  });
  await whenIdle(handler); // nothing yet
  assert.equal((await handler(post(text(bodies.thread_closed())))).status, 200);
  assert.deepEqual(log, []);
  await whenIdle(handler);
  assert.deepEqual(log, ["handler", "waitUntil work"]);
  await assert.rejects(whenIdle(async () => new Response()), TypeError);
});

test("context.waitUntil hands work to the waitUntil option where the request has no ctx", async () => {
  const kept = [];
  let done = false;
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    waitUntil: (p) => kept.push(p),
    on: {
      thread_closed(_w, context) {
        context.waitUntil(new Promise((r) => setTimeout(r, 10)).then(() => (done = true)));
      },
    },
  });
  assert.equal((await handler(post(text(bodies.thread_closed())))).status, 200);
  assert.equal(kept.length, 1);
  await kept[0];
  assert.equal(done, true);
});

test("dedupe: a replayed delivery is answered 200 without running the handler again", async () => {
  const calls = [];
  const handler = createWebhookHandler({ apiVersion: "3.1", dedupe: true, on: { thread_closed: (w) => calls.push(w.payload.chat_id) } });
  const body = text(bodies.thread_closed());
  for (let i = 0; i < 4; i++) assert.equal((await handler(post(body))).status, 200);
  assert.equal(calls.length, 1);
  // Another delivery of the same registered webhook (same webhook_id) is new.
  const other = bodies.thread_closed();
  other.payload.chat_id = "OTHER_CHAT";
  assert.equal((await handler(post(text(other)))).status, 200);
  assert.equal(calls.length, 2);
});

test("a slow handler and LiveChat's retries: with dedupe, the retries are answered 200 at once and the handler runs once", async () => {
  let finish;
  const gate = new Promise((r) => (finish = r));
  let runs = 0;
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    dedupe: true,
    on: {
      async thread_closed() {
        runs++;
        await gate; // a handler still working when the sender's timeout fires
      },
    },
  });
  const body = text(bodies.thread_closed());
  const first = handler(post(body));
  // The sender gave up on the first attempt and retries three times while it still runs.
  for (let i = 0; i < 3; i++) assert.equal((await handler(post(body))).status, 200);
  assert.equal(runs, 1);
  finish();
  assert.equal((await first).status, 200);
  assert.equal(runs, 1);
});

test("dedupe: a delivery whose handler failed is run again on the retry", async () => {
  let fail = true;
  let runs = 0;
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    dedupe: { store: memoryDedupeStore({ maxEntries: 10 }), ttlSeconds: 60 },
    on: {
      thread_closed() {
        runs++;
        if (fail) throw new Error("try again");
      },
    },
    onError: () => {},
  });
  const body = text(bodies.thread_closed());
  assert.equal((await handler(post(body))).status, 500);
  await new Promise((r) => setTimeout(r, 0)); // the release is late work
  fail = false;
  assert.equal((await handler(post(body))).status, 200);
  assert.equal((await handler(post(body))).status, 200);
  assert.equal(runs, 2);
});

test("dedupe: a store that fails does not lose the delivery (handled, failure reported)", async () => {
  const errors = [];
  let runs = 0;
  const store = { claim: async () => Promise.reject(new Error("redis down")), release() {} };
  const handler = createWebhookHandler({ apiVersion: "3.1", dedupe: { store }, on: { thread_closed: () => runs++ }, onError: (e) => errors.push(e.message) });
  assert.equal((await handler(post(text(bodies.thread_closed())))).status, 200);
  assert.equal(runs, 1);
  assert.deepEqual(errors, ["redis down"]);
});

test("deliveryKey: the webhook without its secret, hashed; webhook_id alone is not it", async () => {
  const a = bodies.thread_closed();
  const key = await deliveryKey(a);
  assert.match(key, new RegExp(`^livechat:${a.webhook_id}:[0-9a-f]{64}$`));
  assert.ok(!key.includes(SECRET));
  assert.equal(await deliveryKey({ ...a, secret_key: "rotated" }), key);
  const b = structuredClone(a);
  b.payload.thread_id = "ANOTHER";
  assert.notEqual(await deliveryKey(b), key);
  // memoryDedupeStore drops the oldest key beyond maxEntries.
  const store = memoryDedupeStore({ maxEntries: 2 });
  assert.equal(store.claim("a", 60), true);
  assert.equal(store.claim("a", 60), false);
  store.claim("b", 60);
  store.claim("c", 60);
  assert.equal(store.claim("a", 60), true);
});

test("createNodeMiddleware: next() for other paths, the handler for its own", async () => {
  const handler = createWebhookHandler({ apiVersion: "3.1", on: {} });
  const mw = createNodeMiddleware(handler, { path: "/livechat" });
  let nexted = 0;
  mw({ url: "/other", method: "POST", headers: {}, on() {}, pause() {} }, {}, () => nexted++);
  assert.equal(nexted, 1);
  const status = await new Promise((resolve) => {
    mw({ url: "/livechat?x=1", method: "GET", headers: {}, on() {}, pause() {} }, { writeHead: (s) => resolve(s), end() {} }, () => resolve("next"));
  });
  assert.equal(status, 405);
  assert.throws(() => createNodeMiddleware(handler, {}), TypeError);
});

// The faults that used to end the process, each in a real server in a child process: it must
// still answer afterwards and exit by itself, having printed each fault (never the secret).
test("a rejecting onError, failing late work and a failing when-valid handler never end the process", async () => {
  const script = join(dir, "faults-child.mjs");
  writeFileSync(
    script,
    `import { createServer } from "node:http";
import { createWebhookHandler, toNodeListener } from "livechat-webhooks";
const body = ${JSON.stringify(text(bodies.thread_closed()))};
const cases = {
  rejectingOnError: createWebhookHandler({ apiVersion: "3.1", on: { thread_closed() { throw new Error("handler failed"); } }, onError: async () => { throw new Error("onError rejected"); } }),
  throwingOnError: createWebhookHandler({ apiVersion: "3.1", on: { thread_closed() { throw new Error("handler failed"); } }, onError: () => { throw new Error("onError threw"); } }),
  lateWork: createWebhookHandler({ apiVersion: "3.1", on: { thread_closed(_w, c) { c.waitUntil(Promise.reject(new Error("late work failed"))); } } }),
  whenValid: createWebhookHandler({ apiVersion: "3.1", answer: "when-valid", on: { async thread_closed() { await null; throw new Error("when-valid failed"); } } }),
};
process.on("exit", (code) => console.log("exit " + code));
const server = createServer((req, res) => toNodeListener(cases[req.url.slice(1)])(req, res));
server.listen(0, "127.0.0.1", async () => {
  const url = "http://127.0.0.1:" + server.address().port + "/";
  const statuses = [];
  for (const name of Object.keys(cases)) statuses.push(name + " " + (await fetch(url + name, { method: "POST", body })).status);
  await new Promise((r) => setTimeout(r, 100));
  statuses.push("after " + (await fetch(url + "whenValid", { method: "POST", body })).status);
  console.log(statuses.join(", "));
  server.close();
});
`,
  );
  const child = spawn(process.execPath, [script], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise((r) => child.on("close", r));
  assert.equal(code, 0, `the child died:\n${out}\n${err}`);
  assert.match(out, /rejectingOnError 500, throwingOnError 500, lateWork 200, whenValid 200, after 200/);
  assert.match(out, /exit 0/);
  for (const what of ["onError rejected", "onError threw", "late work failed", "when-valid failed"]) assert.ok(err.includes(what), `${what} not printed:\n${err}`);
  assert.ok(!err.includes(SECRET) && !out.includes(SECRET));
});

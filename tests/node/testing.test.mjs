// livechat-webhooks/testing from the built pkg/, by package name: every sample of every action of
// every version validates; thousands of fast-check bodies per version validate; every invalid body
// gives exactly the one issue it promises; test requests drive createWebhookHandler and
// toNodeListener without a server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import support from "./support.cjs";

const { dir, pkg } = support.setup();
const entry = join(dir, "testing-kit.mjs");
writeFileSync(
  entry,
  'export * as lib from "livechat-webhooks";\nexport * as kit from "livechat-webhooks/testing";\nexport * as fcKit from "livechat-webhooks/testing/fast-check";\n',
);
const { lib, kit, fcKit } = await import(pathToFileURL(entry).href);
const { validateWebhook, apiVersions, actionsByVersion, createWebhookHandler, toNodeListener } = lib;

const SECRET = "kit-secret-7f3a";
// Valid bodies per version through fast-check (the whole run takes a few seconds).
const RUNS = 2000;

function errorsOf(r) {
  return r.issues.filter((i) => i.severity === "error").map((i) => `${i.code} ${i.pointer}`);
}

test("every action of every version has a sample, and it validates with no issue (seeds 0-4)", () => {
  let n = 0;
  for (const v of apiVersions) {
    for (const action of actionsByVersion[v]) {
      for (let seed = 0; seed < 5; seed++) {
        for (const secretKey of [undefined, SECRET]) {
          const s = kit.sampleWebhook(action, { apiVersion: v, seed, secretKey });
          assert.equal(s.action, action);
          assert.equal(s.apiVersion, v);
          assert.equal(s.value.action, action);
          assert.deepEqual(JSON.parse(s.body), s.value);
          const r = validateWebhook(s.body, { apiVersion: v, unknownFields: "reject", ...(secretKey && { secretKey }) });
          assert.equal(r.ok, true, `${v} ${action} seed ${seed}: ${JSON.stringify(r.issues)}`);
          assert.deepEqual(r.issues, [], `${v} ${action} seed ${seed}`);
          if (secretKey !== undefined) assert.equal(s.value.secret_key, SECRET);
          n++;
        }
      }
    }
  }
  const pairs = apiVersions.reduce((k, v) => k + actionsByVersion[v].length, 0);
  assert.equal(n, pairs * 10);
  assert.ok(pairs > 200, `${pairs} (version, action) pairs`);
});

test("sampleWebhooks gives one body per action; a sample is deterministic for its seed", () => {
  for (const v of apiVersions) {
    const all = kit.sampleWebhooks({ apiVersion: v, seed: 3 });
    assert.deepEqual(
      all.map((s) => s.action),
      [...actionsByVersion[v]],
    );
  }
  const a = kit.sampleWebhook("incoming_chat", { seed: 42 });
  const b = kit.sampleWebhook("incoming_chat", { seed: 42 });
  const c = kit.sampleWebhook("incoming_chat", { seed: 43 });
  assert.equal(a.body, b.body);
  assert.notEqual(a.body, c.body);
  assert.equal(kit.sampleWebhook("incoming_chat").apiVersion, lib.latestApiVersion);
});

test("samples look like LiveChat's traffic: id shapes, RFC 3339 times, e-mails, nested chats", () => {
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
  for (let seed = 0; seed < 20; seed++) {
    const { value } = kit.sampleWebhook("incoming_chat", { apiVersion: "3.6", seed });
    const chat = value.payload.chat;
    assert.match(chat.id, /^[A-Z0-9]{10}$/);
    assert.match(chat.thread.id, /^[A-Z0-9]{10}$/);
    assert.match(value.webhook_id, /^[0-9a-f]{32}$/);
    assert.match(value.organization_id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(chat.thread.created_at, rfc3339);
    assert.ok(chat.users.length >= 0);
    for (const u of chat.users) {
      if (u.type === "agent") assert.match(u.id, /^[a-z]+\.[a-z]+@example\.(com|net|org)$/);
      else assert.match(u.id, /^[0-9a-f-]{36}$/);
    }
    for (const e of chat.thread.events ?? []) {
      if (e.deleted !== true) assert.match(e.id, /^[A-Z0-9]{10}_\d+$/);
    }
  }
});

test("overrides are merged into the sample, and a bad version or action is a TypeError", () => {
  const s = kit.sampleWebhook("incoming_event", {
    apiVersion: "3.6",
    overrides: { payload: { chat_id: "OVERRIDDEN" }, extra_member: [1, 2] },
  });
  assert.equal(s.value.payload.chat_id, "OVERRIDDEN");
  assert.deepEqual(s.value.extra_member, [1, 2]);
  assert.ok(s.value.payload.event, "the rest of the payload is kept");
  assert.equal(validateWebhook(s.body, { apiVersion: "3.6" }).ok, true);
  assert.throws(() => kit.sampleWebhook("incoming_chat", { apiVersion: "2.9" }), { name: "TypeError", message: /unknown apiVersion "2.9"/ });
  assert.throws(() => kit.sampleWebhook("no_such_action"), { name: "TypeError", message: /has no action "no_such_action"/ });
  assert.throws(() => kit.sampleWebhook("incoming_chat", { seed: 1.5 }), { name: "TypeError", message: /seed/ });
});

test("every invalid body of every action and version gives exactly the issue it promises", () => {
  const kinds = new Map();
  for (const v of apiVersions) {
    for (const action of actionsByVersion[v]) {
      for (const secretKey of [undefined, SECRET]) {
        const all = kit.invalidWebhooks(action, { apiVersion: v, secretKey });
        assert.ok(all.length > 0, `${v} ${action}: no invalid body`);
        for (const m of all) {
          const r = validateWebhook(m.body, { apiVersion: v, ...(secretKey && { secretKey }) });
          assert.equal(r.ok, false, `${v} ${action}: ${m.change} was accepted`);
          assert.deepEqual(errorsOf(r), [`${m.expected.code} ${m.expected.pointer}`], `${v} ${action}: ${m.change}`);
          const kind = m.expected.code;
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
      }
    }
  }
  // Every kind of change is made, many times.
  for (const code of ["missing_field", "invalid_type", "invalid_value", "unknown_action", "secret_mismatch"]) {
    assert.ok((kinds.get(code) ?? 0) > 100, `${code}: ${kinds.get(code) ?? 0}`);
  }
  // Over a length limit: the message text, rich-message elements and buttons, group names.
  const limits = kit
    .invalidWebhooks("incoming_event", { apiVersion: "3.6", seed: 0 })
    .concat(...[0, 1, 2, 3, 4, 5, 6, 7].map((seed) => kit.invalidWebhooks("group_created", { apiVersion: "3.6", seed })))
    .filter((m) => /at most/.test(m.change));
  assert.ok(limits.some((m) => m.expected.pointer === "/payload/name"), JSON.stringify(limits.map((m) => m.change)));
  // And inside events (a union the checker reads as Event): a message's 16 KB, rich-message
  // elements and buttons.
  const inEvents = [];
  for (let seed = 0; seed < 60; seed++) {
    for (const action of ["incoming_event", "incoming_chat"]) {
      inEvents.push(...kit.invalidWebhooks(action, { apiVersion: "3.6", seed }).filter((m) => /at most/.test(m.change)));
    }
  }
  for (const tail of [/\/text$/, /\/elements$/, /\/buttons$/]) {
    assert.ok(inEvents.some((m) => tail.test(m.expected.pointer)), `${tail}: ${inEvents.map((m) => m.change).join(", ")}`);
  }
  for (const m of inEvents) {
    assert.deepEqual(errorsOf(validateWebhook(m.body, { apiVersion: "3.6" })), [`${m.expected.code} ${m.expected.pointer}`], m.change);
  }
});

for (const v of apiVersions) {
  test(`API ${v}: ${RUNS} fast-check bodies validate, ${RUNS} invalid ones give their promised issue`, () => {
    const actions = new Set();
    fc.assert(
      fc.property(fcKit.webhookArbitrary({ apiVersion: v }), (s) => {
        actions.add(s.action);
        const r = validateWebhook(s.body, { apiVersion: v });
        if (!r.ok || r.issues.length > 0) throw new Error(`${s.action}: ${JSON.stringify(r.issues)}\n${s.body}`);
      }),
      { numRuns: RUNS, seed: 14 },
    );
    // The tape's first number picks the action: nearly all are drawn.
    assert.ok(actions.size >= actionsByVersion[v].length * 0.9, `${actions.size} of ${actionsByVersion[v].length} actions`);
    const codes = new Set();
    fc.assert(
      fc.property(fcKit.invalidWebhookArbitrary({ apiVersion: v, secretKey: SECRET }), (m) => {
        codes.add(m.expected.code);
        const r = validateWebhook(m.body, { apiVersion: v, secretKey: SECRET });
        assert.deepEqual(errorsOf(r), [`${m.expected.code} ${m.expected.pointer}`], m.change);
      }),
      { numRuns: RUNS, seed: 14 },
    );
    assert.ok(codes.size >= 4, [...codes].join(", "));
  });
}

test("fast-check shrinks a failing property to a small body", () => {
  // Fails once a chat has two users: the shrunk body has exactly two, and little else.
  const twoUsers = (s) => s.value.payload.chat.users.length < 2;
  const arb = fcKit.webhookArbitrary({ apiVersion: "3.6", action: "incoming_chat" });
  const out = fc.check(fc.property(arb, twoUsers), { seed: 1, numRuns: 300 });
  assert.equal(out.failed, true);
  const shrunk = out.counterexample[0];
  assert.equal(shrunk.value.payload.chat.users.length, 2);
  assert.ok(out.numShrinks > 0);
  const simplest = kit.webhookFromTape([], { apiVersion: "3.6", action: "incoming_chat" });
  assert.ok(shrunk.body.length < simplest.body.length + 400, `${shrunk.body.length} vs ${simplest.body.length}`);
  assert.equal(validateWebhook(shrunk.body, { apiVersion: "3.6" }).ok, true);
});

test("createTestRequest drives createWebhookHandler without a server", async () => {
  const seen = [];
  const handler = createWebhookHandler({
    apiVersion: "3.6",
    secretKey: SECRET,
    on: {
      incoming_chat(webhook) {
        seen.push(webhook.payload.chat.id);
      },
    },
  });
  const s = kit.sampleWebhook("incoming_chat", { apiVersion: "3.6", secretKey: SECRET, seed: 5 });
  const ok = await handler(kit.createTestRequest(s));
  assert.equal(ok.status, 200);
  assert.deepEqual(seen, [s.value.payload.chat.id]);
  // The body's text, its bytes and the value all work.
  assert.equal((await handler(kit.createTestRequest(s.body))).status, 200);
  assert.equal((await handler(kit.createTestRequest(new TextEncoder().encode(s.body)))).status, 200);
  assert.equal((await handler(kit.createTestRequest(s.value))).status, 200);
  // A wrong secret is 401; an invalid body 400 with its promised issue; GET 405.
  const wrong = kit.sampleWebhook("incoming_chat", { apiVersion: "3.6", secretKey: "another" });
  assert.equal((await handler(kit.createTestRequest(wrong))).status, 401);
  const bad = kit.invalidWebhooks("incoming_chat", { apiVersion: "3.6", secretKey: SECRET }).find((m) => m.expected.code === "missing_field");
  const res = await handler(kit.createTestRequest(bad));
  assert.equal(res.status, 400);
  const { issues } = await res.json();
  assert.ok(issues.some((i) => i.code === "missing_field" && i.pointer === bad.expected.pointer));
  assert.equal((await handler(kit.createTestRequest(s, { method: "GET" }))).status, 405);
  const req = kit.createTestRequest(s, { url: "http://localhost/hooks", headers: { "x-request-id": "7" } });
  assert.equal(req.url, "http://localhost/hooks");
  assert.equal(req.headers.get("x-request-id"), "7");
  assert.equal(req.headers.get("content-type"), "application/json");
});

test("createNodeTestRequest drives toNodeListener without a server (bodies streamed in chunks)", async () => {
  const seen = [];
  const listener = toNodeListener(
    createWebhookHandler({ apiVersion: "3.6", on: { incoming_event: (w) => void seen.push(w.payload.event.id) } }),
  );
  // A body over 16 KB arrives in several chunks.
  const text = "x".repeat(20_000);
  const s = kit.sampleWebhook("incoming_event", { apiVersion: "3.6", overrides: { padding: text } });
  const { req, res, response } = kit.createNodeTestRequest(s);
  await listener(req, res);
  const r = await response;
  assert.equal(r.status, 200);
  assert.deepEqual(seen, [s.value.payload.event.id]);
  const bad = kit.createNodeTestRequest("{");
  await listener(bad.req, bad.res);
  const answer = await bad.response;
  assert.equal(answer.status, 400);
  assert.equal(JSON.parse(answer.body).issues[0].code, "invalid_json");
});

test("the testing subpath is plain JavaScript for every runtime: no node: import, no wasm", () => {
  const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
  assert.equal(manifest.exports["./testing"].import, "./testing.mjs");
  assert.deepEqual(manifest.peerDependenciesMeta, { "fast-check": { optional: true } });
  assert.equal(manifest.dependencies, undefined, "the package has no dependency");
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(pkg, file), "utf8");
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
      assert.ok(m[1].startsWith("./"), `${file} imports ${m[1]}`);
      assert.ok(!m[1].includes("wasm") && !m[1].includes("livechat_webhooks"), `${file} imports ${m[1]}`);
      visit(m[1].slice(2));
    }
  };
  visit("testing.mjs");
  assert.deepEqual([...seen].sort(), ["constants.mjs", "mutate.mjs", "sample.mjs", "testing-schemas.mjs", "testing.mjs"]);
});

test("require() gets the same kit (CommonJS test runners), fast-check subpath included", () => {
  const require = createRequire(join(dir, "package.json"));
  const cjs = require("livechat-webhooks/testing");
  const cjsFc = require("livechat-webhooks/testing/fast-check");
  assert.equal(cjs.sampleWebhook("incoming_event", { seed: 7 }).body, kit.sampleWebhook("incoming_event", { seed: 7 }).body);
  const [first] = fc.sample(cjsFc.webhookArbitrary({ apiVersion: "3.2" }), { numRuns: 1, seed: 3 });
  assert.equal(first.apiVersion, "3.2");
  assert.equal(require("livechat-webhooks").validateWebhook(first.body, { apiVersion: "3.2" }).ok, true);
});

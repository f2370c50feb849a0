// API versions through the release pkg/ as a user imports it: the cases of every version
// (tests/cases/versions.json), the default version, "auto", and the version-aware helpers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";

const { dir, root } = support.setup();
const api = await import(pathToFileURL(join(dir, "esm.mjs")).href);
const { decodeWebhook, validateWebhook, isKnownWebhook, WebhookError } = api;
const cases = JSON.parse(readFileSync(join(root, "tests", "cases", "versions.json"), "utf8"));

test("every API 3.2–3.6 case gives what it expects, from text and from bytes", () => {
  assert.ok(cases.length > 150, `only ${cases.length} cases`);
  for (const c of cases) {
    const text = JSON.stringify(c.body, null, 2);
    for (const body of [text, new TextEncoder().encode(text)]) {
      const r = validateWebhook(body, c.options);
      assert.equal(r.ok, c.expect.ok, `${c.name}: ${JSON.stringify(r.issues.map((i) => [i.code, i.pointer]))}`);
      for (const want of c.expect.issues ?? []) {
        const found = r.issues.find((i) => i.code === want.code && i.pointer === want.pointer);
        assert.ok(found, `${c.name}: no ${want.code} at "${want.pointer}"`);
        for (const part of want.message_contains ?? []) assert.ok(found.message.includes(part), `${c.name}: "${part}" not in ${found.message}`);
      }
      if (c.expect.ok) {
        assert.deepEqual(r.value, c.body, c.name);
        assert.deepEqual(decodeWebhook(body, c.options), c.body, c.name);
      } else {
        assert.throws(() => decodeWebhook(body, c.options), WebhookError, c.name);
      }
    }
  }
});

const byName = (name) => {
  const c = cases.find((x) => x.name === name);
  assert.ok(c, name);
  return c;
};

test("the default version is the latest stable, 3.6; 3.7 is a preview", () => {
  assert.equal(api.latestApiVersion, "3.6");
  assert.deepEqual(api.apiVersions, ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]);
  const latest = byName("3.6 thread_summary_set").body;
  assert.equal(decodeWebhook(JSON.stringify(latest)).payload.summary.status, "ok");
  const r = validateWebhook(JSON.stringify(latest));
  assert.equal(r.apiVersion, "3.6");
  // A 3.2 body decoded with the default is refused, and told which version to configure.
  const old = byName("3.2 thread_tagged").body;
  assert.throws(() => decodeWebhook(JSON.stringify(old)), WebhookError);
  const issues = validateWebhook(JSON.stringify(old)).issues;
  assert.equal(issues[0].code, "api_version_mismatch");
  assert.match(issues[0].message, /valid API 3\.4 \/ 3\.3 \/ 3\.2 one/);
});

test('"auto" reads a body as the newest version that accepts it', () => {
  const deleted = byName("3.6 event_deleted").body;
  const r = validateWebhook(JSON.stringify(deleted), { apiVersion: "auto" });
  assert.equal(r.ok, true);
  assert.equal(r.apiVersion, "3.6");
  assert.deepEqual(r.issues, []);
  const old = byName("3.2 customer_created").body;
  const both = validateWebhook(JSON.stringify(old), { apiVersion: "auto" });
  assert.equal(both.ok, true);
  assert.equal(both.apiVersion, "3.2");
  assert.deepEqual(both.issues.map((i) => [i.code, i.severity]), [["ambiguous_api_version", "warning"]]);
  assert.deepEqual(decodeWebhook(JSON.stringify(old), { apiVersion: "auto" }), old);
  // "3.7", a preview with 3.6's webhooks, is a version of its own (its row says `same`).
  assert.equal(validateWebhook(JSON.stringify(deleted), { apiVersion: "3.7" }).apiVersion, "3.7");
});

test("actionsByVersion and isKnownWebhook follow each version", () => {
  const counts = Object.fromEntries(Object.entries(api.actionsByVersion).map(([v, a]) => [v, a.length]));
  assert.deepEqual(counts, { "3.1": 24, "3.2": 21, "3.3": 23, "3.4": 36, "3.5": 37, "3.6": 38, "3.7": 38 });
  assert.deepEqual(api.actionsByVersion["3.7"], api.actionsByVersion["3.6"]);
  assert.ok(Object.isFrozen(api.actionsByVersion["3.6"]));
  assert.deepEqual(api.knownActions, api.actionsByVersion["3.6"]);
  const customer = { action: "incoming_customer" };
  assert.equal(isKnownWebhook(customer, "3.5"), true);
  assert.equal(isKnownWebhook(customer), false, "removed in 3.6, the default");
  assert.equal(isKnownWebhook({ action: "thread_closed" }, "3.1"), true);
  assert.throws(() => isKnownWebhook(customer, "2.0"), TypeError);
});

test("an unknown apiVersion is refused, never ignored", () => {
  const body = JSON.stringify(byName("3.6 thread_tagged").body);
  for (const apiVersion of ["3.0", "4", "", 3.6]) {
    assert.throws(() => decodeWebhook(body, { apiVersion }), TypeError, String(apiVersion));
    const r = validateWebhook(body, { apiVersion });
    assert.equal(r.ok, false);
    assert.equal(r.issues[0].code, "invalid_value");
    assert.match(r.issues[0].message, /apiVersion/);
  }
});

test("createWebhookHandler follows apiVersion: 3.6 by default, typed handlers per version", async () => {
  const received = [];
  const handler = api.createWebhookHandler({
    secretKey: "whsec-versions-Vq3",
    on: { thread_summary_set: (w) => received.push(w.payload.summary.status) },
  });
  const post = (body) => handler(new Request("http://127.0.0.1/webhook", { method: "POST", body: JSON.stringify(body) }));
  const ok = await post(byName("3.6 thread_summary_set").body);
  assert.equal(ok.status, 200);
  assert.deepEqual(received, ["ok"]);
  const old = await post(byName("3.2 thread_tagged").body);
  assert.equal(old.status, 400);
  const { issues } = await old.json();
  assert.equal(issues[0].code, "api_version_mismatch");
  const v32 = api.createWebhookHandler({ apiVersion: "3.2", secretKey: "whsec-versions-Vq3", on: { thread_tagged: (w) => received.push(w.license_id) } });
  const answer = await v32(new Request("http://127.0.0.1/webhook", { method: "POST", body: JSON.stringify(byName("3.2 thread_tagged").body) }));
  assert.equal(answer.status, 200);
  assert.deepEqual(received, ["ok", 19283746]);
});

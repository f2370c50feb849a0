// The testing kit's RTM pushes and app webhooks, from the built pkg/ by package name: every push
// action of every API and version, and every app webhook event, gets samples that validatePush /
// validateAppWebhook accept with no issue at all (not even a warning), for several seeds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";

const { dir } = support.setup();
const entry = join(dir, "testing-pushes.mjs");
writeFileSync(entry, 'export * as lib from "livechat-webhooks";\nexport * as kit from "livechat-webhooks/testing";\n');
const { lib, kit } = await import(pathToFileURL(entry).href);
const { validatePush, validateAppWebhook, pushesByVersion, latestApiVersion } = lib;

const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7];
const said = (r) => r.issues.map((i) => `${i.severity} ${i.code} ${i.pointer}: ${i.message}`);

test("samplePush: every push of every API and version validates with no issue", () => {
  let checked = 0;
  for (const api of ["agent", "customer"]) {
    const versions = Object.keys(pushesByVersion[api]);
    assert.ok(versions.length >= 2, `${api} has push versions`);
    for (const apiVersion of versions) {
      for (const action of pushesByVersion[api][apiVersion]) {
        for (const seed of SEEDS) {
          const s = kit.samplePush(action, { api, apiVersion, seed });
          assert.equal(s.action, action);
          assert.equal(s.api, api);
          assert.equal(s.apiVersion, apiVersion);
          assert.equal(s.body, JSON.stringify(s.value));
          assert.equal(s.value.type, "push");
          assert.equal(s.value.action, action);
          // The frame names its version from the second push version on (3.2's has none).
          assert.equal(s.value.version, apiVersion === versions[0] ? undefined : apiVersion);
          const r = validatePush(s.body, { api, apiVersion });
          assert.deepEqual(said(r), [], `${api} ${apiVersion} ${action} seed ${seed}: ${s.body}`);
          assert.equal(r.ok, true);
          assert.equal(r.value.action, action);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 500, `checked ${checked} frames`);
});

test("samplePush: deterministic per seed, seeds differ, overrides merge, defaults to the latest version", () => {
  const a = kit.samplePush("incoming_chat", { api: "agent", seed: 3 });
  assert.equal(a.body, kit.samplePush("incoming_chat", { api: "agent", seed: 3 }).body);
  const bodies = new Set(SEEDS.map((seed) => kit.samplePush("incoming_chat", { api: "agent", seed }).body));
  assert.ok(bodies.size > 1, "different seeds give different frames");
  assert.equal(a.apiVersion, latestApiVersion);
  const o = kit.samplePush("incoming_chat", { api: "customer", apiVersion: "3.5", overrides: { request_id: "req-1", payload: { chat: { id: "PJ0MRSHTDG" } } } });
  assert.equal(o.value.request_id, "req-1");
  assert.equal(o.value.payload.chat.id, "PJ0MRSHTDG");
  assert.deepEqual(said(validatePush(o.body, { api: "customer", apiVersion: "3.5" })), []);
});

test("samplePush: a wrong api, version or action is a TypeError that names what exists", () => {
  assert.throws(() => kit.samplePush("incoming_chat", {}), { name: "TypeError", message: /needs \{ api: "agent" \}/ });
  assert.throws(() => kit.samplePush("incoming_chat", { api: "agent", apiVersion: "3.1" }), { name: "TypeError", message: /no pushes in apiVersion "3\.1"; expected one of 3\.2/ });
  assert.throws(() => kit.samplePush("no_such_push", { api: "agent", apiVersion: "3.5" }), { name: "TypeError", message: /has no push "no_such_push"; its pushes: .*incoming_chat/ });
  assert.throws(() => kit.samplePush("incoming_chat", { api: "agent", seed: 1.5 }), { name: "TypeError", message: /seed must be an integer/ });
});

test("sampleAppWebhook: every event validates with no issue", () => {
  const events = kit.appWebhookEvents();
  assert.ok(events.includes("application_installed") && events.includes("payment_collected"), events.join(", "));
  for (const event of events) {
    for (const seed of SEEDS) {
      const s = kit.sampleAppWebhook(event, { seed });
      assert.equal(s.event, event);
      assert.equal(s.value.event, event);
      assert.equal(Object.keys(s.value)[0], "event");
      assert.equal(s.body, JSON.stringify(s.value));
      const r = validateAppWebhook(s.body);
      assert.deepEqual(said(r), [], `${event} seed ${seed}: ${s.body}`);
      assert.equal(r.ok, true);
    }
  }
  assert.throws(() => kit.sampleAppWebhook("payment_refunded"), { name: "TypeError", message: /no app webhook event "payment_refunded"; the events: application_installed/ });
});

test("a push sample is no webhook, and a webhook sample no push", () => {
  const push = kit.samplePush("incoming_chat", { api: "agent", apiVersion: "3.5" });
  assert.equal(lib.validateWebhook(push.body, { apiVersion: "3.5" }).ok, false);
  const hook = kit.sampleWebhook("incoming_chat", { apiVersion: "3.5" });
  const r = validatePush(hook.body, { api: "agent", apiVersion: "3.5" });
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.code), ["not_a_push"]);
});

// RTM pushes (issue 17) through the release pkg/ as a user imports it: decodePush / validatePush
// with every body kind, the frame's own issue code, the hints between webhooks and pushes, "auto"
// and options; and, when ../shared/fixtures is there, every documentation sample of 3.2–3.6 under
// its API and version (the skeletons fail, as tests/conformance_pushes.rs lists them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";

const { dir, root } = support.setup();
const api = await import(pathToFileURL(join(dir, "esm.mjs")).href);
const { decodePush, validatePush, decodeWebhook, validateWebhook, pushesByVersion, pushSchema, WebhookError } = api;

const chat = { chat_id: "PJ0MRSHTDG", thread_id: "K600PKZON8" };
const frame = (version, action, payload) => ({ ...(version === "3.2" ? {} : { version }), action, type: "push", payload });
const typing = (v) => ({
  ...chat,
  typing_indicator: { author_id: "a@example.com", ...(v >= "3.4" ? { visibility: "all" } : { recipients: "all" }), timestamp: 1574245378, is_typing: true },
});

test("the push sets per API and version are the reference pages' (counts of livechat-rtm-pushes.md §5.1)", () => {
  const count = (api) => ["3.2", "3.3", "3.4", "3.5", "3.6", "3.7"].map((v) => pushesByVersion[api][v].length);
  assert.deepEqual(count("agent"), [32, 34, 50, 52, 62, 65]);
  assert.deepEqual(count("customer"), [24, 24, 24, 25, 29, 29]);
  assert.ok(pushesByVersion.agent["3.7"].includes("canned_response_created"));
  assert.ok(!pushesByVersion.customer["3.6"].includes("routing_status_set"));
});

test("a valid push decodes from text, bytes and an object, the value being the frame", () => {
  const f = frame("3.6", "incoming_typing_indicator", typing("3.6"));
  const text = JSON.stringify(f);
  for (const body of [text, new TextEncoder().encode(text), f]) {
    assert.deepEqual(decodePush(body, { api: "agent", apiVersion: "3.6" }), f);
    const r = validatePush(body, { api: "agent", apiVersion: "3.6" });
    assert.equal(r.ok, true);
    assert.equal(r.apiVersion, "3.6");
    assert.deepEqual(r.value, f);
  }
});

test("3.2 frames have no version; array and map payloads", () => {
  const q = frame("3.2", "queue_positions_updated", [{ ...chat, queue: { position: 1, wait_time: 30 } }]);
  assert.deepEqual(decodePush(q, { api: "agent", apiVersion: "3.2" }), q);
  const totals = frame("3.6", "subscribed_customers_totals_updated", { "sub-1": 12, "sub-2": 0 });
  assert.deepEqual(decodePush(totals, { api: "agent", apiVersion: "3.6" }), totals);
  const bad = frame("3.6", "subscribed_customers_totals_updated", { "sub-1": "12" });
  const r = validatePush(bad, { api: "agent", apiVersion: "3.6" });
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["invalid_type", "/payload/sub-1"]]);
});

test("the same action name differs by API: groups_status_updated", () => {
  const agent = frame("3.5", "groups_status_updated", { groups: [{ id: 1, status: "accepting_chats" }] });
  const customer = frame("3.5", "groups_status_updated", { groups: [{ id: 1, status: "online_for_queue" }] });
  assert.equal(validatePush(agent, { api: "agent", apiVersion: "3.5" }).ok, true);
  assert.equal(validatePush(customer, { api: "customer", apiVersion: "3.5" }).ok, true);
  const crossed = validatePush(customer, { api: "agent", apiVersion: "3.5" });
  assert.deepEqual(crossed.issues.map((i) => [i.code, i.pointer]), [["invalid_value", "/payload/groups/0/status"]]);
});

test("typical mistakes give their code, pointer, line and column", () => {
  const text = '{\n  "version": "3.6",\n  "action": "chat_deleted",\n  "type": "push",\n  "payload": {}\n}';
  const r = validatePush(text, { api: "agent", apiVersion: "3.6" });
  assert.deepEqual(r.issues.map((i) => [i.code, i.pointer, i.line, i.column]), [["missing_field", "/payload/chat_id", 5, 14]]);
  const unknown = validatePush(frame("3.6", "routing_status_set", { agent_id: "a", status: "offline" }), { api: "customer", apiVersion: "3.6" });
  assert.equal(unknown.issues[0].code, "unknown_action");
  assert.match(unknown.issues[0].message, /api: "agent"/);
  const noPayload = validatePush({ version: "3.6", action: "chat_deleted", type: "push" }, { api: "agent", apiVersion: "3.6" });
  assert.deepEqual(noPayload.issues.map((i) => [i.code, i.pointer]), [["missing_field", "/payload"]]);
  assert.throws(() => decodePush(text, { api: "agent", apiVersion: "3.6" }), (e) => e instanceof WebhookError && /Invalid push frame/.test(e.message));
});

test("a frame that is no push gets not_a_push, and only that", () => {
  const opts = { api: "agent", apiVersion: "3.6" };
  const cases = [
    [{ request_id: "1", action: "send_event", type: "response", success: true, payload: {} }, /a response/],
    [{ request_id: "1", action: "send_event", type: "response", success: false, payload: { error: { type: "misdirected_request", message: "x" } } }, /error response/],
    [{ request_id: "1", action: "send_event", payload: { chat_id: "x" } }, /request/],
  ];
  for (const [body, message] of cases) {
    const r = validatePush(body, opts);
    assert.equal(r.ok, false);
    assert.equal(r.issues.length, 1, JSON.stringify(r.issues));
    assert.equal(r.issues[0].code, "not_a_push");
    assert.match(r.issues[0].message, message);
  }
});

test("a webhook given to decodePush, and a push given to decodeWebhook, name the right function", () => {
  const webhook = { webhook_id: "w", secret_key: "s", action: "chat_deactivated", organization_id: "o", payload: { chat_id: "c", thread_id: "t" } };
  const r = validatePush(webhook, { api: "agent", apiVersion: "3.6" });
  assert.deepEqual(r.issues.map((i) => i.code), ["not_a_push"]);
  assert.match(r.issues[0].message, /decodeWebhook/);
  const w = validateWebhook(frame("3.6", "chat_deactivated", { chat_id: "c", thread_id: "t" }), { apiVersion: "3.6" });
  assert.deepEqual(w.issues.map((i) => i.code), ["not_a_webhook"]);
  assert.match(w.issues[0].message, /decodePush/);
});

test("version: auto reads the frame's own; a frame of another version is a mismatch", () => {
  const f = frame("3.4", "chat_deleted", { chat_id: "c" });
  const r = validatePush(f, { api: "agent", apiVersion: "auto" });
  assert.equal(r.ok, true);
  assert.equal(r.apiVersion, "3.4");
  const m = validatePush(f, { api: "agent", apiVersion: "3.6" });
  assert.deepEqual(m.issues.map((i) => [i.code, i.pointer]), [["api_version_mismatch", "/version"]]);
  // Documented without version: no warning for these customer pushes.
  const greeting = { action: "greeting_accepted", type: "push", payload: { unique_id: "Q10O0N5B5D" } };
  assert.deepEqual(validatePush(greeting, { api: "customer", apiVersion: "3.6" }).issues, []);
  const bare = { action: "chat_deleted", type: "push", payload: { chat_id: "c" } };
  const warned = validatePush(bare, { api: "agent", apiVersion: "3.6" });
  assert.equal(warned.ok, true);
  assert.deepEqual(warned.issues.map((i) => [i.severity, i.code, i.pointer]), [["warning", "missing_field", "/version"]]);
});

test("3.7 is its own row: canned responses, with RFC 3339 timestamps", () => {
  const ok = frame("3.7", "canned_response_deleted", { id: 12 });
  assert.equal(validatePush(ok, { api: "agent", apiVersion: "3.7" }).ok, true);
  assert.equal(validatePush({ ...ok, version: "3.6" }, { api: "agent", apiVersion: "3.6" }).issues[0].code, "unknown_action");
  const month22 = frame("3.7", "canned_response_created", { id: 1, created_at: "2025-22-10T07:11:28.288340Z", text: "Hi" });
  const r = validatePush(month22, { api: "agent", apiVersion: "3.7" });
  assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["invalid_value", "/payload/created_at"]]);
});

test("options: api is required, secretKey refused, validatePush never throws; Standard Schema", () => {
  assert.throws(() => decodePush("{}", {}), TypeError);
  assert.throws(() => decodePush("{}", { api: "visitor" }), TypeError);
  assert.throws(() => decodePush("{}", { api: "agent", secretKey: "s" }), /no secret/);
  assert.throws(() => decodePush("{}", { api: "agent", apiVersion: "3.1.9" }), TypeError);
  const r = validatePush("{}", { api: "agent", nope: 1 });
  assert.equal(r.ok, false);
  assert.equal(r.issues[0].code, "invalid_value");
  const schema = pushSchema({ api: "customer", apiVersion: "3.6" });
  const ok = schema["~standard"].validate(frame("3.6", "greeting_canceled", { unique_id: "x" }));
  assert.deepEqual(ok.value.payload, { unique_id: "x" });
  assert.ok(schema["~standard"].validate({}).issues.length > 0);
});

test("the documentation samples decode under their API and version, skeletons excepted", (t) => {
  const fixtures = join(root, "..", "shared", "fixtures");
  if (!existsSync(fixtures)) {
    t.diagnostic("note: ../shared/fixtures not found; the documentation samples were not checked");
    return;
  }
  const skeletons = new Set(["incoming_chat", "user_added_to_chat", "event_updated"]);
  let decoded = 0;
  let failed = 0;
  for (const api of ["agent", "customer"]) {
    for (const v of ["3.2", "3.3", "3.4", "3.5", "3.6"]) {
      const folder = join(fixtures, `docs-pushes-${api}-${v}`);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
        const name = file.replace(/(--\d+)?\.json$/, "");
        const skeleton =
          skeletons.has(name) ||
          (api === "agent" && v !== "3.2" && (name === "incoming_customers" || name === "incoming_customer")) ||
          (api === "customer" && (name === "incoming_greeting" || name === "customer_updated"));
        const r = validatePush(readFileSync(join(folder, file)), { api, apiVersion: v });
        assert.equal(r.ok, !skeleton, `${api} ${v} ${file}: ${JSON.stringify(r.issues.map((i) => [i.code, i.pointer]))}`);
        if (r.ok) {
          decoded++;
          assert.deepEqual(r.issues, [], `${api} ${v} ${file}`);
        } else failed++;
      }
    }
  }
  t.diagnostic(`documentation push samples: ${decoded} decoded, ${failed} expected failures`);
  assert.equal(decoded + failed, 360); // every file of the ten folders
});

// ---- app webhooks ----

const { decodeAppWebhook, validateAppWebhook } = api;
const installed = {
  applicationID: "aPbNnrwZg",
  applicationName: "Calendar",
  clientID: "9cbf3a968289727cb3cdfe83ab1d9836",
  date: "2020-09-14T15:29:53+02:00",
  event: "application_installed",
  licenseID: 104130623,
  organizationID: "49d52fa5-0a41-4384-985a-cebe7dc92d27",
  payload: { applicationID: "aPbNnrwZg" },
  userID: "40c66719-96d1-4cc9-8e81-01c084915fa6",
};

test("app webhooks decode from text, bytes and objects; mistakes are located", () => {
  const text = JSON.stringify(installed, null, 2);
  for (const body of [text, new TextEncoder().encode(text), installed]) {
    assert.deepEqual(decodeAppWebhook(body), installed);
    assert.deepEqual(validateAppWebhook(body).value, installed);
  }
  const bad = { ...installed, event: "payment_activated", payload: { paymentID: "p", quantity: 1.5 } };
  const r = validateAppWebhook(bad);
  assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["invalid_type", "/payload/quantity"]]);
  assert.throws(() => decodeAppWebhook(bad), (e) => e instanceof WebhookError && /Invalid app webhook/.test(e.message));
  const unknown = validateAppWebhook({ ...installed, event: "payment_refunded" });
  assert.equal(unknown.issues[0].code, "unknown_action");
  assert.equal(validateAppWebhook({ ...installed, event: "payment_refunded" }, { unknownActions: "accept" }).ok, true);
});

test("app webhooks: options without version or secret; misdirected bodies name the right function", () => {
  assert.throws(() => decodeAppWebhook(installed, { apiVersion: "3.6" }), /no API version/);
  assert.throws(() => decodeAppWebhook(installed, { secretKey: "s" }), TypeError);
  const w = validateWebhook(installed);
  assert.deepEqual(w.issues.map((i) => i.code), ["not_a_webhook"]);
  assert.match(w.issues[0].message, /decodeAppWebhook/);
  const p = validateAppWebhook({ version: "3.6", action: "chat_deleted", type: "push", payload: { chat_id: "c" } });
  assert.deepEqual(p.issues.map((i) => i.code), ["not_a_webhook"]);
  assert.match(p.issues[0].message, /decodePush/);
});

test("the App Webhooks guide's six samples decode", (t) => {
  const folder = join(root, "..", "shared", "fixtures", "docs-app-webhooks");
  if (!existsSync(folder)) {
    t.diagnostic("note: ../shared/fixtures not found; the app webhook samples were not checked");
    return;
  }
  const files = readdirSync(folder).filter((f) => f.endsWith(".json"));
  for (const file of files) {
    const r = validateAppWebhook(readFileSync(join(folder, file)), { unknownFields: "reject" });
    assert.deepEqual(r.issues, [], file);
    assert.equal(r.value.event, file.replace(".json", ""));
  }
  assert.equal(files.length, 6);
});

test("createPushDispatcher calls the handler of each action, and says why a frame was refused", async () => {
  const { createPushDispatcher } = api;
  const seen = [];
  const refused = [];
  const dispatch = createPushDispatcher({
    api: "agent",
    apiVersion: "auto",
    on: { chat_deleted: (p) => seen.push(["deleted", p.payload.chat_id, p.version]) },
    onUnhandled: (p) => seen.push(["unhandled", p.action]),
    onInvalid: (issues) => refused.push(issues.map((i) => i.code)),
  });
  await dispatch(JSON.stringify(frame("3.4", "chat_deleted", { chat_id: "c1" })));
  await dispatch(frame("3.6", "chat_unfollowed", { chat_id: "c2" }));
  await dispatch({ request_id: "1", action: "get_chat", type: "response", success: true, payload: {} });
  assert.deepEqual(seen, [["deleted", "c1", "3.4"], ["unhandled", "chat_unfollowed"]]);
  assert.deepEqual(refused, [["not_a_push"]]);
  const strict = createPushDispatcher({ api: "customer", on: {} });
  await assert.rejects(strict("{"), (e) => e instanceof WebhookError && e.code === "invalid_json");
  assert.throws(() => createPushDispatcher({ api: "customer", on: { routing_status_set: () => 0 } }), /no push of the customer API/);
  assert.throws(() => decodePush("{}", { api: "agent", apiVersion: "3.1" }), /no RTM pushes/);
});

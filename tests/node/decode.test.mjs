// The release pkg/ as a user imports it (ESM, through the package's exports): body kinds,
// lossless round trips, the agreement of knownActions with the wasm model, the package manifest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const { bodies, envelope } = fixtures;
const { pkg, dir } = support.setup();
const api = support.v31(await import(pathToFileURL(join(dir, "esm.mjs")).href));
const { decodeWebhook, validateWebhook, isKnownWebhook, knownActions, WebhookError } = api;

const text = (o) => JSON.stringify(o, null, 2);

test("the package exports the API", () => {
  assert.equal(typeof decodeWebhook, "function");
  assert.equal(typeof validateWebhook, "function");
  assert.equal(typeof isKnownWebhook, "function");
  assert.equal(typeof WebhookError, "function");
  assert.ok(Array.isArray(knownActions));
  assert.equal(knownActions.length, 24);
  assert.ok(Object.isFrozen(knownActions));
  for (const hidden of ["Checker", "initSync", "default", "knownActionList"]) assert.equal(api[hidden], undefined, hidden);
});

test("decodes every body kind to the same value", () => {
  for (const [name, make] of Object.entries(bodies)) {
    const expected = make();
    const s = text(expected);
    const u8 = new TextEncoder().encode(s);
    const kinds = {
      string: s,
      Uint8Array: u8,
      Buffer: Buffer.from(s, "utf8"),
      ArrayBuffer: u8.slice().buffer,
      DataView: new DataView(u8.slice().buffer),
      "Uint8Array view": new Uint8Array([32, 32, ...u8, 32]).subarray(2, 2 + u8.length),
      "string with BOM": "\uFEFF" + s,
      "bytes with BOM": new Uint8Array([0xef, 0xbb, 0xbf, ...u8]),
    };
    for (const [kind, body] of Object.entries(kinds)) {
      const value = decodeWebhook(body);
      assert.deepEqual(value, expected, `${name} from ${kind}`);
      assert.equal(value.action, name);
      assert.ok(isKnownWebhook(value));
    }
    const parsed = make();
    assert.equal(decodeWebhook(parsed), parsed, `${name}: a parsed object is returned as it is`);
  }
});

test("round trip is lossless, unknown fields included", () => {
  const b = bodies.incoming_chat_thread();
  b.x_envelope_extra = { nested: [1, 2, { deep: "é" }] };
  b.payload.chat.x_chat_extra = "kept";
  b.payload.chat.thread.events[0].x_event_extra = -0.5e-7;
  b.payload.chat.users[0].x_user_extra = [true, false, null];
  b.additional_data = { chat_presence_user_ids: ["a", "b"], x_more: 1 };
  for (const s of [JSON.stringify(b), text(b)]) {
    assert.deepEqual(JSON.parse(JSON.stringify(decodeWebhook(s))), JSON.parse(s));
    assert.deepEqual(JSON.parse(JSON.stringify(decodeWebhook(Buffer.from(s)))), JSON.parse(s));
  }
  for (const make of Object.values(bodies)) {
    const s = JSON.stringify(make());
    assert.equal(JSON.stringify(decodeWebhook(s)), s);
  }
});

test("SDK fixtures decode and round-trip losslessly", (t) => {
  const files = support.sdkFixtures();
  if (files === undefined) {
    t.skip("../shared/fixtures/lc-sdk-go-v1.0.0-api-3.1 is absent: skipped");
    console.log("skip: ../shared/fixtures/lc-sdk-go-v1.0.0-api-3.1 is absent");
    return;
  }
  assert.ok(files.length > 0);
  for (const [name, s] of files) {
    let value;
    try {
      value = decodeWebhook(s);
    } catch (e) {
      assert.fail(`${name}: ${e.message}`);
    }
    assert.deepEqual(JSON.parse(JSON.stringify(value)), JSON.parse(s), name);
    assert.deepEqual(decodeWebhook(Buffer.from(s)), JSON.parse(s), name);
    assert.ok(isKnownWebhook(value), name);
    const r = validateWebhook(s);
    assert.equal(r.ok, true, name);
  }
});

test("knownActions agree with the wasm model", async () => {
  // The lists come from the crate at build time (examples/package_facts.rs); the shipped wasm must
  // know every action they give each version, and no other.
  for (const version of api.apiVersions) {
    for (const action of api.actionsByVersion[version]) {
      const r = validateWebhook(JSON.stringify(envelope(action, {})), { apiVersion: version });
      assert.ok(!r.issues.some((i) => i.code === "unknown_action"), `${version} ${action}: ${JSON.stringify(r.issues)}`);
    }
    const madeUp = validateWebhook(JSON.stringify(envelope("no_such_action", {})), { apiVersion: version });
    assert.ok(madeUp.issues.some((i) => i.code === "unknown_action"), version);
  }
  assert.deepEqual([...knownActions].sort(), [...api.actionsByVersion["3.1"]].sort());
  for (const action of knownActions) {
    const r = validateWebhook(JSON.stringify(envelope(action, {})));
    assert.ok(
      !r.issues.some((i) => i.code === "unknown_action"),
      `${action} should be known to the model: ${JSON.stringify(r.issues)}`,
    );
  }
  const r = validateWebhook(JSON.stringify(envelope("no_such_action", {})));
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.pointer]),
    [["unknown_action", "/action"]],
  );
  for (const action of ["thread_closed", "incoming_chat_thread", "customer_created"]) {
    assert.ok(r.issues[0].message.includes(action), "the unknown_action message lists the known actions");
  }
});

test("package.json: exports, conditions order, files", () => {
  const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
  const cargo = readFileSync(join(pkg, "..", "Cargo.toml"), "utf8");
  assert.equal(manifest.name, "livechat-webhooks");
  assert.ok(cargo.includes(`version = "${manifest.version}"`));
  assert.equal(manifest.type, "module");
  const conditions = Object.keys(manifest.exports["."]);
  assert.deepEqual(conditions, ["types", "workerd", "edge-light", "deno", "bun", "module", "node", "browser", "default"]);
  // Bundlers (module), browsers and everything else get the entry with the wasm inside.
  for (const c of ["module", "browser", "default"]) assert.equal(manifest.exports["."][c], "./bundler.mjs", c);
  assert.equal(manifest.module, "./bundler.mjs");
  const targets = [];
  const walk = (v) => (typeof v === "string" ? targets.push(v) : Object.values(v).forEach(walk));
  walk(manifest.exports);
  for (const t of targets) {
    if (t.includes("*")) {
      // A subpath pattern ("./schema/*.json"): some shipped file must match it.
      const [head, tail] = t.slice(2).split("*");
      assert.ok(manifest.files.some((f) => f.startsWith(head) && f.endsWith(tail)), `${t} matches a file`);
      continue;
    }
    assert.ok(existsSync(join(pkg, t)), `export target ${t} exists`);
    if (t !== "./package.json") assert.ok(manifest.files.includes(t.slice(2)), `${t} is in files`);
  }
  for (const f of manifest.files) assert.ok(existsSync(join(pkg, f)), `file ${f} exists`);
  assert.ok(Array.isArray(manifest.sideEffects) && manifest.sideEffects.includes("./node.mjs"));
});

test("the package name resolves for import and require", async () => {
  const { resolved } = await import(pathToFileURL(join(dir, "resolve.mjs")).href);
  assert.equal(fileURLToPath(resolved), realpathSync(join(pkg, "node.mjs")));
  const require = createRequire(join(dir, "index.cjs"));
  assert.equal(require.resolve("livechat-webhooks"), realpathSync(join(pkg, "node.cjs")));
  const cjs = require("livechat-webhooks");
  assert.equal(typeof cjs.decodeWebhook, "function");
  // The CommonJS build is self-contained: it does not require() any ES module of the package.
  assert.doesNotMatch(readFileSync(join(pkg, "node.cjs"), "utf8"), /require\(["']\.\//);
  // So is the ES module one: one file to load.
  assert.doesNotMatch(readFileSync(join(pkg, "node.mjs"), "utf8"), /(from|import)\s*["']\.\//);
  // Errors thrown by one copy are recognised by the other.
  let caught;
  try {
    cjs.decodeWebhook("{}");
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof WebhookError);
  assert.ok(caught instanceof Error);
});

test("webhookSchema speaks Standard Schema v1", () => {
  const { webhookSchema } = api;
  const schema = webhookSchema({ secretKey: "test-secret-1" });
  const std = schema["~standard"];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, "livechat-webhooks");
  const good = bodies.thread_closed();
  good.secret_key = "test-secret-1";
  const ok = std.validate(text(good));
  assert.equal(ok.issues, undefined);
  assert.deepEqual(ok.value, good);
  const bad = { ...good, secret_key: "someone-else" };
  delete bad.webhook_id;
  const ko = std.validate(bad);
  assert.equal(ko.value, undefined);
  assert.deepEqual(ko.issues.map((i) => [i.code, i.path.join("/")]).sort(), [
    ["missing_field", "webhook_id"],
    ["secret_mismatch", "secret_key"],
  ]);
  for (const i of ko.issues) assert.equal(typeof i.message, "string");
  assert.ok(!JSON.stringify(ko).includes("test-secret-1"));
  // Bad options fail when the schema is made, not at the first body.
  assert.throws(() => webhookSchema({ unknownFields: "sometimes" }), TypeError);
});

// Wasm memory must not grow with use: 100,000 decodes of one body, passing or failing, leave
// `memory.buffer.byteLength` where warm-up left it (wasm memory never shrinks, so any leak per
// call shows as growth), and a body over maxBytes is refused before it is copied in.
//
// How the test reaches the memory without the package exporting it: it loads the release pkg/'s
// own glue (livechat_webhooks.js, whose `initSync` returns the module's exports, `memory`
// included) and api.mjs, copied side by side into a scratch folder, which is exactly what
// pkg/node.mjs bundles. So the wasm and the JS API are the shipped ones, and the published
// package keeps no test-only export.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const { root } = support.setup();
const dir = join(root, "target", "node-test", `memory-${process.pid}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
for (const f of ["api.mjs", "constants.mjs", "livechat_webhooks.js", "livechat_webhooks_bg.wasm"]) {
  copyFileSync(join(root, "pkg", f), join(dir, f));
}
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const glue = await import(pathToFileURL(join(dir, "livechat_webhooks.js")).href);
const { memory } = glue.initSync({ module: readFileSync(join(dir, "livechat_webhooks_bg.wasm")) });
const api = await import(pathToFileURL(join(dir, "api.mjs")).href);
const { decodeWebhook, validateWebhook, WebhookError } = api;

assert.ok(memory instanceof WebAssembly.Memory, "initSync gives the module's memory");

const OPTIONS = { apiVersion: "3.1", secretKey: "memory-Secret-1" };
const body = fixtures.envelope("incoming_event", fixtures.bodies.incoming_event().payload, {
  secret_key: "memory-Secret-1",
});
const text = JSON.stringify(body);
const bytes = new TextEncoder().encode(text);
// Fails with several issues (so issues_json and the error carry real work), secret included.
const bad = JSON.stringify({ ...body, secret_key: "wrong-Secret", payload: { chat_id: 1 } }).replace("{", '{"extra":1e400,');

const ROUNDS = 100_000;

// Runs `f` for warm-up, then ROUNDS times, and returns the memory sizes before and after.
function growth(f) {
  for (let i = 0; i < 2_000; i++) f(i);
  const before = memory.buffer.byteLength;
  for (let i = 0; i < ROUNDS; i++) f(i);
  return { before, after: memory.buffer.byteLength };
}

test("100,000 decodes of the same body, as a string and as bytes: no growth", () => {
  let last;
  const { before, after } = growth((i) => {
    last = decodeWebhook(i % 2 === 0 ? text : bytes, OPTIONS);
  });
  assert.equal(after, before);
  assert.equal(last.action, "incoming_event");
});

test("100,000 failing decodes free everything too", () => {
  let codes = new Set();
  const { before, after } = growth(() => {
    try {
      decodeWebhook(bad, OPTIONS);
      assert.fail("must throw");
    } catch (e) {
      assert.ok(e instanceof WebhookError);
      for (const i of e.issues) codes.add(i.code);
    }
  });
  assert.equal(after, before);
  assert.ok(codes.has("secret_mismatch") && codes.has("number_out_of_range"), [...codes].join());
});

test("100,000 validations, with fresh options objects each time: no growth", () => {
  const { before, after } = growth((i) => {
    const r = validateWebhook(i % 3 === 0 ? bad : text, { apiVersion: "3.1", secretKey: `memory-Secret-${i % 20}` });
    assert.equal(r.ok, i % 3 !== 0 && i % 20 === 1);
  });
  assert.equal(after, before);
});

test("a body over maxBytes is refused before it is copied into wasm memory", () => {
  const before = memory.buffer.byteLength;
  const huge = JSON.stringify({ ...body, note: "a".repeat(50 * 1024 * 1024) });
  const r = validateWebhook(huge, { apiVersion: "3.1" });
  assert.deepEqual(r.issues.map((i) => i.code), ["too_large"]);
  const r2 = validateWebhook(new TextEncoder().encode(huge), { apiVersion: "3.1" });
  assert.deepEqual(r2.issues.map((i) => i.code), ["too_large"]);
  assert.equal(memory.buffer.byteLength, before, "50 MB never reached the wasm memory");
  // With the limit lifted it is checked (copied in), and the memory it took is reused next time.
  const lifted = { apiVersion: "3.1", maxBytes: 64 * 1024 * 1024 };
  assert.equal(decodeWebhook(huge, lifted).note.length, 50 * 1024 * 1024);
  const grown = memory.buffer.byteLength;
  assert.ok(grown > before + 50 * 1024 * 1024);
  for (let i = 0; i < 3; i++) assert.equal(decodeWebhook(huge, lifted).note.length, 50 * 1024 * 1024);
  assert.equal(memory.buffer.byteLength, grown);
});

// The shipped .wasm is the SIMD build: its scanner reads strings 16 bytes at a time (wasm
// simd128, .cargo/config.toml), and it holds SIMD instructions. There is no scalar .wasm: every
// runtime the package targets runs simd128 (README, "Speed"); tests/wasm.rs checks the SIMD
// block against the portable one in Node, Chromium and Firefox, and the native tests do natively.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";

const { pkg } = support.setup();

test("the package's wasm is built with simd128 and scans 16 bytes at a time", async () => {
  const bytes = readFileSync(join(pkg, "livechat_webhooks_bg.wasm"));
  // A module instance of its own, through the package's glue.
  const glue = await import(pathToFileURL(join(pkg, "livechat_webhooks.js")).href);
  glue.initSync({ module: bytes });
  assert.equal(glue.scanWidth(), 16);
  // The same scan gives the same verdicts as ever: a body with long plain strings, escapes and
  // non-ASCII text across 16-byte boundaries is valid, and a control character inside one is not.
  const { validateWebhook } = await import(pathToFileURL(join(support.setup().dir, "esm.mjs")).href);
  const text = "x".repeat(15) + '\\"' + "é".repeat(9) + "y".repeat(33);
  const body = {
    webhook_id: "w",
    secret_key: "s",
    action: "thread_closed",
    payload: { chat_id: "C", thread_id: "T", user_id: text },
  };
  const ok = validateWebhook(JSON.stringify(body), { apiVersion: "3.1" });
  assert.equal(ok.ok, true, ok.issues.map((i) => i.message).join("; "));
  assert.equal(ok.value.payload.user_id, text);
  const bad = JSON.stringify(body).replace("yyyy", "yy\u0001y");
  const r = validateWebhook(bad, { apiVersion: "3.1" });
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.code), ["invalid_json"]);
});

// pkg/bundler.mjs, the entry of bundlers and browsers, in Node: the hex it carries is the .wasm byte
// for byte; both of its ways of reading hex (Uint8Array.fromHex where the engine has it, a loop
// where not) give a module that decodes as node.mjs does; the glue never fetches a .wasm of its own
// accord. Bundles made by esbuild, webpack, Rollup and Vite: tests/bundlers/run.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const { pkg, dir } = support.setup();
const wasm = readFileSync(join(pkg, "livechat_webhooks_bg.wasm"));
const text = (o) => JSON.stringify(o, null, 2);

test("wasm-hex.mjs holds the .wasm byte for byte, as lower-case hex", async () => {
  const { default: hex } = await import(pathToFileURL(join(pkg, "wasm-hex.mjs")).href);
  assert.equal(typeof hex, "string");
  assert.equal(hex.length, wasm.length * 2);
  assert.match(hex, /^[0-9a-f]+$/);
  assert.ok(Buffer.from(hex, "hex").equals(wasm));
});

// bundler.mjs and what it imports, copied into a folder of their own so that each copy has its own
// glue and wasm instance, then imported with Uint8Array.fromHex set to `fromHex` (absent when
// undefined) and restored afterwards.
async function loadCopy(name, fromHex) {
  const to = join(dir, "bundler-entry", name);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const f of ["package.json", "bundler.mjs", "wasm-hex.mjs", "livechat_webhooks.js", "api.mjs", "constants.mjs", "handler.mjs", "faults.mjs", "dedupe.mjs", "node-middleware.mjs", "fastify.mjs"]) {
    cpSync(join(pkg, f), join(to, f));
  }
  const saved = Object.getOwnPropertyDescriptor(Uint8Array, "fromHex");
  if (fromHex === undefined) delete Uint8Array.fromHex;
  else Object.defineProperty(Uint8Array, "fromHex", { value: fromHex, configurable: true, writable: true });
  try {
    return await import(pathToFileURL(join(to, "bundler.mjs")).href);
  } finally {
    if (saved) Object.defineProperty(Uint8Array, "fromHex", saved);
    else delete Uint8Array.fromHex;
  }
}

test("bundler.mjs reads the hex with Uint8Array.fromHex or its own loop, and both decode as node.mjs", async () => {
  const node = support.v31(await import(pathToFileURL(join(dir, "esm.mjs")).href));
  let calls = 0;
  const native = await loadCopy("from-hex", (hex) => {
    calls++;
    return new Uint8Array(Buffer.from(hex, "hex"));
  });
  assert.equal(calls, 1, "Uint8Array.fromHex is used when the engine has it");
  const loop = await loadCopy("loop", undefined);
  for (const [how, lib] of [["fromHex", support.v31(native)], ["loop", support.v31(loop)]]) {
    assert.deepEqual(Object.keys(lib).sort(), Object.keys(node).sort(), `${how}: the same exports as node.mjs`);
    for (const [name, make] of Object.entries(fixtures.bodies)) {
      const body = text(make());
      assert.deepEqual(lib.decodeWebhook(body), node.decodeWebhook(body), `${how}: ${name}`);
      assert.deepEqual(lib.validateWebhook(new TextEncoder().encode(body)).issues, node.validateWebhook(body).issues, `${how}: ${name}`);
    }
    const bad = text(fixtures.envelope("no_such_action", {}));
    assert.deepEqual(lib.validateWebhook(bad).issues, node.validateWebhook(bad).issues, `${how}: an unknown action`);
    assert.throws(() => lib.decodeWebhook(bad), lib.WebhookError, `${how}: WebhookError`);
  }
});

test("the glue never fetches a .wasm by itself, and refers to no import.meta", async () => {
  const glueText = readFileSync(join(pkg, "livechat_webhooks.js"), "utf8");
  assert.ok(!glueText.includes("import.meta"));
  // A copy, so that no entry has initialised this instance: its init without a module must refuse.
  const to = join(dir, "bundler-entry", "glue");
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const f of ["package.json", "livechat_webhooks.js"]) cpSync(join(pkg, f), join(to, f));
  const glue = await import(pathToFileURL(join(to, "livechat_webhooks.js")).href);
  await assert.rejects(() => glue.default(), /the wasm module must be given/);
});

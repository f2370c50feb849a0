// pkg/api.mjs (from js/api.ts) over a stand-in for the wasm glue, whose Checker counts how many are made and freed and
// can be made to trap: validateWebhook turns a trap into an issue instead of throwing,
// decodeWebhook into a WebhookError, and the next call gets a new Checker (the trapped one may be
// left in a broken state). Fresh options objects with equal content share one Checker, the cache
// of them is bounded and frees what it evicts, and a body over the hard size cap never reaches the
// wasm whatever maxBytes says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";

const { root } = support.setup();
const dir = join(root, "target", "node-test", `trap-${process.pid}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
copyFileSync(join(root, "pkg", "api.mjs"), join(dir, "api.mjs"));
copyFileSync(join(root, "pkg", "constants.mjs"), join(dir, "constants.mjs"));
writeFileSync(
  join(dir, "livechat_webhooks.js"),
  `export let made = 0;
export let freed = 0;
export const seen = [];
// The input region of the real module: bodies are written at AT of this memory (0 would mean
// that the memory cannot hold the body).
const AT = 8;
const memory = { buffer: new ArrayBuffer(1 << 16) };
export function wasmMemory() { return memory; }
export function inputRegion(len) {
  // Growing detaches the old buffer, as a wasm memory's growth does.
  if (len > 1 << 26) return 0;
  if (AT + len > memory.buffer.byteLength) {
    structuredClone(memory.buffer, { transfer: [memory.buffer] });
    memory.buffer = new ArrayBuffer(AT + len);
  }
  return AT;
}
// undefined: "no ASCII form" (as when the memory cannot hold one), so the UTF-8 is decoded.
export function asciiForm() { return undefined; }
export function asciiAddress() { return 0; }
export class Checker {
  constructor(options) {
    if (options != null && "bad" in options) throw new Error("invalid options: unknown option \`bad\`");
    this.id = ++made; this.broken = false; this.freed = false; this.options = options;
  }
  free() { if (this.freed) throw new Error("double free"); this.freed = true; freed++; }
  check_input(len) {
    seen.push(len);
    return this.check(new TextDecoder().decode(new Uint8Array(memory.buffer, AT, len)));
  }
  check(s) {
    if (this.freed) throw new Error("null pointer passed to rust");
    if (this.broken) throw new Error("recursive use of an object detected");
    if (s.includes("TRAP")) { this.broken = true; throw new WebAssembly.RuntimeError("unreachable"); }
    if (s.includes("OOM")) throw new RangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded");
    return 0;
  }
  issues_json() { return "[]"; }
}
`,
);
const api = support.v31(await import(pathToFileURL(join(dir, "api.mjs")).href));
const glue = await import(pathToFileURL(join(dir, "livechat_webhooks.js")).href);
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

test("a trap becomes an issue, then a new checker is used", () => {
  assert.equal(api.validateWebhook("{}").ok, true);
  const before = glue.made;
  const r = api.validateWebhook('{"TRAP":1}');
  assert.equal(r.ok, false);
  assert.equal(r.issues.length, 1);
  assert.equal(r.issues[0].severity, "error");
  assert.equal(r.issues[0].pointer, "");
  assert.match(r.issues[0].message, /internal error/);
  assert.equal(api.validateWebhook(new TextEncoder().encode("{}")).ok, true, "works again");
  assert.equal(glue.made, before + 1, "with a new checker");
  const e = (() => {
    try {
      api.decodeWebhook('{"TRAP":2}');
    } catch (err) {
      return err;
    }
  })();
  assert.ok(e instanceof api.WebhookError);
  assert.deepEqual(api.decodeWebhook("{}"), {});
  const oom = api.validateWebhook('{"OOM":1}');
  assert.equal(oom.issues[0].code, "too_large");
});

test("fresh options objects with equal content share one checker", () => {
  const before = glue.made;
  for (let i = 0; i < 200; i++) {
    assert.equal(api.validateWebhook("{}", { secretKey: "s", unknownFields: "warn" }).ok, true);
    assert.deepEqual(api.decodeWebhook("{}", { unknownFields: "warn", secretKey: "s" }), {});
  }
  assert.equal(glue.made, before + 1, "one checker for 400 calls with equal options");
  for (let i = 0; i < 50; i++) api.validateWebhook("{}", { secretKey: ["a", "b"] });
  assert.equal(glue.made, before + 2, "an array of secrets is content too");
  // Different content is a different checker: a string is not the array of its parts, a number
  // is not its text, an absent option is not a default one.
  api.validateWebhook("{}", { secretKey: "a,b" });
  api.validateWebhook("{}", { secretKey: ["a,b"] });
  api.validateWebhook("{}", { maxDepth: 64 });
  api.validateWebhook("{}", { maxDepth: 65 });
  api.validateWebhook("{}", { unknownFields: "keep" });
  assert.equal(glue.made, before + 7);
});

test("options that are not plain content are never shared, and still fail the same way", () => {
  // The stand-in refuses an option named `bad`; with the same known options as a cached entry,
  // the unknown one must still reach the checker and be refused.
  api.validateWebhook("{}", { secretKey: "s" });
  for (let i = 0; i < 3; i++) {
    assert.throws(() => api.decodeWebhook("{}", { secretKey: "s", bad: 1 }), (e) => e instanceof TypeError);
    const r = api.validateWebhook("{}", { secretKey: "s", bad: 1 });
    assert.equal(r.ok, false);
    assert.equal(r.issues[0].code, "invalid_value");
  }
});

test("the shared cache is bounded and frees the checkers it evicts", () => {
  const hoisted = { secretKey: "kept-by-identity" };
  assert.equal(api.validateWebhook("{}", hoisted).ok, true);
  const made = glue.made;
  const freed = glue.freed;
  for (let i = 0; i < 100; i++) assert.equal(api.validateWebhook("{}", { secretKey: `k${i}` }).ok, true);
  assert.equal(glue.made - made, 100);
  assert.ok(glue.freed - freed >= 100 - 16, `freed ${glue.freed - freed} of 100`);
  assert.ok(glue.made - glue.freed <= 16 + 16, `live checkers: ${glue.made - glue.freed}`);
  // The hoisted object's checker was evicted and freed: it must not be used again.
  assert.equal(api.validateWebhook("{}", hoisted).ok, true);
  assert.deepEqual(api.decodeWebhook("{}", hoisted), {});
  // The most recently used contents are still cached.
  const again = glue.made;
  api.validateWebhook("{}", { secretKey: "k99" });
  assert.equal(glue.made, again);
});

test("a body over the hard size cap never reaches the wasm, whatever maxBytes says", () => {
  // A Uint8Array that claims 2 GiB without allocating it: the size check reads `length`.
  class Huge extends Uint8Array {
    get length() {
      return 2 ** 31;
    }
  }
  glue.seen.length = 0;
  const r = api.validateWebhook(new Huge(4), { maxBytes: 2 ** 40 });
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["too_large", ""]]);
  assert.match(r.issues[0].message, /1073741824 bytes/);
  assert.deepEqual(glue.seen, [], "the checker was not called");
  assert.equal(api.validateWebhook(new Uint8Array([0x7b, 0x7d]), { maxBytes: 2 ** 40 }).ok, true);
  assert.deepEqual(glue.seen, [2]);
  // A body larger than the stand-in's memory grows it, and is read from the new buffer.
  const big = `{"k":"${"x".repeat(100_000)}"}`;
  assert.deepEqual(api.decodeWebhook(new TextEncoder().encode(big)), JSON.parse(big));
  assert.deepEqual(api.decodeWebhook(big), JSON.parse(big));
  // A memory that cannot grow to hold the body (the region's address is null): too_large, and
  // the next body is checked as ever.
  const huge = new Uint8Array((1 << 26) + 1);
  const r2 = api.validateWebhook(huge, { maxBytes: 2 ** 30 });
  assert.deepEqual(r2.issues.map((i) => i.code), ["too_large"]);
  assert.match(r2.issues[0].message, /out of memory/);
  assert.equal(api.validateWebhook(new Uint8Array([0x7b, 0x7d])).ok, true);
});

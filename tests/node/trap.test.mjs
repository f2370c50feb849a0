// js/api.mjs over a stand-in for the wasm glue whose Checker traps: validateWebhook turns the trap
// into an issue instead of throwing, decodeWebhook into a WebhookError, and the next call gets a
// new Checker (the trapped one may be left in a broken state).
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
copyFileSync(join(root, "pkg", "actions.mjs"), join(dir, "actions.mjs"));
writeFileSync(
  join(dir, "livechat_webhooks.js"),
  `export let made = 0;
export class Checker {
  constructor() { this.id = ++made; this.broken = false; }
  check_str(s) { return this.check(s); }
  check_bytes(b) { return this.check(new TextDecoder().decode(b)); }
  check(s) {
    if (this.broken) throw new Error("recursive use of an object detected");
    if (s.includes("TRAP")) { this.broken = true; throw new WebAssembly.RuntimeError("unreachable"); }
    if (s.includes("OOM")) throw new RangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded");
    return 0;
  }
  issues_json() { return "[]"; }
}
`,
);
const api = await import(pathToFileURL(join(dir, "api.mjs")).href);
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

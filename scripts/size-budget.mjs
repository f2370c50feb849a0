#!/usr/bin/env node
// The size budget of the built package (make test, stage size-budget; after `make build`):
//
//   node scripts/size-budget.mjs
//
// Prints the raw and gzip size of the .wasm and, per runtime, of the JavaScript that runtime
// loads (its entry and every module it imports, relatively, the .wasm aside), and exits 1 above
// the budget: the .wasm at most 100 KB gzip (every API version, RTM pushes and app webhooks in one
// module: issue 13's target), each runtime's JavaScript at most 20 KB gzip, the testing kit
// (./testing) at most 25 KB gzip.
// wasm-hex.mjs, the .wasm as hex text inside bundler.mjs's JavaScript, is the wasm's payload, not
// code: it is set aside like the .wasm and has a row of its own, with a budget 12% above the
// .wasm's (hex text gzips to about 1.12x the binary).
// KB here is 1000 bytes (the stricter reading); gzip is level 9, as a server would serve it.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = process.env.LCW_PKG_DIR ?? join(root, "pkg");
const KB = 1000;
// 160 KB while it was a loose ceiling; 100 KB since issue 13 made it a target (107.7 KB then,
// 87.3 KB after; README, Size, says where the bytes went). The checker's speed-ups of issue 13
// then took it to 92.5 KB (inlined key reads and whitespace tests: 3-8% of a body's time).
const WASM_BUDGET = 100 * KB;
// The hex copy of a 100 KB .wasm gzips to about 112 KB: holding it to 100 KB would hold the
// .wasm to about 89 KB, a budget nobody set.
const WASM_HEX_BUDGET = 112 * KB;
// 15 KB while the JavaScript decoded webhooks alone; raised to 20 KB when it came to hold RTM
// pushes and app webhooks (issue 17: their API and dispatcher, about 2 KB), receivers with
// late options, dedupe and fault reporting, and the Express and Fastify adapters (issue 15, about
// 2.5 KB), and the per-call hot path of issue 13: 16.5 KB at the time, the bundler entry.
const GLUE_BUDGET = 20 * KB;
const TESTING_BUDGET = 25 * KB;
const WASM_HEX = "wasm-hex.mjs";

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

function fail(message) {
  console.error(`size-budget: ${message}`);
  process.exit(1);
}

if (!existsSync(join(pkg, "package.json"))) fail(`${pkg}/package.json is missing: run \`make build\` first`);
const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));

// The entry file of each runtime condition, from the manifest (`node` has import and require).
const runtimes = [];
for (const [condition, target] of Object.entries(manifest.exports["."])) {
  if (condition === "types") continue;
  if (typeof target === "string") runtimes.push([condition, target]);
  else for (const [mode, file] of Object.entries(target)) runtimes.push([`${condition} (${mode})`, file]);
}

// An entry and every module it imports by a relative path (static, dynamic or re-export).
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(pkg, file), "utf8");
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\.?\/[^"'?]+)(?:\?[^"']*)?["']/g)) {
      const target = normalize(join(dirname(file), m[1]));
      if (!target.endsWith(".wasm") && target !== WASM_HEX) visit(target);
    }
  };
  visit(normalize(entry));
  return [...seen];
}

const rows = [];
let over = 0;
const wasmFile = "livechat_webhooks_bg.wasm";
const wasm = readFileSync(join(pkg, wasmFile));
const wasmGz = gzip(wasm);
const wasmOk = wasmGz <= WASM_BUDGET;
if (!wasmOk) over++;
rows.push([wasmFile, wasm.length, wasmGz, WASM_BUDGET, wasmOk]);
if (existsSync(join(pkg, WASM_HEX))) {
  const hex = readFileSync(join(pkg, WASM_HEX));
  const hexGz = gzip(hex);
  if (hexGz > WASM_HEX_BUDGET) over++;
  rows.push([`${WASM_HEX} (the .wasm as hex, for bundler.mjs)`, hex.length, hexGz, WASM_HEX_BUDGET, hexGz <= WASM_HEX_BUDGET]);
}

for (const [condition, entry] of runtimes) {
  const files = closure(entry);
  const text = Buffer.concat(files.map((f) => readFileSync(join(pkg, f))));
  const gz = gzip(text);
  const ok = gz <= GLUE_BUDGET;
  if (!ok) over++;
  rows.push([`${condition}: ${files.join(" + ")}`, text.length, gz, GLUE_BUDGET, ok]);
}

// The testing kit (`livechat-webhooks/testing`, the same file in every runtime): what a test suite
// loads, never a receiver; its own budget, mostly the JSON Schema of every version it walks.
const testing = manifest.exports["./testing"];
if (testing !== undefined) {
  const files = closure(testing.import);
  const text = Buffer.concat(files.map((f) => readFileSync(join(pkg, f))));
  const gz = gzip(text);
  const ok = gz <= TESTING_BUDGET;
  if (!ok) over++;
  rows.push([`./testing (every runtime): ${files.join(" + ")}`, text.length, gz, TESTING_BUDGET, ok]);
}

console.log("| what | raw | gzip | budget (gzip) | |");
console.log("|---|---:|---:|---:|---|");
for (const [what, raw, gz, budget, ok] of rows) {
  console.log(`| ${what} | ${kb(raw)} | ${kb(gz)} | ${kb(budget)} | ${ok ? "ok" : "OVER"} |`);
}
console.log("");
if (existsSync(join(pkg, "cli.mjs"))) {
  const cli = readFileSync(join(pkg, "cli.mjs"));
  console.log(`cli.mjs, the command line (Node only; not budgeted): ${kb(cli.length)} raw, ${kb(gzip(cli))} gzip, with commander and cli-progress`);
}
if (existsSync(join(pkg, "schema.json"))) {
  const schema = readFileSync(join(pkg, "schema.json"));
  console.log(`schema.json (not budgeted): ${kb(schema.length)} raw, ${kb(gzip(schema))} gzip`);
}
if (over > 0) fail(`${over} item(s) over budget`);
console.log("size-budget: everything within budget");

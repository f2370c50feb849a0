#!/usr/bin/env node
// The Node benchmark of issues 4 and 13: the release package (pkg/) against JSON.parse, ajv and
// zod; the fixed cost of one call; the Node receiver against a hand-written one; cold start.
//
//   node bench/run.mjs [--quick] [--batches N] [--batch-ms MS] [--cold-runs N]
//                      [--without-pkg] [--only SET,SET] [--receiver-ms MS] [--no-receiver]
//
// Needs target/bench/bodies/ (bench/generate.mjs), target/bench/schema.json (examples/json_schema.rs)
// and the built pkg/, which it imports by its package name, as a user would, through a link in
// target/bench/node_modules/. Writes target/bench/results.json and target/bench/results.md and
// prints the table and the targets of issue 4. Exits non-zero when something is broken (a body
// ajv, zod or the package judge differently from the generator, a missing input), never because a
// target is missed.
//
// Method: every row of one body set is run in interleaved batches (the order rotates between
// batches, and with --expose-gc the heap is collected before each); a batch runs the row for about --batch-ms milliseconds; the figure is the median
// ns/op over the batches, with their min and max, and the ratio to JSON.parse of the same set in
// the same run.

import { readFileSync, writeFileSync, mkdirSync, existsSync, symlinkSync, rmSync, lstatSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import os from "node:os";

// The generated bodies are API 3.1 webhooks, so every call names that version.
const V31 = Object.freeze({ apiVersion: "3.1" });
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const benchDir = join(root, "target", "bench");
const bodiesDir = join(benchDir, "bodies");

// ------------------------------------------------------------------ arguments

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};
const quick = flag("--quick");
const BATCHES = Number(value("--batches", quick ? 7 : 21));
const BATCH_MS = Number(value("--batch-ms", quick ? 10 : 20));
const COLD_RUNS = Number(value("--cold-runs", quick ? 5 : 11));
const withoutPkg = flag("--without-pkg");
const RECEIVER_MS = Number(value("--receiver-ms", quick ? 1000 : 2000));
const withReceiver = !flag("--no-receiver");
const only = value("--only", "")
  .split(",")
  .filter(Boolean);
if (BATCHES < 7) fail(`--batches must be at least 7 (got ${BATCHES})`);

function fail(message) {
  console.error(`bench/run: ${message}`);
  process.exit(1);
}

// ------------------------------------------------------------------ inputs

if (!existsSync(join(bodiesDir, "manifest.json"))) fail(`no ${bodiesDir}/manifest.json: run node bench/generate.mjs first`);
const manifest = JSON.parse(readFileSync(join(bodiesDir, "manifest.json"), "utf8"));
const encoder = new TextEncoder();
const bodies = manifest.bodies.map((b) => {
  const text = readFileSync(join(bodiesDir, b.file), "utf8");
  return { ...b, text, bytes: encoder.encode(text), object: JSON.parse(text) };
});
const sets = new Map();
for (const b of bodies) {
  if (!sets.has(b.set)) sets.set(b.set, []);
  sets.get(b.set).push(b);
}

// ajv, compiled from the package's own JSON Schema
const schemaPath = join(benchDir, "schema.json");
if (!existsSync(schemaPath)) fail(`no ${schemaPath}: run cargo run --release --example json_schema --features schema -- 3.1 > ${schemaPath}`);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajvInfo = {};
const ajvValidate = await compileAjv(schema, ajvInfo);

const { webhook: zodWebhook } = await import(pathToFileURL(join(here, "zod-schema.mjs")).href);

async function compileAjv(schema, info) {
  // Mechanical adaptation of schemars' output: pick the Ajv class for its draft, turn on the
  // standard formats, and register the numeric formats schemars writes (int64, uint32, ...) that
  // ajv-formats does not know, as the range checks they stand for.
  const draft = String(schema.$schema ?? "");
  let Ajv;
  if (draft.includes("2020-12")) Ajv = (await import("ajv/dist/2020.js")).default;
  else if (draft.includes("2019-09")) Ajv = (await import("ajv/dist/2019.js")).default;
  else Ajv = (await import("ajv")).default;
  info.draft = draft || "(none: draft-07 assumed)";
  // A `oneOf` whose branches each pin one property to a distinct constant (serde's tagged enums:
  // `action`, event `type`, user `type`) gets ajv's `discriminator` keyword: the same rule, but ajv
  // then checks only the branch the tag names instead of every branch (with allErrors it could not
  // stop early otherwise). The schema is copied, not changed on disk.
  schema = structuredClone(schema);
  info.discriminators = [];
  (function tag(node, at) {
    if (Array.isArray(node)) return node.forEach((n, i) => tag(n, `${at}/${i}`));
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node.oneOf) && node.discriminator === undefined && node.oneOf.length > 1) {
      const first = node.oneOf[0];
      for (const name of Object.keys(first.properties ?? {})) {
        const consts = node.oneOf.map((b) =>
          b.properties?.[name]?.const !== undefined && (b.required ?? []).includes(name) ? b.properties[name].const : undefined,
        );
        if (consts.every((c) => typeof c === "string") && new Set(consts).size === consts.length) {
          node.discriminator = { propertyName: name };
          info.discriminators.push(`${at || "/"} (${name})`);
          break;
        }
      }
    }
    for (const [k, v] of Object.entries(node)) tag(v, `${at}/${k}`);
  })(schema, "");
  const addFormats = (await import("ajv-formats")).default;
  const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
  addFormats(ajv);
  const formats = new Map();
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      if (typeof node.format === "string") formats.set(node.format, (formats.get(node.format) ?? 0) + 1);
      Object.values(node).forEach(walk);
    }
  })(schema);
  const ranges = {
    int8: [-(2 ** 7), 2 ** 7 - 1],
    int16: [-(2 ** 15), 2 ** 15 - 1],
    int32: [-(2 ** 31), 2 ** 31 - 1],
    int64: [-(2 ** 63), 2 ** 63],
    uint8: [0, 2 ** 8 - 1],
    uint16: [0, 2 ** 16 - 1],
    uint32: [0, 2 ** 32 - 1],
    uint64: [0, 2 ** 64],
    uint: [0, 2 ** 64],
    int: [-(2 ** 63), 2 ** 63],
  };
  const added = [];
  for (const f of formats.keys()) {
    if (ajv.formats[f] !== undefined) continue;
    if (ranges[f]) {
      const [lo, hi] = ranges[f];
      ajv.addFormat(f, { type: "number", validate: (n) => Number.isInteger(n) && n >= lo && n <= hi });
    } else if (f === "double" || f === "float") {
      ajv.addFormat(f, { type: "number", validate: (n) => Number.isFinite(n) });
    } else {
      ajv.addFormat(f, () => true);
    }
    added.push(f);
  }
  info.formats = Object.fromEntries(formats);
  info.addedFormats = added;
  return ajv.compile(schema);
}

// ------------------------------------------------------------------ the package

let pkg = null;
let pkgName = null;
const pkgDir = join(root, "pkg");
if (!withoutPkg) {
  if (!existsSync(join(pkgDir, "package.json"))) fail(`no ${pkgDir}/package.json: build the package first (make bench does), or pass --without-pkg`);
  pkgName = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).name;
  linkPackage();
  writeFileSync(join(benchDir, "load-pkg.mjs"), `export * from ${JSON.stringify(pkgName)};\n`);
  pkg = await import(pathToFileURL(join(benchDir, "load-pkg.mjs")).href);
  for (const fn of ["decodeWebhook", "validateWebhook"])
    if (typeof pkg[fn] !== "function") fail(`pkg/ does not export ${fn}`);
}

// target/bench/node_modules/<name> → pkg/, so that `import "<name>"` from target/bench resolves
// through the package's own package.json and exports, as in a user's project.
function linkPackage() {
  const link = join(benchDir, "node_modules", ...pkgName.split("/"));
  mkdirSync(dirname(link), { recursive: true });
  try {
    lstatSync(link);
    rmSync(link, { recursive: true, force: true });
  } catch {}
  symlinkSync(pkgDir, link, "dir");
}

// ------------------------------------------------------------------ equal work: who accepts what

const checks = { ajv: [], zod: [], pkg: [] };
const problems = [];
for (const b of bodies) {
  const aOk = ajvValidate(structuredClone(b.object));
  const aErrors = aOk ? 0 : ajvValidate.errors.length;
  const z = zodWebhook.safeParse(b.object);
  const zErrors = z.success ? 0 : z.error.issues.length;
  checks.ajv.push({ file: b.file, ok: aOk, errors: aErrors });
  checks.zod.push({ file: b.file, ok: z.success, errors: zErrors });
  if (aOk !== b.valid)
    problems.push(
      `ajv ${aOk ? "accepts" : "rejects"} ${b.file}, which is ${b.valid ? "valid" : "invalid"}` +
        (aOk ? "" : `: ${ajvValidate.errors.slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join("; ")}`),
    );
  if (z.success !== b.valid)
    problems.push(
      `zod ${z.success ? "accepts" : "rejects"} ${b.file}, which is ${b.valid ? "valid" : "invalid"}` +
        (z.success ? "" : `: ${z.error.issues.slice(0, 3).map((i) => `/${i.path.join("/")} ${i.message}`).join("; ")}`),
    );
  if (pkg) {
    const kinds = { string: b.text, Uint8Array: b.bytes, object: structuredClone(b.object) };
    for (const [kind, body] of Object.entries(kinds)) {
      const r = pkg.validateWebhook(body, V31);
      const errors = r.issues.filter((i) => i.severity === "error");
      checks.pkg.push({ file: b.file, kind, ok: r.ok, errors: errors.length });
      if (r.ok !== b.valid) {
        problems.push(
          `validateWebhook(${kind}) says ok=${r.ok} for ${b.file}, which is ${b.valid ? "valid" : "invalid"}: ` +
            errors.slice(0, 3).map((i) => `${i.code} ${i.pointer}: ${i.message}`).join("; "),
        );
        continue;
      }
      if (b.valid) {
        let decoded;
        try {
          decoded = pkg.decodeWebhook(body, V31);
        } catch (e) {
          problems.push(`decodeWebhook(${kind}) throws on ${b.file}: ${e.message}`);
          continue;
        }
        if (JSON.stringify(decoded) !== JSON.stringify(b.object)) problems.push(`decodeWebhook(${kind}) on ${b.file} is not JSON-equal to the body`);
      } else {
        let threw = false;
        try {
          pkg.decodeWebhook(body, V31);
        } catch (e) {
          threw = e instanceof pkg.WebhookError || e?.name === "WebhookError";
        }
        if (!threw) problems.push(`decodeWebhook(${kind}) does not throw a WebhookError on ${b.file}`);
        if (errors.length !== b.expectedErrors)
          console.warn(
            `bench/run: note: validateWebhook(${kind}) reports ${errors.length} errors on ${b.file}, the generator made ${b.expectedErrors}: ` +
              errors.map((i) => `${i.code} ${i.pointer}`).join(", "),
          );
      }
    }
  }
}
if (problems.length > 0) {
  console.error("bench/run: the contenders do not do equal work on these bodies:");
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

// ------------------------------------------------------------------ rows

// With --expose-gc (bench/run.sh passes it) garbage of one batch is collected before the next.
const gc = typeof globalThis.gc === "function" ? globalThis.gc : () => {};
let sink; // every row's result lands here, so nothing is optimised away

function rowsFor(set, list) {
  const valid = list[0].valid;
  const n = list.length;
  const texts = list.map((b) => b.text);
  const bytes = list.map((b) => b.bytes);
  const objects = list.map((b) => b.object);
  const each = (f) => () => {
    for (let i = 0; i < n; i++) sink = f(i);
  };
  const rows = [
    ["JSON.parse(text)", each((i) => JSON.parse(texts[i]))],
    ["JSON.parse + ajv", each((i) => { const v = JSON.parse(texts[i]); return ajvValidate(v) ? v : ajvValidate.errors; })],
    ["JSON.parse + zod", each((i) => zodWebhook.safeParse(JSON.parse(texts[i])))],
  ];
  if (pkg) {
    const { decodeWebhook, validateWebhook } = pkg;
    if (valid) {
      rows.push(
        ["decodeWebhook(string)", each((i) => decodeWebhook(texts[i], V31))],
        ["decodeWebhook(Uint8Array)", each((i) => decodeWebhook(bytes[i], V31))],
        ["decodeWebhook(object)", each((i) => decodeWebhook(objects[i], V31))],
        ["validateWebhook(string)", each((i) => validateWebhook(texts[i], V31).ok)],
        ["validateWebhook(Uint8Array)", each((i) => validateWebhook(bytes[i], V31).ok)],
        ["validateWebhook(object)", each((i) => validateWebhook(objects[i], V31).ok)],
      );
    } else {
      // reporting every issue: the issues array is read, as a caller answering 400 would
      rows.push(
        ["validateWebhook(string)", each((i) => validateWebhook(texts[i], V31).issues.length)],
        ["validateWebhook(Uint8Array)", each((i) => validateWebhook(bytes[i], V31).issues.length)],
        ["validateWebhook(object)", each((i) => validateWebhook(objects[i], V31).issues.length)],
        ["decodeWebhook(Uint8Array) throws", each((i) => { try { return decodeWebhook(bytes[i], V31); } catch (e) { return e.issues.length; } })],
      );
    }
  }
  return { n, rows };
}

function timeRow(fn, iters) {
  const t0 = performance.now();
  for (let k = 0; k < iters; k++) fn();
  return performance.now() - t0;
}

function measureSet(set, list) {
  const { n, rows } = rowsFor(set, list);
  // warm up and calibrate: iterations per batch so that a batch lasts about BATCH_MS
  const iters = rows.map(([, fn]) => {
    let k = 1;
    for (;;) {
      const ms = timeRow(fn, k);
      if (ms >= BATCH_MS / 4 || k >= 1 << 24) return Math.max(1, Math.round((k * BATCH_MS) / Math.max(ms, 1e-3)));
      k *= 2;
    }
  });
  rows.forEach(([, fn], r) => timeRow(fn, iters[r])); // one more warm batch each
  const samples = rows.map(() => []);
  for (let b = 0; b < BATCHES; b++) {
    for (let j = 0; j < rows.length; j++) {
      const r = (j + b) % rows.length;
      gc();
      const ms = timeRow(rows[r][1], iters[r]);
      samples[r].push((ms * 1e6) / (iters[r] * n));
    }
  }
  const stats = rows.map(([name], r) => {
    const s = samples[r].slice().sort((a, b) => a - b);
    return { set, row: name, medianNs: median(s), minNs: s[0], maxNs: s[s.length - 1], batches: s.length, opsPerBatch: iters[r] * n };
  });
  const base = stats[0].medianNs;
  for (const s of stats) s.ratio = s.medianNs / base;
  // The same ratio taken batch by batch (each row against JSON.parse of the same batch), then the
  // median: steadier than the ratio of medians when the machine's load drifts during the run.
  stats.forEach((s, r) => {
    const pairs = samples[r].map((ns, b) => ns / samples[0][b]).sort((x, y) => x - y);
    s.pairedRatio = median(pairs);
  });
  return stats;
}

function median(sorted) {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

// ------------------------------------------------------------------ cold start

function coldStart() {
  const small = bodies.find((b) => b.set === "small");
  const script = join(benchDir, "cold-start.mjs");
  writeFileSync(
    script,
    [
      "// written by bench/run.mjs: import to first decode, in a fresh process",
      'import { readFileSync } from "node:fs";',
      `const body = readFileSync(${JSON.stringify(join(bodiesDir, small.file))});`,
      "const t0 = performance.now();",
      `const { decodeWebhook } = await import(${JSON.stringify(pkgName)});`,
      "const value = decodeWebhook(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), { apiVersion: \"3.1\" });",
      "const t1 = performance.now();",
      'if (value.action !== "thread_closed") throw new Error("unexpected decode result");',
      "console.log(JSON.stringify({ ms: t1 - t0 }));",
      "",
    ].join("\n"),
  );
  const runs = [];
  const wall = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [script], { cwd: benchDir, encoding: "utf8" });
    wall.push(performance.now() - t0);
    if (r.status !== 0) fail(`cold-start run failed:\n${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split("\n").pop()).ms);
  }
  const s = runs.slice().sort((a, b) => a - b);
  const w = wall.slice().sort((a, b) => a - b);
  return { runs: s.length, medianMs: median(s), minMs: s[0], maxMs: s[s.length - 1], processWallMedianMs: median(w) };
}

// ------------------------------------------------------------------ the fixed cost of a call

// validateWebhook(bytes) of a minimal valid body, minus the checker's own work on it: the same
// checker call (`check_input`) on a body already in the wasm's input region, in an instance of
// the package's own glue and wasm loaded beside it. What is left is what a call costs whatever
// the body: options lookup, copying into wasm memory, the call, the result object.
const MINIMAL = '{"webhook_id":"w","secret_key":"s","action":"thread_closed","payload":{"chat_id":"C","thread_id":"T","user_id":"u"}}';
async function fixedCost() {
  const glue = await import(pathToFileURL(join(pkgDir, "livechat_webhooks.js")).href);
  glue.initSync({ module: readFileSync(join(pkgDir, "livechat_webhooks_bg.wasm")) });
  const checker = new glue.Checker(V31);
  const bytes = encoder.encode(MINIMAL);
  const at = glue.inputRegion(bytes.length);
  new Uint8Array(glue.wasmMemory().buffer).set(bytes, at);
  if (checker.check_input(bytes.length) !== 0) fail("the minimal body is not clean for the checker");
  if (!pkg.validateWebhook(bytes, V31).ok) fail("the minimal body is not valid for validateWebhook");
  const n = bytes.length;
  const rows = [
    ["validateWebhook(bytes)", () => pkg.validateWebhook(bytes, V31).ok],
    ["the checker alone (check_input)", () => checker.check_input(n)],
    ["JSON.parse(text)", () => JSON.parse(MINIMAL)],
  ];
  const iters = 20000;
  const samples = rows.map(() => []);
  for (let b = 0; b < BATCHES * 2 + 1; b++) {
    for (let j = 0; j < rows.length; j++) {
      const r = (j + b) % rows.length;
      const f = rows[r][1];
      const t0 = performance.now();
      for (let k = 0; k < iters; k++) sink = f();
      samples[r].push(((performance.now() - t0) * 1e6) / iters);
    }
  }
  // Per batch: the call minus the checker in the same batch, then the median.
  const diffs = samples[0].map((ns, b) => ns - samples[1][b]).sort((x, y) => x - y);
  const med = (xs) => median(xs.slice().sort((x, y) => x - y));
  return { bytes: n, validateNs: med(samples[0]), checkerNs: med(samples[1]), jsonParseNs: med(samples[2]), fixedNs: median(diffs) };
}

// ------------------------------------------------------------------ the receiver pair

async function receivers() {
  const { measureReceivers } = await import(pathToFileURL(join(here, "receiver.mjs")).href);
  // Real-sized bodies: one of each action (the mixed set), as a stream of deliveries.
  const mixed = sets.get("mixed").map((b) => Buffer.from(b.bytes));
  const secret = JSON.parse(sets.get("mixed")[0].text).secret_key;
  return measureReceivers({
    bodies: mixed,
    secret,
    pkgUrl: pathToFileURL(join(benchDir, "load-pkg.mjs")).href,
    rounds: quick ? 2 : 3,
    ms: RECEIVER_MS,
  });
}

// ------------------------------------------------------------------ run

const order = ["small", "medium", "large", "mixed", "medium-invalid", "large-invalid"].filter(
  (s) => sets.has(s) && (only.length === 0 || only.includes(s)),
);
const results = [];
for (const set of order) {
  process.stderr.write(`bench/run: measuring ${set} ...\n`);
  results.push(...measureSet(set, sets.get(set)));
}
const cold = pkg ? coldStart() : null;
process.stderr.write("bench/run: the fixed cost of a call ...\n");
const fixed = pkg ? await fixedCost() : null;
let receiver = null;
if (pkg && withReceiver && sets.has("mixed")) {
  process.stderr.write(`bench/run: the receiver pair (${quick ? 2 : 3} rounds of ${RECEIVER_MS} ms each) ...\n`);
  receiver = await receivers();
}
const wasmGzip = pkg ? gzipSync(readFileSync(join(pkgDir, "livechat_webhooks_bg.wasm")), { level: 9 }).length : null;

// ------------------------------------------------------------------ targets

const get = (set, row) => results.find((r) => r.set === set && r.row === row);
const targets = [];
function target(name, measured, limit, unit = "×") {
  if (measured === undefined || Number.isNaN(measured)) {
    targets.push({ name, measured: null, limit, status: "n/a" });
    return;
  }
  targets.push({ name, measured, limit, unit, status: measured <= limit ? "PASS" : "MISS" });
}
if (pkg) {
  const sizes = ["small", "medium", "large", "mixed"];
  const label = (kind) => (kind === "string" ? "string" : "bytes");
  for (const size of sizes) {
    const ajvRow = get(size, "JSON.parse + ajv");
    const zodRow = get(size, "JSON.parse + zod");
    for (const kind of ["Uint8Array", "string"]) {
      const d = get(size, `decodeWebhook(${kind})`);
      target(`decodeWebhook(${label(kind)}), ${size}: ≤ 1.0× (JSON.parse + ajv)`, d && ajvRow ? d.medianNs / ajvRow.medianNs : undefined, 1.0);
      // "faster than" = strictly below 1.0× zod
      const ratio = d && zodRow ? d.medianNs / zodRow.medianNs : undefined;
      const name = `decodeWebhook(${label(kind)}), ${size}: faster than JSON.parse + zod`;
      targets.push(ratio === undefined ? { name, measured: null, limit: 1, status: "n/a" } : { name, measured: ratio, limit: 1, unit: "×", status: ratio < 1 ? "PASS" : "MISS" });
    }
  }
  target("validateWebhook(bytes), small: ≤ 1.0× JSON.parse", get("small", "validateWebhook(Uint8Array)")?.ratio, 1.0);
  for (const size of ["medium", "large"]) target(`validateWebhook(bytes), ${size}: ≤ 0.5× JSON.parse`, get(size, "validateWebhook(Uint8Array)")?.ratio, 0.5);
  if (fixed) target(`fixed cost of a call (validateWebhook(bytes) of a ${fixed.bytes}-byte body minus its check): ≤ 0.3 µs`, fixed.fixedNs / 1000, 0.3, " µs");
  for (const size of ["medium", "large"]) {
    for (const kind of ["Uint8Array", "string"]) {
      const inv = get(`${size}-invalid`, `validateWebhook(${kind})`);
      const ok = get(size, `decodeWebhook(${kind})`);
      target(`10-error ${size} body, validateWebhook(${label(kind)}): ≤ 3× valid decodeWebhook(${label(kind)})`, inv && ok ? inv.medianNs / ok.medianNs : undefined, 3);
    }
  }
  if (receiver) {
    // "at least 0.9×": reported as hand / package against 1/0.9, so that every limit is an upper one.
    target("Node receiver, requests/s: ≥ 0.9× the hand-written one (shown as hand ÷ package ≤ 1.11×)", 1 / receiver.rpsRatio, 1 / 0.9);
    target("Node receiver, p99 latency: ≤ 1.5× the hand-written one", receiver.p99Ratio, 1.5);
  }
  target("cold start (import → first decode), Node: ≤ 8 ms", cold?.medianMs, 8, " ms");
  target("the .wasm, gzip -9: ≤ 100 KB", wasmGzip / 1000, 100, " KB");
}

// ------------------------------------------------------------------ output

let instructions = null;
const instrPath = join(benchDir, "instructions.json");
if (existsSync(instrPath)) instructions = JSON.parse(readFileSync(instrPath, "utf8"));

const cpu = os.cpus()[0]?.model?.trim() ?? "unknown CPU";
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpu} (${os.cpus().length} logical cores)`,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  package: pkg ? `${pkgName}@${JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version}` : "(not measured)",
  method: `median of ${BATCHES} interleaved batches of ~${BATCH_MS} ms per row; ratio to JSON.parse(text) of the same set in the same run`,
  ajv: ajvInfo,
  bodies: Object.fromEntries(
    [...sets].map(([set, list]) => [set, list.length === 1 ? { bytes: list[0].bytes.length } : { count: list.length, bytesAvg: Math.round(list.reduce((a, b) => a + b.bytes.length, 0) / list.length) }]),
  ),
};

const fmtNs = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(ns >= 1e5 ? 0 : ns >= 1e4 ? 1 : 2)} µs` : `${ns.toFixed(0)} ns`);
const fmtInt = (n) => Math.round(n).toLocaleString("en-US");
const setLabel = (set) => {
  const m = meta.bodies[set];
  return m.count ? `${set} (${m.count} bodies, avg ${fmtInt(m.bytesAvg)} B)` : `${set} (${fmtInt(m.bytes)} B)`;
};

const md = [];
md.push(`## Benchmark results`);
md.push("");
md.push(`${meta.date.slice(0, 10)} · Node ${meta.node} · ${meta.cpu} · ${meta.platform} · ${meta.package}`);
md.push("");
md.push(`${meta.method}. ns/op is per body. "paired" is the median over batches of the row's time over JSON.parse's time in the same batch (steadier under a drifting load). Targets use the ratio of medians.`);
md.push("");
md.push("| body | row | ns/op (median) | min – max | × JSON.parse | × JSON.parse, paired |");
md.push("|---|---|---:|---:|---:|---:|");
for (const r of results)
  md.push(
    `| ${setLabel(r.set)} | ${r.row} | ${fmtInt(r.medianNs)} | ${fmtInt(r.minNs)} – ${fmtInt(r.maxNs)} | ${r.ratio.toFixed(2)} | ${r.pairedRatio.toFixed(2)} |`,
  );
md.push("");
if (cold) {
  md.push(`Cold start (fresh \`node\` process, from \`import\` to the first \`decodeWebhook\` of the small body), ${cold.runs} runs: median ${cold.medianMs.toFixed(2)} ms (min ${cold.minMs.toFixed(2)}, max ${cold.maxMs.toFixed(2)}); whole process ${cold.processWallMedianMs.toFixed(0)} ms.`);
  md.push("");
}
if (fixed) {
  md.push(`Fixed cost of a call: \`validateWebhook\` of a ${fixed.bytes}-byte valid body (bytes) ${fmtNs(fixed.validateNs)}, the checker's own work on it (\`check_input\`, the body already in wasm memory) ${fmtNs(fixed.checkerNs)}: **${fmtNs(fixed.fixedNs)} per call** (median over interleaved batches of the difference); \`JSON.parse\` of it ${fmtNs(fixed.jsonParseNs)}.`);
  md.push("");
}
if (receiver) {
  const r = receiver;
  md.push(`Node receiver on 127.0.0.1 (bench/receiver.mjs: ${r.connections} keep-alive connections, the ${sets.get("mixed").length} mixed bodies in turn, ${r.rounds} alternating rounds of ${r.ms} ms per server, medians):`);
  md.push("");
  // Server CPU per request: what a request costs the server, whatever share of a core it got;
  // the shares say whether the server (as it should) or the generator was the limit.
  const cpu = (s) => (s.serverCpuPerRequestUs === undefined ? "?" : `${s.serverCpuPerRequestUs.toFixed(1)} µs`);
  const share = (x) => (x === undefined ? "?" : `${Math.round(x * 100)}%`);
  const cpuRatio = r.hand.serverCpuPerRequestUs === undefined ? "?" : `${(r.package.serverCpuPerRequestUs / r.hand.serverCpuPerRequestUs).toFixed(2)}×`;
  md.push("| receiver | requests/s | p50 | p99 | server CPU per request | server, generator CPU |");
  md.push("|---|---:|---:|---:|---:|---:|");
  md.push(`| hand-written node:http + JSON.parse + === | ${fmtInt(r.hand.rps)} | ${r.hand.p50Us.toFixed(0)} µs | ${r.hand.p99Us.toFixed(0)} µs | ${cpu(r.hand)} | ${share(r.hand.serverCpu)}, ${share(r.hand.generatorCpu)} |`);
  md.push(`| toNodeListener(createWebhookHandler(...)) | ${fmtInt(r.package.rps)} | ${r.package.p50Us.toFixed(0)} µs | ${r.package.p99Us.toFixed(0)} µs | ${cpu(r.package)} | ${share(r.package.serverCpu)}, ${share(r.package.generatorCpu)} |`);
  md.push(`| package ÷ hand-written | ${r.rpsRatio.toFixed(2)}× | ${(r.package.p50Us / r.hand.p50Us).toFixed(2)}× | ${r.p99Ratio.toFixed(2)}× | ${cpuRatio} | |`);
  md.push("");
}
if (wasmGzip !== null) {
  md.push(`The .wasm: ${(wasmGzip / 1000).toFixed(1)} KB gzip -9.`);
  md.push("");
}
md.push(`Load while measuring: load average ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} (1, 5, 15 min) on ${os.cpus().length} cores at the end of the run.`);
md.push("");
md.push(`ajv: schema ${ajvInfo.draft}; \`discriminator\` added on ${ajvInfo.discriminators.join(", ") || "nothing"}; formats in the schema: ${Object.entries(ajvInfo.formats).map(([f, n]) => `${f} ×${n}`).join(", ") || "none"}${ajvInfo.addedFormats.length ? ` (registered for ajv: ${ajvInfo.addedFormats.join(", ")})` : ""}.`);
md.push("");
if (targets.length) {
  md.push("### Targets (issue 13)");
  md.push("");
  md.push("| target | measured | status |");
  md.push("|---|---:|---|");
  for (const t of targets)
    md.push(`| ${t.name} | ${t.measured === null ? "–" : t.unit === "×" ? `${t.measured.toFixed(2)}×` : `${t.measured.toFixed(2)}${t.unit}`} | ${t.status} |`);
  md.push("");
}
if (instructions) {
  md.push(`### Instruction counts (native, ${instructions.tool}; per body per op)`);
  md.push("");
  md.push("| body | validate | decode |");
  md.push("|---|---:|---:|");
  for (const r of instructions.rows) md.push(`| ${r.set} | ${r.validate === null ? "–" : fmtInt(r.validate)} | ${r.decode === null ? "–" : fmtInt(r.decode)} |`);
  md.push("");
}

mkdirSync(benchDir, { recursive: true });
writeFileSync(
  join(benchDir, "results.json"),
  JSON.stringify({ ...meta, rows: results, coldStart: cold, fixedCost: fixed, receiver, wasmGzip, loadAverage: os.loadavg(), targets, checks, instructions }, null, 2) + "\n",
);
writeFileSync(join(benchDir, "results.md"), md.join("\n") + "\n");
console.log(md.join("\n"));
console.log(`bench/run: wrote ${join(benchDir, "results.json")} and results.md`);
if (typeof sink === "symbol") console.log(""); // keeps `sink` observable

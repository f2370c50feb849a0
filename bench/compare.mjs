#!/usr/bin/env node
// Two builds of the package in one Node process, in alternating batches, on the bodies of
// bench/generate.mjs: the steadiest way to tell whether a change made a row slower, since both
// builds see the same load, the same JIT and the same GC.
//
//   node bench/generate.mjs                       # writes target/bench/bodies/
//   node bench/compare.mjs OLD_PKG_DIR [NEW_PKG_DIR] [--sets small,medium] [--batches N]
//
// NEW_PKG_DIR defaults to this checkout's pkg/ (`make build`). OLD_PKG_DIR is another assembled
// package, e.g. the pkg/ of a `git worktree` at the commit to compare with. Prints the median
// ns per body of each build and their ratio, per set and operation. Not a test: a measurement.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const sets = option("--sets", "small,medium,large,mixed").split(",");
const batches = Number(option("--batches", "41"));
const [oldDir, newDir = join(root, "pkg")] = args;
if (!oldDir || !Number.isInteger(batches) || batches < 3) {
  console.error("usage: node bench/compare.mjs OLD_PKG_DIR [NEW_PKG_DIR] [--sets a,b] [--batches N >= 3]");
  process.exit(2);
}
const bodiesDir = join(root, "target", "bench", "bodies");
if (!existsSync(join(bodiesDir, "manifest.json"))) {
  console.error(`no ${bodiesDir}/manifest.json: run node bench/generate.mjs first`);
  process.exit(2);
}

const load = (dir) => import(pathToFileURL(join(resolve(dir), "node.mjs")).href);
const builds = { old: await load(oldDir), new: await load(newDir) };
const manifest = JSON.parse(readFileSync(join(bodiesDir, "manifest.json"), "utf8"));
// The generated bodies are API 3.1 webhooks (bench/generate.mjs).
const options = { apiVersion: "3.1" };
const ops = {
  "validateWebhook(bytes)": (pkg, bytes) => pkg.validateWebhook(bytes, options),
  "validateWebhook(string)": (pkg, _bytes, text) => pkg.validateWebhook(text, options),
  "decodeWebhook(bytes)": (pkg, bytes) => pkg.decodeWebhook(bytes, options),
  "decodeWebhook(string)": (pkg, _bytes, text) => pkg.decodeWebhook(text, options),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

console.log(`| set | operation | old ns/body | new ns/body | new/old |`);
console.log(`|---|---|---:|---:|---:|`);
for (const set of sets) {
  const bodies = manifest.bodies.filter((b) => b.set === set && b.valid);
  if (bodies.length === 0) continue;
  const bytes = bodies.map((b) => readFileSync(join(bodiesDir, b.file)));
  const texts = bytes.map((b) => b.toString("utf8"));
  const size = bytes.reduce((n, b) => n + b.length, 0) / bytes.length;
  // About 5 ms per batch whatever the body size.
  const perBatch = Math.max(5, Math.round(5_000_000 / (size * 6)));
  for (const [name, op] of Object.entries(ops)) {
    const times = { old: [], new: [] };
    for (let batch = 0; batch < batches; batch++) {
      // Alternate which build goes first, so neither always runs on a warmer cache.
      const order = batch % 2 === 0 ? ["old", "new"] : ["new", "old"];
      for (const which of order) {
        const pkg = builds[which];
        const start = process.hrtime.bigint();
        for (let i = 0; i < perBatch; i++) {
          const k = i % bytes.length;
          op(pkg, bytes[k], texts[k]);
        }
        times[which].push(Number(process.hrtime.bigint() - start) / perBatch);
      }
    }
    const [o, n] = [median(times.old), median(times.new)];
    console.log(`| ${set} | ${name} | ${o.toFixed(0)} | ${n.toFixed(0)} | ${(n / o).toFixed(3)} |`);
  }
}

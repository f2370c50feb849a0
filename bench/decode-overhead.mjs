#!/usr/bin/env node
// What decodeWebhook costs beyond its two parts: for one body set, each build's decodeWebhook
// (string, bytes) next to validateWebhook and JSON.parse measured alone and one after the other
// in the same loop. When decode ≈ "validate, then JSON.parse", the JavaScript between the check
// and the parse costs nothing, and whatever decode costs over the two rows measured alone is the
// two sharing the core (caches), not glue.
//
//   node bench/generate.mjs                      # writes target/bench/bodies/
//   node bench/decode-overhead.mjs [--set small] [--runs 3] PKG_DIR [PKG_DIR ...]
//
// Each build runs in a process of its own (one wasm instance, one JIT profile), the builds
// alternating run by run so that they see the same load; each row is the median over batches,
// with its ratio to JSON.parse in the same process. Not a test: a measurement.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), "..");
const bodiesDir = join(root, "target", "bench", "bodies");

// The generated bodies are API 3.1 webhooks (bench/generate.mjs).
const OPTIONS = { apiVersion: "3.1" };

async function measure(pkgDir, set) {
  const pkg = await import(pathToFileURL(join(resolve(pkgDir), "node.mjs")).href);
  const manifest = JSON.parse(readFileSync(join(bodiesDir, "manifest.json"), "utf8"));
  const list = manifest.bodies.filter((b) => b.set === set && b.valid);
  if (list.length === 0) throw new Error(`no valid body in the set ${set}`);
  const bytes = list.map((b) => readFileSync(join(bodiesDir, b.file)));
  const texts = bytes.map((b) => b.toString("utf8"));
  let sink;
  let k = 0;
  const next = () => (k = (k + 1) % bytes.length);
  const rows = {
    "JSON.parse(text)": () => JSON.parse(texts[next()]),
    "validateWebhook(string)": () => pkg.validateWebhook(texts[next()], OPTIONS).ok,
    "validateWebhook(string), then JSON.parse": () => {
      const i = next();
      sink = pkg.validateWebhook(texts[i], OPTIONS).ok;
      return JSON.parse(texts[i]);
    },
    "decodeWebhook(string)": () => pkg.decodeWebhook(texts[next()], OPTIONS),
    "validateWebhook(bytes)": () => pkg.validateWebhook(bytes[next()], OPTIONS).ok,
    "validateWebhook(bytes).value": () => pkg.validateWebhook(bytes[next()], OPTIONS).value,
    "decodeWebhook(bytes)": () => pkg.decodeWebhook(bytes[next()], OPTIONS),
  };
  const size = bytes.reduce((n, b) => n + b.length, 0) / bytes.length;
  // About 2 ms per batch whatever the body size.
  const perBatch = Math.max(20, Math.round(2_000_000 / (size * 4)));
  const times = Object.fromEntries(Object.keys(rows).map((name) => [name, []]));
  for (let batch = 0; batch < 31; batch++) {
    for (const [name, op] of Object.entries(rows)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < perBatch; i++) sink = op();
      times[name].push(Number(process.hrtime.bigint() - start) / perBatch);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
}

function main(args) {
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const set = option("--set", "small");
  const runs = Number(option("--runs", "3"));
  if (args.length === 0 || !Number.isInteger(runs) || runs < 1) {
    console.error("usage: node bench/decode-overhead.mjs [--set small] [--runs N] PKG_DIR [PKG_DIR ...]");
    process.exit(2);
  }
  if (!existsSync(join(bodiesDir, "manifest.json"))) {
    console.error(`no ${bodiesDir}/manifest.json: run node bench/generate.mjs first`);
    process.exit(2);
  }
  const results = new Map(args.map((dir) => [dir, []]));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? args : [...args].reverse();
    for (const dir of order) {
      const child = spawnSync(process.execPath, [self, "--child", dir, set], { encoding: "utf8" });
      if (child.status !== 0) throw new Error(`the run of ${dir} failed: ${child.stderr}`);
      results.get(dir).push(JSON.parse(child.stdout));
    }
  }
  console.log(`set ${set}, ${runs} run(s) per build; ns per body (× JSON.parse(text) in the same process)`);
  for (const [dir, list] of results) {
    console.log(`\n${dir}`);
    console.log("| row | " + list.map((_, i) => `run ${i + 1}`).join(" | ") + " |");
    console.log("|---|" + list.map(() => "---:").join("|") + "|");
    for (const name of Object.keys(list[0])) {
      const cells = list.map((r) => `${r[name].toFixed(0)} (${(r[name] / r["JSON.parse(text)"]).toFixed(2)}×)`);
      console.log(`| ${name} | ${cells.join(" | ")} |`);
    }
  }
}

if (process.argv[2] === "--child") {
  process.stdout.write(JSON.stringify(await measure(process.argv[3], process.argv[4])));
} else {
  main(process.argv.slice(2));
}

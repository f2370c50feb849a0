#!/usr/bin/env node
// Throughput and memory of `livechat-webhooks check` on an NDJSON archive (make bench, last step):
//
//   node bench/cli-check.mjs [--mb N]        (default 1024: a 1 GB archive; after `make build`)
//
// 1. Writes target/bench/cli/archive.ndjson: 2,000 distinct API 3.6 webhooks of every action made
//    by the testing kit (sampleWebhooks, seeds 0..; their sizes are printed), repeated until the
//    archive holds N MB; and archive.ndjson.gz, the same gzipped (level 6).
// 2. Runs the real CLI (pkg/cli.mjs check FILE --json --api-version 3.6) on each, one at a time,
//    and reports MB/s of the archive's uncompressed bytes (wall time), the CPU time, and the peak
//    RSS of the process (VmHWM of /proc/<pid>/status, read until it exits).
// 3. Writes target/bench/cli.json and prints a Markdown table.
// Not a test: the figures move with the machine's load (say so when you quote them).

import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = process.env.LCW_PKG_DIR ?? join(root, "pkg");
const out = join(root, "target", "bench", "cli");
const args = process.argv.slice(2);
const mb = Number(args[args.indexOf("--mb") + 1] || process.env.CLI_BENCH_MB || 1024);
if (!existsSync(join(pkg, "cli.mjs"))) {
  console.error("bench/cli-check: pkg/cli.mjs is missing: run `make build` first");
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const { sampleWebhooks } = await import(pathToFileURL(join(pkg, "testing.mjs")).href);

// ---- 1. the archives ----
// "chat traffic": what a chat receiver stores: per seed, an incoming_chat whose thread carries
// 4-19 events (taken from incoming_event samples), three incoming_event, one event_updated and one
// webhook of another action. "every action": one of each of the 38 actions in turn, most of them
// small (configuration webhooks): the per-body cost's worst case.
const { sampleWebhook } = await import(pathToFileURL(join(pkg, "testing.mjs")).href);
const ACTIONS = (await import(pathToFileURL(join(pkg, "constants.mjs")).href)).actionsByVersion["3.6"];
function chatTraffic() {
  const pool = [];
  for (let seed = 0; pool.length < 3000; seed++) {
    const events = [];
    for (let k = 0; k < 4 + (seed % 16); k++) events.push(sampleWebhook("incoming_event", { apiVersion: "3.6", seed: seed * 31 + k }).value.payload.event);
    const chat = sampleWebhook("incoming_chat", { apiVersion: "3.6", seed }).value;
    pool.push(sampleWebhook("incoming_chat", { apiVersion: "3.6", seed, overrides: { payload: { chat: { thread: { ...chat.payload.chat.thread, events } } } } }).body);
    for (let k = 0; k < 3; k++) pool.push(sampleWebhook("incoming_event", { apiVersion: "3.6", seed: seed * 7 + k }).body);
    pool.push(sampleWebhook("event_updated", { apiVersion: "3.6", seed }).body);
    pool.push(sampleWebhook(ACTIONS[seed % ACTIONS.length], { apiVersion: "3.6", seed }).body);
  }
  return pool;
}
function everyAction() {
  const pool = [];
  for (let seed = 0; pool.length < 3000; seed++) for (const s of sampleWebhooks({ apiVersion: "3.6", seed })) pool.push(s.body);
  return pool;
}

async function archive(name, pool, size) {
  const file = join(out, `${name}.ndjson`);
  const gz = `${file}.gz`;
  if (!existsSync(gz) || statSync(file).size < size || statSync(file).size > size * 1.01) {
    process.stderr.write(`writing ${file} (${(size / 1e6).toFixed(0)} MB)...\n`);
    const w = createWriteStream(file);
    let written = 0;
    let i = 0;
    while (written < size) {
      const line = pool[i++ % pool.length] + "\n";
      written += Buffer.byteLength(line);
      if (!w.write(line)) await new Promise((r) => w.once("drain", r));
    }
    await new Promise((r) => w.end(r));
    process.stderr.write(`gzip ${gz}...\n`);
    await pipeline(createReadStream(file), createGzip({ level: 6 }), createWriteStream(gz));
  }
  const sizes = pool.map((b) => Buffer.byteLength(b)).sort((a, b) => a - b);
  const mean = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  return { file, gz, sizes: { min: sizes[0], median: sizes[sizes.length >> 1], mean, max: sizes.at(-1) } };
}

// ---- 2. the runs ----
// GNU time, when installed, gives the CPU time and the peak RSS; else the peak RSS is polled from
// /proc/<pid>/status (VmHWM) until the process exits, and the CPU time is not known.
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
function measure(input) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const cmd = [process.execPath, join(pkg, "cli.mjs"), "check", input, "--json", "--api-version", "3.6"];
    const child = TIME
      ? spawn(TIME, ["-f", "LCW %U %S %M", ...cmd], { stdio: ["ignore", "pipe", "pipe"] })
      : spawn(cmd[0], cmd.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    let err = "";
    let peak = 0;
    const status = `/proc/${child.pid}/status`;
    const poll = TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = readFileSync(status, "utf8").match(/VmHWM:\s+(\d+) kB/);
            if (m) peak = Math.max(peak, Number(m[1]) * 1024);
          } catch {
            // exited between two polls
          }
        }, 50);
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      let cpu;
      const m = err.match(/LCW ([\d.]+) ([\d.]+) (\d+)/);
      if (m) {
        cpu = Number(m[1]) + Number(m[2]);
        peak = Number(m[3]) * 1024;
      }
      let summary;
      try {
        summary = JSON.parse(text);
      } catch {
        return reject(new Error(`check exited ${code}: ${err}`));
      }
      if (code !== 0 || summary.invalid !== 0) return reject(new Error(`check exited ${code} with ${summary.invalid} invalid bodies`));
      resolve({ seconds, cpu, peak, bodies: summary.bodies });
    });
  });
}

// Wall time: the CLI checks on one thread (gunzip runs on libuv's pool beside it).
const rows = [];
const sets = [
  ["chat traffic", chatTraffic(), mb * 1e6],
  // A tenth of the size: it only shows the per-body cost.
  ["every action", everyAction(), Math.max(mb / 10, 10) * 1e6],
];
for (const [set, pool, size] of sets) {
  const a = await archive(set.replace(" ", "-"), pool, size);
  const bytes = statSync(a.file).size;
  for (const [how, input] of [
    ["NDJSON", a.file],
    ["NDJSON, gzip", a.gz],
  ]) {
    const r = await measure(input);
    const row = {
      set,
      input: how,
      bodySizes: a.sizes,
      archiveMB: +(bytes / 1e6).toFixed(1),
      fileMB: +(statSync(input).size / 1e6).toFixed(1),
      bodies: r.bodies,
      seconds: +r.seconds.toFixed(2),
      cpuSeconds: r.cpu === undefined ? undefined : +r.cpu.toFixed(2),
      MBps: +(bytes / 1e6 / r.seconds).toFixed(0),
      peakRssMB: +(r.peak / 1e6).toFixed(0),
    };
    rows.push(row);
    process.stderr.write(`${set}, ${how}: ${row.MBps} MB/s, peak RSS ${row.peakRssMB} MB\n`);
  }
}

writeFileSync(join(root, "target", "bench", "cli.json"), JSON.stringify({ node: process.version, rows }, null, 2) + "\n");
console.log(`\n\`livechat-webhooks check --api-version 3.6\` on NDJSON archives of API 3.6 webhooks (Node ${process.version}):\n`);
console.log("| bodies | sizes (min / median / mean / max) | input | file | archive | wall | CPU (user+sys) | MB/s of the archive (wall) | peak RSS |");
console.log("|---|---|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const z = r.bodySizes;
  console.log(`| ${r.set} (${r.bodies.toLocaleString("en")}) | ${z.min} / ${z.median} / ${z.mean} / ${z.max} B | ${r.input} | ${r.fileMB} MB | ${r.archiveMB} MB | ${r.seconds} s | ${r.cpuSeconds ?? "?"} s | ${r.MBps} | ${r.peakRssMB} MB |`);
}

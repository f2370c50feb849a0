#!/usr/bin/env node
// The cold start of two (or more) builds of the package, measured as `make bench` measures it and
// broken down: a fresh `node` process imports the package by its name (through a node_modules
// link, as a user's project does) and decodes the small body once. Processes of the builds
// alternate, so both see the same load. Not a test: a measurement.
//
//   node bench/generate.mjs                                  # writes target/bench/bodies/
//   node bench/cold-compare.mjs OLD_PKG_DIR [NEW_PKG_DIR ...] [--runs N]
//
// NEW_PKG_DIR defaults to this checkout's pkg/ (`make build`). Prints, per build, the median of
// import → first decode, of the import alone and of the first call, and how many bytes of wasm
// function bodies V8 compiled in the process (it compiles a function on its first call, all of
// it; almost all of them are the first decode's: `--trace-wasm-compilation-times`, one extra
// process per build).

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const at = args.indexOf("--runs");
const runs = at < 0 ? 21 : Number(args.splice(at, 2)[1]);
const dirs = (args.length === 0 ? [join(root, "pkg")] : args.length === 1 ? [args[0], join(root, "pkg")] : args).map((d) => resolve(d));
if (!Number.isInteger(runs) || runs < 3) {
  console.error("usage: node bench/cold-compare.mjs OLD_PKG_DIR [NEW_PKG_DIR ...] [--runs N >= 3]");
  process.exit(2);
}
const bodiesDir = join(root, "target", "bench", "bodies");
const manifestPath = join(bodiesDir, "manifest.json");
if (!existsSync(manifestPath)) {
  console.error(`no ${manifestPath}: run node bench/generate.mjs first`);
  process.exit(2);
}
const small = JSON.parse(readFileSync(manifestPath, "utf8")).bodies.find((b) => b.set === "small");

// One folder per build under target/bench/cold/, with node_modules/<name> → the build.
const homes = dirs.map((dir, i) => {
  if (!existsSync(join(dir, "package.json"))) {
    console.error(`${dir}/package.json is missing: is it an assembled package (make build)?`);
    process.exit(2);
  }
  const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name;
  const home = join(root, "target", "bench", "cold", String(i));
  rmSync(home, { recursive: true, force: true });
  mkdirSync(join(home, "node_modules"), { recursive: true });
  symlinkSync(dir, join(home, "node_modules", name), "dir");
  // node:fs is imported before the clock starts, as in bench/run.mjs's cold-start script.
  writeFileSync(
    join(home, "cold.mjs"),
    [
      'import { readFileSync } from "node:fs";',
      `const body = readFileSync(${JSON.stringify(join(bodiesDir, small.file))});`,
      "const t0 = performance.now();",
      `const { decodeWebhook } = await import(${JSON.stringify(name)});`,
      "const t1 = performance.now();",
      'const value = decodeWebhook(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), { apiVersion: "3.1" });',
      "const t2 = performance.now();",
      'if (value.action !== "thread_closed") throw new Error("unexpected decode result");',
      'console.log("cold " + JSON.stringify({ total: t2 - t0, imported: t1 - t0, first: t2 - t1 }));',
      "",
    ].join("\n"),
  );
  return home;
});

const run = (home, flags = []) => {
  const r = spawnSync(process.execPath, [...flags, join(home, "cold.mjs")], { cwd: home, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    console.error(`cold start failed in ${home}:\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
};
const results = dirs.map(() => []);
for (let i = 0; i < runs; i++) {
  homes.forEach((home, b) => results[b].push(JSON.parse(run(home).split("\n").find((l) => l.startsWith("cold ")).slice(5))));
}
// Each function V8 compiles is traced with its body size: the start function at the import, the
// rest at the first decode.
const compiledBytes = homes.map((home) => {
  const out = run(home, ["--trace-wasm-compilation-times"]).split("\n");
  return out
    .filter((l) => l.startsWith("Compiled function"))
    .reduce((n, l) => n + Number(/bodysize (\d+)/.exec(l)?.[1] ?? 0), 0);
});

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x) => x.toFixed(2);
console.log(`| build | import → first decode (median of ${runs}) | min | import | first call | wasm function bodies compiled |`);
console.log("|---|---:|---:|---:|---:|---:|");
dirs.forEach((dir, b) => {
  const r = results[b];
  console.log(
    `| ${dir} | ${ms(median(r.map((x) => x.total)))} ms | ${ms(Math.min(...r.map((x) => x.total)))} ms | ${ms(median(r.map((x) => x.imported)))} ms | ${ms(median(r.map((x) => x.first)))} ms | ${compiledBytes[b]} B |`,
  );
});
const [one, five] = loadavg();
console.log(`\nload average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cpus().length} cores`);

#!/usr/bin/env node
// The release package in every runtime it promises, installed as users install it:
//
//   node tests/runtimes/run.mjs        (after `make build`; `make test` runs it as stage `runtimes`)
//
// 1. `npm pack pkg/` into target/runtimes/, check that every `exports` target and every relative
//    import of the entry points is in the tarball, then publint and attw on the tarball.
// 2. Install the tarball (offline: it has no dependencies) into a throwaway consumer project,
//    target/runtimes/app/, next to the harnesses of tests/runtimes/harness/.
// 3. In each runtime, a harness imports `livechat-webhooks` BY NAME, so that runtime's `exports`
//    condition picks the entry, and runs harness/checks.mjs (decode text and bytes, two errors at
//    once, secret mismatch without leaking the secret, ...). Servers get the valid body over HTTP
//    on 127.0.0.1. Each run also proves which entry file was loaded.
//    The testing kit (livechat-webhooks/testing) is imported the same way and checked there too;
//    the package's `bin` runs from the consumer's node_modules/.bin.
// 4. In each runtime, the harness also serves a receiver made with createWebhookHandler
//    (harness/receiver.mjs; Node through toNodeListener on node:http): every Go SDK fixture of
//    ../shared/fixtures (when present) and the project's own body are POSTed to it over HTTP on
//    127.0.0.1 and must give 200, the handler's action and deepest nested field; a wrong secret
//    401, a bad body 400 with its issues, GET 405. In Chromium the receiver runs in the page on
//    Requests built from bodies the page fetched from the test server on 127.0.0.1.
//
// Prints one line per step and runtime and exits 1 when any failed. The runtimes (workerd, Deno,
// Bun, edge-runtime, publint, attw) are devDependencies of the repository; Chromium is Debian's.

import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.mjs";
import { run as runProcess } from "../support/process.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// LCW_PKG_DIR: another assembled package (to check that this test catches a broken one).
const pkgDir = process.env.LCW_PKG_DIR ?? join(root, "pkg");
const out = join(root, "target", "runtimes");
const app = join(out, "app");
const harness = join(dirname(fileURLToPath(import.meta.url)), "harness");
const bin = (name) => join(root, "node_modules", ".bin", name);
const require = createRequire(join(root, "package.json"));
// A runtime that has not answered by then is hung, not slow (each takes about a second).
const TIMEOUT_MS = 60_000;

// publint warnings that are known and reported to the package's owner. Each entry must still be
// produced (a stale entry fails the run, so the list only shrinks).
const KNOWN_PUBLINT = [];

// ---- reporting ------------------------------------------------------------------------------

const lines = [];
let failures = 0;
async function step(name, fn) {
  const t0 = Date.now();
  let ok = true;
  let text;
  try {
    text = await fn();
  } catch (e) {
    ok = false;
    failures++;
    text = e && e.message ? e.message : String(e);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const line = `${ok ? "ok  " : "FAIL"} ${name.padEnd(9)} ${text} [${secs}s]`;
  lines.push(line);
  console.log(line);
  return ok;
}

// ---- processes ------------------------------------------------------------------------------

// Runs a command to the end (tests/support/process.mjs), with this stage's timeout.
function run(cmd, args, opts = {}) {
  return runProcess(cmd, args, opts, TIMEOUT_MS);
}

// Starts a server process and resolves once `ready(output)` returns a truthy value (e.g. the port
// it printed). The caller must call stop().
function startServer(cmd, args, opts, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
    let output = "";
    let settled = false;
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    const timer = setTimeout(() => fail(new Error(`no sign of life within ${TIMEOUT_MS / 1000}s`)), TIMEOUT_MS);
    const fail = (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      reject(new Error(`${e.message}\n${output}`));
    };
    const onData = (d) => {
      output += d;
      const value = !settled && ready(output);
      if (value) {
        settled = true;
        clearTimeout(timer);
        resolve({ value, stop, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", fail);
    child.on("close", (code, signal) => fail(new Error(`exited ${code ?? signal} before it was ready`)));
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// POSTs the valid body to a harness server (retrying while it starts) and returns its JSON.
async function postBody(url, body) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    try {
      const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 2000)}`);
      return JSON.parse(text);
    } catch (e) {
      const refused = e.cause && e.cause.code === "ECONNREFUSED";
      if (!refused || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// ---- what a harness answered ----------------------------------------------------------------

// `answer` is { entry?, results: [{ name, ok, detail }] }. `entry` is the file the runtime resolved
// `livechat-webhooks` to (for bundles, the one esbuild took); it must be `wantEntry` of the package.
function verdict(answer, wantEntry, resolvedEntry) {
  let entry = resolvedEntry ?? answer.entry ?? "";
  if (entry.startsWith("file:")) entry = fileURLToPath(entry);
  const results = answer && Array.isArray(answer.results) ? answer.results : [];
  const problems = results.filter((r) => r.ok !== true).map((r) => `${r.name}: ${r.detail}`);
  if (results.length === 0) problems.push("the harness ran no checks");
  // From the tarball installed in the consumer, never from the repository's pkg/.
  const installed = join(app, "node_modules", "livechat-webhooks");
  if (dirname(entry) !== installed) problems.push(`the package was loaded from ${entry || "(unknown)"}, not ${installed}`);
  else if (basename(entry) !== wantEntry) problems.push(`loaded ${basename(entry)}, expected ${wantEntry}`);
  if (problems.length > 0) throw new Error(problems.join("; "));
  return `${results.length}/${results.length} checks passed (${results.map((r) => r.name).join(", ")}) via ${basename(entry)}`;
}

// ---- bundling (what each platform's bundler would do) ---------------------------------------

const esbuild = require("esbuild");

// Bundles a harness from the consumer project with the platform's conditions. Returns the entry
// of the package that esbuild took (from the metafile), to prove the condition picked it.
async function bundle(entry, outfile, options) {
  const result = await esbuild.build({
    entryPoints: [join(app, entry)],
    outfile,
    bundle: true,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: app,
    ...options,
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => join(app, p));
  const entries = ["workerd.mjs", "edge.mjs", "bundler.mjs", "node.mjs", "node.cjs"];
  const taken = inputs.filter((p) => /node_modules[\\/]livechat-webhooks[\\/]/.test(p) && entries.includes(basename(p)));
  if (taken.length !== 1) throw new Error(`bundle of ${entry} took entries ${JSON.stringify(taken)}`);
  return taken[0];
}

// `import wasm from "./x.wasm"` (and `?module`) stays an import of a separate module, as
// wrangler does: workerd's config then gives that module as compiled wasm.
const wasmAsModule = {
  name: "wasm-as-module",
  setup(build) {
    build.onResolve({ filter: /\.wasm(\?module)?$/ }, (args) => ({
      path: "./" + basename(args.path.replace(/\?module$/, "")),
      external: true,
    }));
  },
};

// Vercel's build turns `import wasm from "./x.wasm?module"` into a binding the runtime provides as
// a compiled WebAssembly.Module (the Edge runtime cannot compile wasm itself). Here the binding is
// a global the Edge VM host sets: globalThis.__wasm_livechat_webhooks.
const WASM_BINDING = "__wasm_livechat_webhooks";
const wasmAsBinding = {
  name: "wasm-as-binding",
  setup(build) {
    build.onResolve({ filter: /\.wasm\?module$/ }, (args) => ({ path: args.path, namespace: "wasm-binding" }));
    build.onLoad({ filter: /.*/, namespace: "wasm-binding" }, () => ({
      contents: `export default globalThis.${WASM_BINDING};`,
      loader: "js",
    }));
  },
};

// ---- 1. the package -------------------------------------------------------------------------

let tarball;
let manifest;

async function packPackage() {
  if (!existsSync(join(pkgDir, "package.json"))) throw new Error("pkg/package.json missing: run `make build` first");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { stdout } = await run("npm", ["pack", pkgDir, "--json", "--pack-destination", out, "--ignore-scripts"], { cwd: out });
  const [info] = JSON.parse(stdout);
  tarball = join(out, info.filename);
  manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const files = new Set(info.files.map((f) => f.path));

  // Every file package.json points at must be in the tarball.
  const targets = new Set();
  const walk = (v) => {
    if (typeof v === "string") targets.add(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(manifest.exports);
  for (const k of ["main", "module", "types"]) if (manifest[k]) targets.add(manifest[k]);
  // A subpath pattern ("./schema/*.json") must match at least one file.
  const matches = (t) => {
    if (!t.includes("*")) return files.has(t);
    const [head, tail] = t.split("*");
    return [...files].some((f) => f.startsWith(head) && f.endsWith(tail));
  };
  const missing = [...targets].map((t) => t.replace(/^\.\//, "")).filter((t) => !matches(t));
  // And every relative import of the shipped JavaScript (`?module` is a bundler suffix).
  for (const f of files) {
    if (!/\.(mjs|cjs|js)$/.test(f)) continue;
    const text = readFileSync(join(pkgDir, f), "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"'?]+)(?:\?[^"']*)?["']/g)) {
      const target = join(dirname(f), m[1]).replace(/\\/g, "/");
      if (!files.has(target)) missing.push(`${target} (imported by ${f})`);
    }
    for (const m of text.matchAll(/new URL\(\s*["'](\.\.?\/[^"']+)["']\s*,\s*import\.meta\.url/g)) {
      const target = join(dirname(f), m[1]).replace(/\\/g, "/");
      if (!files.has(target)) missing.push(`${target} (fetched by ${f})`);
    }
  }
  if (missing.length > 0) throw new Error(`not in the tarball: ${[...new Set(missing)].join(", ")}`);
  const kB = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const wasm = info.files.find((f) => f.path.endsWith(".wasm"));
  return (
    `${info.id}: ${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked, ${info.files.length} files ` +
    `(wasm ${kB(wasm.size)}); every exports target and relative import is in it`
  );
}

async function lintPublint() {
  const { publint } = await import(require.resolve("publint"));
  const { formatMessage } = await import(require.resolve("publint/utils"));
  const data = readFileSync(tarball);
  const ab = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: ab }, level: "suggestion" });
  const key = (m) => `${m.code} ${m.path.map((p) => (p === "." ? '"."' : p)).join(".")}`;
  const known = new Set(KNOWN_PUBLINT.map((k) => `${k.code} ${k.path}`));
  const seen = new Set(messages.map(key));
  const bad = messages.filter((m) => m.type !== "suggestion" && !known.has(key(m)));
  const stale = [...known].filter((k) => !seen.has(k));
  const text = (m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`;
  if (bad.length > 0) throw new Error(bad.map(text).join("\n"));
  if (stale.length > 0) throw new Error(`known publint warning no longer reported, remove it from KNOWN_PUBLINT: ${stale.join(", ")}`);
  const suggestions = messages.filter((m) => m.type === "suggestion");
  const knownHere = messages.filter((m) => known.has(key(m)));
  let summary = "no errors or warnings";
  if (knownHere.length > 0) summary += ` other than ${knownHere.length} known (${knownHere.map(key).join(", ")})`;
  if (suggestions.length > 0) summary += `; suggestions: ${suggestions.map(text).join(" | ")}`;
  return summary;
}

async function lintAttw() {
  // Exit 1 on any problem; --format json to list what each resolution mode found.
  let stdout;
  try {
    ({ stdout } = await run(bin("attw"), [tarball, "--format", "json"], { cwd: out }));
  } catch (e) {
    const { stdout: table } = await run(bin("attw"), [tarball, "--format", "ascii", "--no-color"], { cwd: out }).catch(
      (e2) => ({ stdout: e2.message }),
    );
    throw new Error(`attw found problems:\n${table}`);
  }
  const { analysis } = JSON.parse(stdout);
  const problems = Array.isArray(analysis.problems) ? analysis.problems : [];
  if (problems.length > 0) throw new Error(`attw problems: ${JSON.stringify(problems)}`);
  const resolutions = analysis.entrypoints["."].resolutions;
  const types = Object.entries(resolutions).map(([mode, r]) => `${mode} → ${r.resolution ? basename(r.resolution.fileName) : "none"}`);
  return `no problems (types: ${types.join(", ")})`;
}

// ---- 2. the consumer project ----------------------------------------------------------------

async function installConsumer() {
  mkdirSync(app, { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify(
      { name: "runtimes-consumer", private: true, type: "module", dependencies: { "livechat-webhooks": `file:../${basename(tarball)}` } },
      null,
      2,
    ) + "\n",
  );
  for (const f of readdirSync(harness)) cpSync(join(harness, f), join(app, f));
  // --offline: the tarball is local and the package has no dependencies, so no network is needed.
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"], { cwd: app });
  const installed = JSON.parse(readFileSync(join(app, "node_modules", "livechat-webhooks", "package.json"), "utf8"));
  if (installed.version !== manifest.version) throw new Error(`installed ${installed.version}, packed ${manifest.version}`);
  return `${relative(root, app)} has livechat-webhooks@${installed.version} from ${basename(tarball)}`;
}

// The command line, as npm linked the package's `bin` into the consumer: a sample of the default
// version, checked by `check -` (exit 0), and the same body with another secret refused (exit 1).
async function binCheck() {
  const cli = join(app, "node_modules", ".bin", "livechat-webhooks");
  const sample = execFileSync(cli, ["sample", "incoming_event", "--compact", "--secret", "bin-secret"], { cwd: app, encoding: "utf8" });
  const ok = execFileSync(cli, ["check", "-", "--json", "--secret", "bin-secret"], { cwd: app, input: sample, encoding: "utf8" });
  const summary = JSON.parse(ok);
  if (summary.bodies !== 1 || summary.valid !== 1) throw new Error(`check of a sample: ${ok}`);
  let refused;
  try {
    execFileSync(cli, ["check", "-", "--json", "--secret", "other"], { cwd: app, input: sample, encoding: "utf8" });
  } catch (e) {
    refused = e;
  }
  if (refused?.status !== 1 || JSON.parse(refused.stdout).issues.secret_mismatch !== 1) throw new Error("a wrong secret was not refused with exit 1");
  return `node_modules/.bin/livechat-webhooks: sample | check - exits 0; a wrong secret exits 1 (secret_mismatch)`;
}

// ---- 3. the runtimes ------------------------------------------------------------------------

const { validText, twoErrorsText, TWO_ERRORS, BODY_SECRET, OTHER_SECRET } = await import(join(harness, "checks.mjs"));

// ---- the receiver (harness/receiver.mjs), over HTTP ------------------------------------------

// Real bodies: the Go SDK's 3.1 fixtures, read from ../shared/fixtures (never copied here).
const FIXTURES = join(root, "..", "shared", "fixtures", "lc-sdk-go-v1.0.0-api-3.1");
const fixtures = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => ({ name: f, bytes: readFileSync(join(FIXTURES, f)) }))
  : [];
if (fixtures.length === 0) console.log(`note: ${FIXTURES} is absent: the receivers get only the project's own bodies`);

// The project's own API 3.6 bodies (tests/cases/versions.json), for the receiver of the default
// version: every valid 3.6 case of a few rich actions.
const laterVersions = JSON.parse(readFileSync(join(root, "tests", "cases", "versions.json"), "utf8"))
  .filter((c) => c.expect.ok && c.options.apiVersion === "3.6" && Object.keys(c.options).length === 1)
  .filter((c) => ["incoming_chat", "chat_transferred", "agent_created", "auto_accesses_updated", "thread_summary_set"].includes(c.body.action))
  .map((c) => ({ name: c.name, bytes: Buffer.from(JSON.stringify(c.body, null, 2)) }));
if (laterVersions.length < 5) throw new Error(`run.mjs: only ${laterVersions.length} API 3.6 bodies found in tests/cases/versions.json`);

// The pointer of the first deepest leaf of a value: the nested field each receiver must give back.
function deepestLeaf(value, pointer = "") {
  if (value === null || typeof value !== "object") return { pointer, depth: 0 };
  let best = { pointer, depth: 0 };
  for (const [k, v] of Object.entries(value)) {
    const found = deepestLeaf(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (found.depth + 1 > best.depth) best = { pointer: found.pointer, depth: found.depth + 1 };
  }
  return best;
}

function valueAt(value, pointer) {
  let v = value;
  for (const raw of pointer.split("/").slice(1)) v = v[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  return v;
}

// Drives a receiver through `send(method, path, bytes?)` → { status, text, type } and checks what
// it answered: 200 for every real body and the project's own (then /last gives back the action
// and the deepest nested field), 401 with nothing said for a wrong secret, 400 with the issues for
// a bad body, 405 for GET. Returns a summary; throws listing every failure.
async function receiverChecks(send) {
  const problems = [];
  const bodies = [
    ...fixtures.map((f) => ({ ...f, path: "/webhook" })),
    { name: "own incoming_event", bytes: Buffer.from(validText), path: "/webhook" },
    ...laterVersions.map((f) => ({ ...f, path: "/webhook/3.6" })),
  ];
  for (const { name, bytes, path } of bodies) {
    const res = await send("POST", path, bytes);
    if (res.status !== 200) {
      problems.push(`${name}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      continue;
    }
    const sent = JSON.parse(bytes.toString("utf8"));
    const { pointer, depth } = deepestLeaf(sent);
    const last = JSON.parse((await send("GET", `/last?pointer=${encodeURIComponent(pointer)}`)).text);
    const want = JSON.stringify(valueAt(sent, pointer));
    if (last.action !== sent.action) problems.push(`${name}: the handler got action ${last.action}`);
    else if (depth < 2 || last.missing || JSON.stringify(last.value) !== want) {
      problems.push(`${name}: ${pointer} (depth ${depth}) came back as ${JSON.stringify(last)}, sent ${want}`);
    }
  }

  const wrongSecret = Buffer.from(validText.replace(BODY_SECRET, OTHER_SECRET));
  const denied = await send("POST", "/webhook", wrongSecret);
  if (denied.status !== 401 || denied.text !== "") problems.push(`wrong secret: HTTP ${denied.status} "${denied.text.slice(0, 200)}"`);

  const bad = await send("POST", "/webhook", Buffer.from(twoErrorsText()));
  let codes = [];
  try {
    codes = JSON.parse(bad.text).issues.filter((i) => i.severity === "error").map((i) => `${i.code} ${i.pointer}`).sort();
  } catch {
    // reported below
  }
  if (bad.status !== 400 || JSON.stringify(codes) !== JSON.stringify([...TWO_ERRORS].sort()) || !/json/.test(bad.type)) {
    problems.push(`bad body: HTTP ${bad.status} (${bad.type}) ${bad.text.slice(0, 300)}`);
  }
  if (bad.text.includes(BODY_SECRET)) problems.push("bad body: the answer holds the secret");

  const get = await send("GET", "/webhook");
  if (get.status !== 405) problems.push(`GET: HTTP ${get.status}`);

  // A 3.1 body sent to the 3.6 receiver is refused, saying which version it is.
  const older = await send("POST", "/webhook/3.6", Buffer.from(laterVersions[0].bytes.toString("utf8").replace('"organization_id"', '"license_id_"')));
  if (older.status !== 400) problems.push(`3.6 receiver, envelope without organization_id: HTTP ${older.status}`);

  if (problems.length > 0) throw new Error(`receiver: ${problems.join("; ")}`);
  const real = fixtures.length > 0 ? `${fixtures.length} SDK fixtures + 1 own body` : "1 own body (fixtures absent)";
  return `receiver: ${real} (API 3.1) and ${laterVersions.length} own API 3.6 bodies (default version) → 200 with action and deepest field back; wrong secret → 401; bad body → 400 with its 2 issues; GET → 405`;
}

// A `send` for a receiver listening on 127.0.0.1.
function httpSender(base) {
  return async (method, path, bytes) => {
    const res = await fetch(new URL(path, base), { method, body: bytes });
    return { status: res.status, text: await res.text(), type: res.headers.get("content-type") ?? "" };
  };
}

// The Node harnesses print their checks' results, then serve the receiver with toNodeListener.
async function nodeServer(file, wantEntry) {
  const server = await startServer(process.execPath, [file], { cwd: app }, (o) => o.match(/listening (\d+)/)?.[1]);
  try {
    const checks = verdict(JSON.parse(server.output().split("\n").find((l) => l.startsWith("{")) ?? "null"), wantEntry);
    return `${process.version}: ${checks}; ${await receiverChecks(httpSender(`http://127.0.0.1:${server.value}/`))}`;
  } finally {
    server.stop();
  }
}

const nodeEsm = () => nodeServer("node-esm.mjs", "node.mjs");
const nodeCjs = () => nodeServer("node-cjs.cjs", "node.cjs");

async function deno() {
  const version = execFileSync(bin("deno"), ["--version"], { encoding: "utf8" }).split(" (")[0]; // "deno 2.9.6"
  // DENO_DIR inside target/ so nothing lands in the home directory; --node-modules-dir=manual
  // makes Deno use the node_modules npm installed instead of fetching `npm:` packages.
  const env = { ...process.env, DENO_DIR: join(out, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
  const server = await startServer(
    bin("deno"),
    ["run", "--allow-read", "--allow-net=127.0.0.1", "--node-modules-dir=manual", "--no-prompt", "deno.mjs"],
    { cwd: app, env },
    (o) => o.match(/listening (\d+)/)?.[1],
  );
  try {
    const base = `http://127.0.0.1:${server.value}/`;
    return `${version}: ${verdict(await postBody(base, validText), "node.mjs")}; ${await receiverChecks(httpSender(base))}`;
  } finally {
    server.stop();
  }
}

// npm's bun package needs its postinstall (it links the binary of @oven/bun-linux-x64, offline);
// an install with scripts blocked leaves a stub that only prints an error. Run it once then.
function bunVersion() {
  const version = () => execFileSync(bin("bun"), ["--version"], { encoding: "utf8", stdio: "pipe" }).trim();
  try {
    return version();
  } catch {
    execFileSync(process.execPath, ["install.js"], { cwd: join(root, "node_modules", "bun"), stdio: "pipe" });
    return `${version()} (after running its skipped postinstall)`;
  }
}

async function bun() {
  const version = bunVersion();
  const server = await startServer(bin("bun"), ["run", "bun.mjs"], { cwd: app, env: { ...process.env, NO_COLOR: "1" } }, (o) =>
    o.match(/listening (\d+)/)?.[1],
  );
  try {
    const base = `http://127.0.0.1:${server.value}/`;
    return `bun ${version}: ${verdict(await postBody(base, validText), "node.mjs")}; ${await receiverChecks(httpSender(base))}`;
  } finally {
    server.stop();
  }
}

async function workerd() {
  const version = execFileSync(bin("workerd"), ["--version"], { encoding: "utf8" }).trim(); // "workerd 2026-11-17"
  const date = version.match(/\d{4}-\d{2}-\d{2}/)?.[0];
  if (!date) throw new Error(`cannot read the date of ${version}`);
  const dir = join(out, "workerd");
  mkdirSync(dir, { recursive: true });
  // As wrangler bundles a Worker: its conditions, ES module output, the .wasm left as a module.
  const entry = await bundle("worker.mjs", join(dir, "worker.mjs"), {
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    plugins: [wasmAsModule],
  });
  cpSync(join(app, "node_modules", "livechat-webhooks", "livechat_webhooks_bg.wasm"), join(dir, "livechat_webhooks_bg.wasm"));
  const port = await freePort();
  // compatibilityDate: the binary's own date, the latest it accepts.
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "livechat_webhooks_bg.wasm", wasm = embed "livechat_webhooks_bg.wasm"),
  ],
  compatibilityDate = "${date}",
);
`,
  );
  const server = await startServer(bin("workerd"), ["serve", "config.capnp", "--verbose"], { cwd: dir }, () => true);
  try {
    const base = `http://127.0.0.1:${port}/`;
    const checks = verdict(await postBody(base, validText), "workerd.mjs", entry);
    return `${version}: ${checks}; ${await receiverChecks(httpSender(base))}`;
  } catch (e) {
    throw new Error(`${e.message}\n${server.output()}`);
  } finally {
    server.stop();
  }
}

async function edge() {
  const { EdgeRuntime, runServer } = require("edge-runtime");
  const dir = join(out, "edge");
  mkdirSync(dir, { recursive: true });
  // As Vercel bundles an Edge function: its conditions, `?module` wasm as a runtime binding. The
  // Edge VM evaluates scripts, hence an IIFE.
  const entry = await bundle("edge.mjs", join(dir, "edge.js"), {
    format: "iife",
    platform: "browser",
    conditions: ["edge-light", "worker", "browser"],
    plugins: [wasmAsBinding],
  });
  const wasm = new WebAssembly.Module(readFileSync(join(app, "node_modules", "livechat-webhooks", "livechat_webhooks_bg.wasm")));
  const runtime = new EdgeRuntime({
    // As the real Edge: no eval, no compiling wasm from bytes.
    codeGeneration: { strings: false, wasm: false },
    extend(context) {
      context[WASM_BINDING] = wasm;
      return context;
    },
  });
  // The binding was compiled in Node's realm, as Next.js's Edge runtime compiles it in the host:
  // `instanceof WebAssembly.Module` is false inside the VM, and the package must not rely on it
  // (issue 15).
  if (runtime.evaluate(`globalThis.${WASM_BINDING} instanceof WebAssembly.Module`) !== false) {
    throw new Error("the Edge VM shares Node's WebAssembly.Module: the cross-realm case is not tested");
  }
  // Proof that code generation is really off in this VM.
  for (const [what, code] of [
    ["eval", "eval('1')"],
    ["wasm compile", "new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))"],
  ]) {
    let refused = false;
    try {
      runtime.evaluate(code);
    } catch {
      refused = true;
    }
    if (!refused) throw new Error(`the Edge VM allowed ${what}`);
  }
  runtime.evaluate(readFileSync(join(dir, "edge.js"), "utf8"));
  const server = await runServer({ runtime, host: "127.0.0.1", port: 0 });
  try {
    const checks = verdict(await postBody(server.url, validText), "edge.mjs", entry);
    const version = require("edge-runtime/package.json").version;
    return `edge-runtime ${version} (eval and wasm compilation off): ${checks}; ${await receiverChecks(httpSender(server.url))}`;
  } finally {
    await server.close();
  }
}

async function browser() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  const { chromium } = require("playwright-core");
  const dir = join(out, "browser");
  mkdirSync(dir, { recursive: true });
  // As a web app's bundler would: the browser condition, ES module output. The wasm is inside
  // the bundle (bundler.mjs), so nothing else is served: a request for a .wasm gets a 404.
  const entry = await bundle("browser.mjs", join(dir, "main.js"), {
    format: "esm",
    platform: "browser",
    conditions: ["browser"],
  });
  writeFileSync(join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><script type="module" src="./main.js"></script>\n');
  const types = { ".html": "text/html", ".js": "text/javascript" };
  // Bodies the page fetches to build its Requests: /body/<n>.
  const bodies = [];
  const http = createServer((req, res) => {
    const name = new URL(req.url, "http://x").pathname.slice(1) || "index.html";
    const body = name.match(/^body\/(\d+)$/);
    if (body) return res.writeHead(200, { "content-type": "application/octet-stream" }).end(bodies[Number(body[1])]);
    if (name === "favicon.ico") return res.writeHead(204).end(); // asked for by every page
    const file = join(dir, basename(name));
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => http.listen(0, "127.0.0.1", r));
  const browserApp = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browserApp.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    await page.goto(`http://127.0.0.1:${http.address().port}/`);
    await page
      .waitForFunction(() => window.__results !== undefined, null, { timeout: TIMEOUT_MS })
      .catch((e) => problems.push(e.message.split("\n")[0]));
    if (problems.length > 0) throw new Error(problems.join("; "));
    const answer = await page.evaluate(() => window.__results);
    const checks = verdict(answer, "bundler.mjs", entry);
    // The receiver runs in the page, on Requests built there from bodies fetched from this server.
    const send = async (method, path, bytes) => {
      const id = bytes === undefined ? -1 : bodies.push(bytes) - 1;
      return page.evaluate(
        async ({ method, path, id }) => {
          const body = id < 0 ? undefined : new Uint8Array(await (await fetch(`/body/${id}`)).arrayBuffer());
          const res = await window.__route(new Request(new URL(path, location.href), { method, body }));
          return { status: res.status, text: await res.text(), type: res.headers.get("content-type") ?? "" };
        },
        { method, path, id },
      );
    };
    return `Chromium ${browserApp.version()}: ${checks}; ${await receiverChecks(send)}`;
  } finally {
    await browserApp.close();
    http.close();
  }
}

// ---- main -----------------------------------------------------------------------------------

const t0 = Date.now();
if (await step("package", packPackage)) {
  await step("publint", lintPublint);
  await step("attw", lintAttw);
  if (await step("install", installConsumer)) {
    await step("bin", binCheck);
    await step("node-esm", nodeEsm);
    await step("node-cjs", nodeCjs);
    await step("deno", deno);
    await step("bun", bun);
    await step("workerd", workerd);
    await step("edge", edge);
    await step("browser", browser);
  }
}
const total = ((Date.now() - t0) / 1000).toFixed(1);
console.log(`\nruntimes took ${total}s`);
console.log(`runtimes: ${lines.length - failures} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);

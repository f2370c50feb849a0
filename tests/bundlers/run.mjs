#!/usr/bin/env node
// The package as bundlers take it: no top-level await and no init(), decodeWebhook usable at once.
//
//   node tests/bundlers/run.mjs        (after `make build`; `make test` runs it as stage `bundlers`)
//
// 1. `npm pack pkg/` and install the tarball (offline) into a throwaway app, target/bundlers/app/,
//    beside consumer.mjs (it decodes at its top level) and the runtimes' checks.mjs.
// 2. Bundle consumer.mjs as a user would, with no wasm loader, plugin or setting: esbuild for the
//    browser (IIFE) and for Node (CommonJS), webpack 5 for the web and for Node, Rollup 4 with
//    node-resolve, and Vite 8 (an app build from an index.html).
// 3. For each bundle, prove that
//    - the bundler took bundler.mjs and its wasm-hex.mjs, and no other entry of the package;
//    - the output holds no top-level await (esbuild refuses to turn it into CommonJS otherwise)
//      and, from webpack, no async module; no .wasm was emitted;
//    - it ran synchronously: in Chromium the very next script already sees what the bundle left in
//      globalThis.__lcw, and no .wasm is requested; in Node it is there as soon as require()
//      returns, in a folder that holds the bundle alone;
//    - every check of tests/runtimes/harness/checks.mjs passed where it ran.
// 4. A control: a bundle with a top-level await must fail both the static and the in-page check,
//    so those checks are known to catch what they look for.
//
// Prints one line per step and exits 1 when any failed. The bundlers are devDependencies of the
// repository; Chromium is Debian's (tests/support/chromium.mjs).

import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.mjs";
import { run as runProcess } from "../support/process.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
// LCW_PKG_DIR: another assembled package (to check that this test catches a broken one).
const pkgDir = process.env.LCW_PKG_DIR ?? join(root, "pkg");
const out = join(root, "target", "bundlers");
const app = join(out, "app");
const installed = join(app, "node_modules", "livechat-webhooks");
// A bundler or page that has not finished by then is hung, not slow.
const TIMEOUT_MS = 120_000;

// The package's entry files: a bundle must hold bundler.mjs and none of the others.
const ENTRIES = ["bundler.mjs", "node.mjs", "node.cjs", "workerd.mjs", "edge.mjs"];
// What webpack says of any asset over 244 KiB: expected, the bundle carries the wasm (whose size
// scripts/size-budget.mjs watches). Any other warning fails the step.
const WEBPACK_SIZE_WARNINGS = new Set(["AssetsOverSizeLimitWarning", "EntrypointsOverSizeLimitWarning", "NoAsyncChunksWarning"]);

// ---- reporting ------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
async function step(name, fn) {
  const t0 = Date.now();
  let line;
  try {
    line = `ok   ${name.padEnd(15)} ${await fn()}`;
    passed++;
  } catch (e) {
    line = `FAIL ${name.padEnd(15)} ${e && e.message ? e.message : String(e)}`;
    failed++;
  }
  console.log(`${line} [${((Date.now() - t0) / 1000).toFixed(1)}s]`);
}

// Runs a command to the end (tests/support/process.mjs), with this stage's timeout.
function run(cmd, args, opts = {}) {
  return runProcess(cmd, args, opts, TIMEOUT_MS);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

// ---- 1. the app -----------------------------------------------------------------------------

async function installApp() {
  if (!existsSync(join(pkgDir, "package.json"))) throw new Error("pkg/package.json missing: run `make build` first");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const { stdout } = await run("npm", ["pack", pkgDir, "--json", "--pack-destination", out, "--ignore-scripts"], { cwd: out });
  const [info] = JSON.parse(stdout);
  const manifest = { name: "bundlers-consumer", private: true, type: "module", dependencies: { "livechat-webhooks": `file:../${info.filename}` } };
  writeFileSync(join(app, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  cpSync(join(here, "consumer.mjs"), join(app, "consumer.mjs"));
  cpSync(join(root, "tests", "runtimes", "harness", "checks.mjs"), join(app, "checks.mjs"));
  // Vite builds an app from its index.html.
  writeFileSync(join(app, "index.html"), '<!doctype html>\n<meta charset="utf-8">\n<script type="module" src="./consumer.mjs"></script>\n');
  // --offline: the tarball is local and the package has no dependencies.
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"], { cwd: app });
  if (!existsSync(join(installed, "bundler.mjs"))) throw new Error(`${relative(root, installed)} has no bundler.mjs`);
  return `${info.id} installed into ${relative(root, app)}`;
}

// ---- 2. the bundlers ------------------------------------------------------------------------
//
// Each returns { dir, main, files, notes }: the output folder, the file a page or Node loads, the
// source files the bundler read, and what it said that is worth showing.

const esbuild = await import("esbuild");

async function withEsbuild(name, options) {
  const dir = join(out, name);
  const result = await esbuild.build({
    entryPoints: [join(app, "consumer.mjs")],
    outfile: join(dir, "main.js"),
    bundle: true,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: app,
    ...options,
  });
  // A warning (an import.meta left in IIFE or CommonJS output, say) is for the user to fix: none.
  if (result.warnings.length > 0) throw new Error(`esbuild warned: ${result.warnings.map((w) => w.text).join("; ")}`);
  return { dir, main: "main.js", files: Object.keys(result.metafile.inputs).map((p) => join(app, p)), notes: [] };
}

async function withWebpack(name, target) {
  const { default: webpack } = await import("webpack");
  const dir = join(out, name);
  const config = {
    mode: "production",
    context: app,
    entry: "./consumer.mjs",
    target,
    output: { path: dir, filename: "main.js", ...(target === "node" ? { library: { type: "commonjs2" } } : {}) },
  };
  const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
  const c = stats.compilation;
  if (c.errors.length > 0) throw new Error(`webpack: ${c.errors.map((e) => e.message).join("\n")}`);
  const warnings = c.warnings;
  const other = warnings.filter((w) => !WEBPACK_SIZE_WARNINGS.has(w.name));
  if (other.length > 0) throw new Error(`webpack warned: ${other.map((w) => `${w.name}: ${w.message}`).join("\n")}`);
  // An async module is webpack's form of top-level await: whoever imports it waits for a promise.
  const asyncModules = [...c.modules].filter((m) => c.moduleGraph.isAsync(m)).map((m) => m.readableIdentifier(c.requestShortener));
  if (asyncModules.length > 0) throw new Error(`webpack made async modules: ${asyncModules.join(", ")}`);
  const notes = warnings.length > 0 ? [`webpack's size warnings only (${warnings.map((w) => w.name).join(", ")})`] : [];
  return { dir, main: "main.js", files: [...c.fileDependencies], notes };
}

// Records every module id a Rollup-compatible bundler (Rollup, Vite's Rolldown) loads.
function recordLoads(seen) {
  return {
    name: "record-loads",
    load(id) {
      seen.add(id);
      return null;
    },
  };
}

async function withRollup(name) {
  const { rollup } = await import("rollup");
  const { nodeResolve } = await import("@rollup/plugin-node-resolve");
  const dir = join(out, name);
  const seen = new Set();
  const warnings = [];
  const bundle = await rollup({
    input: join(app, "consumer.mjs"),
    plugins: [nodeResolve({ browser: true }), recordLoads(seen)],
    onwarn: (w) => warnings.push(w.message),
  });
  try {
    await bundle.write({ dir, format: "es", entryFileNames: "main.js" });
  } finally {
    await bundle.close();
  }
  if (warnings.length > 0) throw new Error(`rollup warned: ${warnings.join("; ")}`);
  return { dir, main: "main.js", files: [...seen], notes: [] };
}

async function withVite(name) {
  const { build, version } = await import("vite");
  const dir = join(out, name);
  const seen = new Set();
  const result = await build({
    root: app,
    configFile: false,
    logLevel: "silent",
    plugins: [recordLoads(seen)],
    build: { outDir: dir, emptyOutDir: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const entry = outputs.find((o) => o.type === "chunk" && o.isEntry);
  if (!entry) throw new Error("vite produced no entry chunk");
  return { dir, main: entry.fileName, files: [...seen], notes: [`vite ${version}`] };
}

// ---- 3. what every bundle must show ---------------------------------------------------------

// The package files the bundler read: bundler.mjs and wasm-hex.mjs among them, no other entry.
function tookBundlerEntry(files) {
  const mine = new Set();
  for (const f of files) {
    if (typeof f !== "string" || f.startsWith("\0")) continue;
    const path = f.split("?")[0];
    if (path.startsWith(installed + sep)) mine.add(relative(installed, path));
  }
  const entries = [...mine].filter((f) => ENTRIES.includes(f));
  if (entries.length !== 1 || entries[0] !== "bundler.mjs") throw new Error(`took the entries ${JSON.stringify(entries)}, expected bundler.mjs alone`);
  if (!mine.has("wasm-hex.mjs")) throw new Error("wasm-hex.mjs is not in the bundle");
  const wasm = [...mine].filter((f) => f.endsWith(".wasm"));
  if (wasm.length > 0) throw new Error(`the bundler read ${wasm.join(", ")}`);
}

// No .wasm in the output, and no top-level await in any of its scripts: esbuild turns a script
// into CommonJS only when it has none. Returns the scripts' total size.
async function staticChecks(dir) {
  const files = filesUnder(dir);
  const wasm = files.filter((f) => f.endsWith(".wasm"));
  if (wasm.length > 0) throw new Error(`emitted ${wasm.map((f) => relative(dir, f)).join(", ")}`);
  const scripts = files.filter((f) => /\.(m?js|cjs)$/.test(f));
  if (scripts.length === 0) throw new Error("no script in the output");
  let raw = 0;
  let gz = 0;
  for (const f of scripts) {
    const code = readFileSync(f);
    raw += code.length;
    gz += gzipSync(code, { level: 9 }).length;
    try {
      await esbuild.transform(code.toString("utf8"), { format: "cjs", loader: "js", logLevel: "silent" });
    } catch (e) {
      const text = e.errors?.map((x) => x.text).join("; ") ?? e.message;
      throw new Error(`${relative(dir, f)}: ${/top-level await/i.test(text) ? "top-level await: " : ""}${text}`);
    }
  }
  return `${scripts.length} script(s) ${kb(raw)} raw, ${kb(gz)} gzip`;
}

// What consumer.mjs left behind, judged: it ran before the next script, decoded at its top level,
// and every check passed.
function verdict(answer) {
  const problems = [];
  if (answer.rightAfter !== true) problems.push("the bundle had not finished when the next script ran: not synchronous");
  const lcw = answer.lcw;
  if (!lcw || lcw.first !== "incoming_event CH0000RT01") problems.push(`the top-level decode gave ${JSON.stringify(lcw && lcw.first)}`);
  const results = lcw && Array.isArray(lcw.results) ? lcw.results : [];
  if (results.length === 0) problems.push("no check ran");
  for (const r of results) if (r.ok !== true) problems.push(`${r.name}: ${r.detail}`);
  if (problems.length > 0) throw new Error(problems.join("; "));
  return `decoded at top level, synchronously; ${results.length}/${results.length} checks passed`;
}

// Loads `script` of `dir` in a page, then a second script (of the same kind) that notes whether the
// first has already left its results; waits until both have. No request may leave the page's
// server, and none may ask for a .wasm.
async function inChromium(browser, dir, script, type) {
  const attr = type === "module" ? ' type="module"' : "";
  const html =
    `<!doctype html>\n<meta charset="utf-8">\n<script${attr} src="/${script}"></script>\n` +
    `<script${attr}>window.__rightAfter = globalThis.__lcw !== undefined;</script>\n`;
  const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/check.html") return res.writeHead(200, { "content-type": "text/html" }).end(html);
    if (path === "/favicon.ico") return res.writeHead(204).end(); // asked for by every page
    const file = join(dir, path);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  try {
    await page.goto(`${origin}/check.html`);
    await page
      .waitForFunction(() => window.__rightAfter !== undefined && globalThis.__lcw !== undefined, null, { timeout: TIMEOUT_MS })
      .catch((e) => problems.push(e.message.split("\n")[0]));
    const answer = await page.evaluate(() => ({ rightAfter: window.__rightAfter, lcw: globalThis.__lcw ?? null }));
    const away = requests.filter((u) => !u.startsWith(`${origin}/`));
    if (away.length > 0) problems.push(`requests off the page's server: ${away.join(", ")}`);
    const wasm = requests.filter((u) => /\.wasm(\?|$)/.test(u));
    if (wasm.length > 0) problems.push(`requested ${wasm.join(", ")}`);
    if (problems.length > 0) throw new Error(problems.join("; "));
    return answer;
  } finally {
    await page.close();
    server.close();
  }
}

// Copies a CommonJS bundle into a folder of its own (nothing else beside it: no .wasm to read)
// and requires it from Node; what it left must be there when require() returns.
async function inNode(name, bundle) {
  const dir = join(out, `${name}-alone`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(bundle, join(dir, "bundle.cjs"));
  writeFileSync(
    join(dir, "load.cjs"),
    'require("./bundle.cjs");\n' +
      "const rightAfter = globalThis.__lcw !== undefined;\n" +
      'console.log(JSON.stringify({ rightAfter, lcw: globalThis.__lcw ?? null, beside: require("node:fs").readdirSync(__dirname) }));\n',
  );
  const { stdout } = await run(process.execPath, ["load.cjs"], { cwd: dir });
  const answer = JSON.parse(stdout.trim().split("\n").pop());
  const beside = answer.beside.filter((f) => f !== "bundle.cjs" && f !== "load.cjs");
  if (beside.length > 0) throw new Error(`the bundle's folder also holds ${beside.join(", ")}`);
  return answer;
}

async function browserBundle(browser, make, type) {
  const made = await make();
  const sizes = await staticChecks(made.dir);
  tookBundlerEntry(made.files);
  const checks = verdict(await inChromium(browser, made.dir, made.main, type));
  return `via bundler.mjs; ${sizes}; no top-level await, no .wasm; Chromium: ${checks}${made.notes.map((n) => `; ${n}`).join("")}`;
}

async function nodeBundle(name, make) {
  const made = await make();
  const sizes = await staticChecks(made.dir);
  tookBundlerEntry(made.files);
  const checks = verdict(await inNode(name, join(made.dir, made.main)));
  return `via bundler.mjs; ${sizes}; no top-level await, no .wasm; Node ${process.version}, alone in its folder: ${checks}${made.notes.map((n) => `; ${n}`).join("")}`;
}

// ---- 4. the control -------------------------------------------------------------------------

async function control(browser) {
  const dir = join(out, "control-top-level-await");
  await esbuild.build({
    stdin: { contents: "await new Promise((r) => setTimeout(r, 50));\nglobalThis.__lcw = { first: 'late', results: [] };\n", loader: "js" },
    outfile: join(dir, "main.js"),
    bundle: true,
    format: "esm",
    logLevel: "silent",
  });
  let staticCaught = false;
  try {
    await staticChecks(dir);
  } catch (e) {
    staticCaught = /top-level await/.test(e.message);
  }
  if (!staticCaught) throw new Error("the static check let a top-level await through");
  const answer = await inChromium(browser, dir, "main.js", "module");
  if (answer.rightAfter !== false) throw new Error("the next script saw the results of a bundle that awaited first");
  let judged = false;
  try {
    verdict(answer);
  } catch {
    judged = true;
  }
  if (!judged) throw new Error("the verdict passed a bundle that awaited first");
  return "a bundle with a top-level await fails the static check, the in-page order check and the verdict";
}

// ---- main -----------------------------------------------------------------------------------

const t0 = Date.now();
let ready = false;
await step("install", async () => {
  const text = await installApp();
  ready = true;
  return text;
});
if (ready) {
  await step("esbuild-node", () => nodeBundle("esbuild-node", () => withEsbuild("esbuild-node", { platform: "node", format: "cjs" })));
  await step("webpack-node", () => nodeBundle("webpack-node", () => withWebpack("webpack-node", "node")));
  if (!existsSync(CHROMIUM)) {
    await step("chromium", async () => {
      throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
    });
  } else {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const v = browser.version();
      await step("esbuild-iife", () => browserBundle(browser, () => withEsbuild("esbuild-iife", { platform: "browser", format: "iife" }), "classic"));
      await step("esbuild-esm", () => browserBundle(browser, () => withEsbuild("esbuild-esm", { platform: "browser", format: "esm" }), "module"));
      await step("webpack-web", () => browserBundle(browser, () => withWebpack("webpack-web", "web"), "classic"));
      await step("rollup", () => browserBundle(browser, () => withRollup("rollup"), "module"));
      await step("vite", () => browserBundle(browser, () => withVite("vite"), "module"));
      await step("control", () => control(browser));
      console.log(`(Chromium ${v})`);
    } finally {
      await browser.close();
    }
  }
}
console.log(`\nbundlers took ${((Date.now() - t0) / 1000).toFixed(1)}s`);
console.log(`bundlers: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

#!/usr/bin/env node
// The package in the real frameworks, from the packed tarball, each served by the recipe the
// README shows (the README's code blocks are these files: tests/node/readme-recipes.test.mjs):
//
//   node tests/frameworks/run.mjs      (after `make build`; `make test` runs it as stage `frameworks`)
//
// 1. `npm pack pkg/` into target/frameworks/; the frameworks are installed into
//    target/frameworks/app/ with `npm ci` from tests/frameworks/package-lock.json (skipped when the
//    lockfile has not changed since the last install), and the tarball is unpacked into its
//    node_modules/livechat-webhooks, as npm would install a package without dependencies.
// 2. tsc --strict (with exactOptionalPropertyTypes) over every recipe, against the frameworks' own
//    types: the adapters must fit them without a cast.
// 3. Each recipe served on 127.0.0.1: Node http, Express 5, Fastify 5, Hono (@hono/node-server),
//    Next.js (`next build`, with Turbopack and with webpack, without any secret in the environment,
//    then `next start`) with a route in the node runtime and one in the edge runtime, and a Worker,
//    plain and with Hono, in workerd (bundled as wrangler does). Every one gets the same requests:
//    valid API 3.6 bodies (200, and the handler must have reported the action and the body's
//    deepest field to this runner's collector), a valid body above express.raw()'s 100 KB
//    default (200), an unknown action (200, to onUnhandled), a wrong
//    secret (401, empty), a bad body (400 with its issues, never the secret), GET (405) and a
//    body over maxBytes (413).
//
// Why a package.json of its own and not devDependencies of the repository: Next.js brings React
// and its own bundlers, and Turbopack refuses a node_modules that is not inside the app's folder;
// a separate lockfile keeps the repository's tools and these frameworks from resolving against
// each other, and `npm ci` here installs exactly what was tested.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { run as runProcess } from "../support/process.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkgDir = process.env.LCW_PKG_DIR ?? join(root, "pkg");
const out = join(root, "target", "frameworks");
const app = join(out, "app");
const dist = join(app, "dist");
const require = createRequire(join(root, "package.json"));
const esbuild = require("esbuild");
const TIMEOUT_MS = 120_000;

// The secret of the project's API 3.6 bodies (tests/cases/versions.json).
const SECRET = "whsec-versions-Vq3";
const WRONG_SECRET = "whsec-not-the-one-Zx9";
const MAX_BYTES = 256 * 1024; // tests/frameworks/app/webhooks.ts

const run = (cmd, args, opts = {}, timeout = TIMEOUT_MS) => runProcess(cmd, args, opts, timeout);

// ---- reporting ------------------------------------------------------------------------------

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
  console.log(`${ok ? "ok  " : "FAIL"} ${name.padEnd(22)} ${text} [${((Date.now() - t0) / 1000).toFixed(1)}s]`);
  return ok;
}

// ---- processes ------------------------------------------------------------------------------

function startServer(cmd, args, opts) {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return {
    output: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
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

// Waits until `url` answers at all (any status).
async function waitFor(url, server) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    try {
      await fetch(url, { method: "GET" });
      return;
    } catch (e) {
      if (server.exited()) throw new Error(`exited before it answered:\n${server.output()}`);
      if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${TIMEOUT_MS / 1000}s:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// ---- the collector: what the handlers received ----------------------------------------------

const received = [];
const collector = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    try {
      received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
    } catch {
      received.push({ broken: true });
    }
    res.writeHead(204).end();
  });
});
await new Promise((r) => collector.listen(0, "127.0.0.1", r));
const COLLECTOR_URL = `http://127.0.0.1:${collector.address().port}/collect`;

// Resolves with what `framework`'s handler reported about `action`, waiting for late work.
async function reportOf(framework, action, since) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = received.slice(since).find((r) => r.framework === framework && r.webhook?.action === action);
    if (found) return found;
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- the bodies -----------------------------------------------------------------------------

const cases = JSON.parse(readFileSync(join(root, "tests", "cases", "versions.json"), "utf8"));
const valid = cases
  .filter((c) => c.expect.ok && c.options.apiVersion === "3.6" && Object.keys(c.options).length === 1)
  .filter((c) => ["incoming_chat", "incoming_event", "chat_transferred", "agent_created", "auto_accesses_updated", "thread_summary_set"].includes(c.body.action))
  .filter((c, i, all) => all.findIndex((d) => d.body.action === c.body.action) === i)
  .map((c) => c.body);
if (valid.length < 5) throw new Error(`run.mjs: only ${valid.length} API 3.6 bodies found in tests/cases/versions.json`);
if (valid.some((b) => b.secret_key !== SECRET)) throw new Error("run.mjs: the 3.6 bodies no longer carry the expected secret");

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
  for (const raw of pointer.split("/").slice(1)) v = v?.[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  return v;
}

// Every recipe answers these the same way; `url` is its webhook endpoint.
async function checks(framework, url) {
  const problems = [];
  const post = async (body, headers = {}) => {
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
    return { status: res.status, text: await res.text(), type: res.headers.get("content-type") ?? "" };
  };
  const delivered = async (name, body) => {
    const since = received.length;
    const res = await post(JSON.stringify(body));
    if (res.status !== 200) return problems.push(`${name}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    const got = await reportOf(framework, body.action, since);
    if (got === undefined) return problems.push(`${name}: answered 200 but the handler reported nothing`);
    const { pointer, depth } = deepestLeaf(body);
    if (depth < 3 || JSON.stringify(valueAt(got.webhook, pointer)) !== JSON.stringify(valueAt(body, pointer))) {
      problems.push(`${name}: ${pointer} (depth ${depth}) came back as ${JSON.stringify(valueAt(got.webhook, pointer))}`);
    }
  };
  for (const body of valid) await delivered(body.action, body);

  // Above express.raw()'s 100 KB default, below maxBytes: an unknown member keeps it valid.
  const big = { ...valid[0], padding: "x".repeat(152 * 1024) };
  await delivered("152 KB body", big);

  // An action this version does not know: acknowledged, and given to onUnhandled.
  await delivered("unknown action", { ...valid[0], action: "some_future_action" });

  const wrong = await post(JSON.stringify({ ...valid[0], secret_key: WRONG_SECRET }));
  if (wrong.status !== 401 || wrong.text !== "") problems.push(`wrong secret: HTTP ${wrong.status} "${wrong.text.slice(0, 200)}"`);

  const broken = structuredClone(valid[0]);
  delete broken.payload;
  broken.webhook_id = 7;
  const bad = await post(JSON.stringify(broken));
  let codes = [];
  try {
    codes = JSON.parse(bad.text).issues.map((i) => `${i.code} ${i.pointer}`).sort();
  } catch {
    // reported below
  }
  const want = ["invalid_type /webhook_id", "missing_field /payload"];
  if (bad.status !== 400 || JSON.stringify(codes) !== JSON.stringify(want) || !/json/.test(bad.type)) {
    problems.push(`bad body: HTTP ${bad.status} (${bad.type}) ${bad.text.slice(0, 300)}`);
  }

  const get = await fetch(url);
  if (get.status !== 405) problems.push(`GET: HTTP ${get.status}`);

  const huge = await post(JSON.stringify({ ...valid[0], padding: "x".repeat(MAX_BYTES) }));
  if (huge.status !== 413) problems.push(`body over maxBytes: HTTP ${huge.status} ${huge.text.slice(0, 200)}`);

  for (const [name, text] of [["wrong", wrong.text], ["bad", bad.text], ["huge", huge.text]]) {
    if (text.includes(SECRET) || text.includes(WRONG_SECRET)) problems.push(`${name}: the answer holds a secret`);
  }
  if (problems.length > 0) throw new Error(problems.join("; "));
  return `${valid.length} bodies + 152 KB + unknown action → 200 with the deepest field reported; wrong secret → 401 empty; bad body → 400 (${want.join(", ")}); GET → 405; ${MAX_BYTES + 1}+ bytes → 413`;
}

// ---- 1. the package and the app -------------------------------------------------------------

let tarball;

async function prepare() {
  if (!existsSync(join(pkgDir, "package.json"))) throw new Error("pkg/package.json missing: run `make build` first");
  mkdirSync(app, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith(".tgz")) rmSync(join(out, f));
  const { stdout } = await run("npm", ["pack", pkgDir, "--json", "--pack-destination", out, "--ignore-scripts"], { cwd: out });
  tarball = join(out, JSON.parse(stdout)[0].filename);

  // The frameworks, from the committed lockfile; kept between runs while it is unchanged.
  const lock = readFileSync(join(here, "package-lock.json"));
  const hash = createHash("sha256").update(lock).update(readFileSync(join(here, "package.json"))).digest("hex");
  const stamp = join(app, "node_modules", ".livechat-frameworks-lock");
  let installed = "reused node_modules (lockfile unchanged)";
  for (const f of readdirSync(app)) if (f !== "node_modules") rmSync(join(app, f), { recursive: true, force: true });
  cpSync(join(here, "package.json"), join(app, "package.json"));
  cpSync(join(here, "package-lock.json"), join(app, "package-lock.json"));
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
    const t0 = Date.now();
    await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: app }, 600_000);
    writeFileSync(stamp, hash);
    installed = `npm ci in ${((Date.now() - t0) / 1000).toFixed(0)} s`;
  }
  // Next's compiler is a native npm package (an optional dependency): it must be there.
  if (!readdirSync(join(app, "node_modules", "@next")).some((d) => d.startsWith("swc-"))) throw new Error("no @next/swc-* binary was installed");

  const target = join(app, "node_modules", "livechat-webhooks");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await run("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  cpSync(join(here, "app"), app, { recursive: true });
  // The README's example of a handlers module, compiled with the recipes (its `store` is the
  // user's own function, declared here).
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const example = readme.match(/<!-- example: webhooks\.ts -->\n```ts\n([\s\S]*?)```/)?.[1];
  if (example === undefined) throw new Error("README.md lacks its <!-- example: webhooks.ts --> block");
  writeFileSync(join(app, "readme-webhooks.ts"), `${example}\ndeclare function store(chatId: string, text: string): Promise<void>;\n`);
  const versions = ["express", "fastify", "hono", "@hono/node-server", "next", "typescript"].map(
    (n) => `${n} ${JSON.parse(readFileSync(join(app, "node_modules", n, "package.json"), "utf8")).version}`,
  );
  return `${relative(root, app)}: ${installed}; ${basename(tarball)} unpacked; ${versions.join(", ")}`;
}

async function typecheck() {
  await run(join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], { cwd: app });
  // The Worker as a Workers project compiles it: @cloudflare/workers-types, no DOM, no Node.
  await run(join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.worker.json"], { cwd: app });
  return "tsc --strict --exactOptionalPropertyTypes: every recipe and the README's handlers example compile against the frameworks' types (the Worker against @cloudflare/workers-types alone), no cast";
}

// The Node recipes as Node runs them: TypeScript stripped by esbuild, one file each, in dist/.
function compile(name) {
  const code = readFileSync(join(app, `${name}.ts`), "utf8");
  const js = esbuild.transformSync(code, { loader: "ts", format: "esm", target: "node20" }).code;
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, `${name}.js`), js);
  return join(dist, `${name}.js`);
}

function envFor(framework, port) {
  return {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LIVECHAT_SECRET: SECRET,
    COLLECTOR_URL,
    FRAMEWORK: framework,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function nodeRecipe(name) {
  compile("webhooks");
  const file = compile(name);
  const port = await freePort();
  const server = startServer(process.execPath, [file], { cwd: app, env: envFor(name, port) });
  try {
    const url = `http://127.0.0.1:${port}/livechat`;
    await waitFor(url, server);
    return await checks(name, url);
  } catch (e) {
    throw new Error(`${e.message}\n${server.output().slice(-3000)}`);
  } finally {
    server.stop();
  }
}

// ---- Next.js --------------------------------------------------------------------------------

// Next.js builds with Turbopack by default and with webpack on `--webpack`: the edge runtime
// failed with both before the glue's realm-independent check (issue 15), so both are built.
const BUNDLERS = { turbopack: [], webpack: ["--webpack"] };
const built = new Set();

async function nextBuild(bundler) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: `.next-${bundler}` };
  // No secret in the build's environment: the routes must not read it at import.
  delete env.LIVECHAT_SECRET;
  const { stdout, stderr } = await run(join(app, "node_modules", ".bin", "next"), ["build", ...BUNDLERS[bundler]], { cwd: app, env }, 600_000);
  // The edge route must really be an edge function, with the .wasm handed to it compiled.
  const manifest = JSON.parse(readFileSync(join(app, `.next-${bundler}`, "server", "middleware-manifest.json"), "utf8"));
  const edge = manifest.functions["/livechat-edge/route"];
  if (edge === undefined || !(edge.wasm ?? []).some((w) => w.filePath.endsWith(".wasm"))) {
    throw new Error(`/livechat-edge is not an edge function with its wasm: ${JSON.stringify(manifest.functions)}`);
  }
  if (manifest.functions["/livechat/route"] !== undefined) throw new Error("/livechat was built for the edge runtime");
  built.add(bundler);
  const routes = (stdout + stderr).split("\n").filter((l) => /livechat/.test(l)).map((l) => l.trim());
  return `${["next build", ...BUNDLERS[bundler]].join(" ")} (no LIVECHAT_SECRET set): ${routes.join(" | ")}; /livechat-edge is an edge function with its .wasm`;
}

async function nextServe(bundler, routes) {
  if (!built.has(bundler)) throw new Error("next build failed");
  const port = await freePort();
  const server = startServer(join(app, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: app,
    env: { ...envFor(`next-${bundler}`, port), NEXT_DIST_DIR: `.next-${bundler}` },
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/`, server);
    const results = [];
    for (const [label, path] of routes) results.push(`${label}: ${await checks(`next-${bundler}`, `http://127.0.0.1:${port}${path}`)}`);
    if (/WebAssembly\.Module|buffer source/.test(server.output())) throw new Error(`the server logged a wasm error:\n${server.output()}`);
    return results.join("; ");
  } catch (e) {
    throw new Error(`${e.message}\n${server.output().slice(-3000)}`);
  } finally {
    server.stop();
  }
}

// ---- Cloudflare Workers (workerd) -----------------------------------------------------------

async function worker(name) {
  const workerdBin = join(root, "node_modules", ".bin", "workerd");
  const version = (await run(workerdBin, ["--version"])).stdout.trim();
  const date = version.match(/\d{4}-\d{2}-\d{2}/)?.[0];
  if (!date) throw new Error(`cannot read the date of ${version}`);
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // As wrangler bundles a Worker: its conditions, ES module output, the .wasm left as a module.
  const result = await esbuild.build({
    entryPoints: [join(app, `${name}.ts`)],
    outfile: join(dir, "worker.mjs"),
    bundle: true,
    metafile: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    logLevel: "silent",
    absWorkingDir: app,
    plugins: [
      {
        name: "wasm-as-module",
        setup(build) {
          build.onResolve({ filter: /\.wasm(\?module)?$/ }, (args) => ({ path: "./" + basename(args.path.replace(/\?module$/, "")), external: true }));
        },
      },
    ],
  });
  const entry = Object.keys(result.metafile.inputs).find((p) => /livechat-webhooks[\\/]workerd\.mjs$/.test(p));
  if (entry === undefined) throw new Error("the Worker bundle did not take the package's workerd.mjs");
  cpSync(join(app, "node_modules", "livechat-webhooks", "livechat_webhooks_bg.wasm"), join(dir, "livechat_webhooks_bg.wasm"));
  const port = await freePort();
  // The secret as a binding in `env`, as `wrangler secret put` gives it; the collector on
  // 127.0.0.1 is reachable through a network service that allows local addresses.
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local", "private"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "livechat_webhooks_bg.wasm", wasm = embed "livechat_webhooks_bg.wasm"),
  ],
  bindings = [
    (name = "LIVECHAT_SECRET", text = "${SECRET}"),
    (name = "COLLECTOR_URL", text = "${COLLECTOR_URL}"),
    (name = "FRAMEWORK", text = "${name}"),
  ],
  globalOutbound = "loopback",
  compatibilityDate = "${date}",
);
`,
  );
  const server = startServer(workerdBin, ["serve", "config.capnp", "--verbose"], { cwd: dir });
  try {
    const url = `http://127.0.0.1:${port}/livechat`;
    await waitFor(url, server);
    return `${version}: ${await checks(name, url)}`;
  } catch (e) {
    throw new Error(`${e.message}\n${server.output().slice(-3000)}`);
  } finally {
    server.stop();
  }
}

// ---- main -----------------------------------------------------------------------------------

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
try {
  if (await step("install", prepare)) {
    await step("tsc", typecheck);
    for (const name of ["node-http", "express", "fastify", "hono"]) if (want(name)) await step(name, () => nodeRecipe(name));
    for (const bundler of Object.keys(BUNDLERS)) {
      if (!want("next") && !want(`next-${bundler}`)) continue;
      await step(`next-build (${bundler})`, () => nextBuild(bundler));
      await step(`next (${bundler})`, () => nextServe(bundler, [["node runtime", "/livechat"], ["edge runtime", "/livechat-edge"]]));
    }
    for (const name of ["worker", "hono-worker"]) if (want(name)) await step(`${name} (workerd)`, () => worker(name));
  }
} finally {
  collector.close();
}
if (failures > 0) {
  console.log(`frameworks: ${failures} step(s) failed`);
  process.exit(1);
}
console.log("frameworks: every recipe passed");

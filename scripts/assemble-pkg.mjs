#!/usr/bin/env node
// Turns wasm-pack's output in pkg/ into the publishable package:
//   wasm-pack build --release --target web --out-dir pkg --out-name livechat_webhooks -- --features wasm
//   node scripts/assemble-pkg.mjs
// It copies the per-runtime entry points of js/ into pkg/, bundles the CommonJS entry with esbuild,
// writes pkg/package.json and writes pkg/index.d.ts (+ index.d.cts) from wasm-bindgen's .d.ts by
// removing declarations users must not reach (the raw Checker class, the init functions). Nothing
// is added to the types by hand: they all come from src/ through wasm-bindgen.

import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const js = join(root, "js");
const require = createRequire(join(root, "package.json"));

function fail(message) {
  console.error(`assemble-pkg: ${message}`);
  process.exit(1);
}

// 1. wasm-pack's output must be there.
const generated = ["livechat_webhooks.js", "livechat_webhooks_bg.wasm", "livechat_webhooks.d.ts"];
const missing = generated.filter((f) => !existsSync(join(pkg, f)));
if (missing.length > 0) {
  fail(
    `missing ${missing.map((f) => `pkg/${f}`).join(", ")}; run first:\n` +
      "  wasm-pack build --release --target web --out-dir pkg --out-name livechat_webhooks -- --features wasm",
  );
}

// 2. The entry points for bundlers and edge runtimes are copied as they are (their bundler reads
//    api.mjs and the glue next to them).
for (const f of ["api.mjs", "browser.mjs", "workerd.mjs", "edge.mjs"]) copyFileSync(join(js, f), join(pkg, f));

// 3. The Node entry points are bundled, each into one file: one module to load instead of three
//    shortens the cold start, and the CommonJS one needs no ES module at all (no require(esm)).
let esbuild;
try {
  esbuild = require("esbuild");
} catch {
  fail("esbuild is not installed (run `npm ci` in the repository root)");
}
function bundle(source, outName, format, extra) {
  const out = esbuild.buildSync({
    stdin: { contents: readFileSync(join(js, source), "utf8"), resolveDir: pkg, sourcefile: source, loader: "js" },
    bundle: true,
    format,
    platform: "node",
    target: "node18",
    outfile: join(pkg, outName),
    write: false,
    logLevel: "error",
    ...extra,
  });
  if (out.errors.length > 0) fail(`esbuild failed on js/${source}: ${out.errors.map((e) => e.text).join("; ")}`);
  writeFileSync(join(pkg, outName), out.outputFiles[0].text);
}
bundle("node.mjs", "node.mjs", "esm", {});
bundle("node-cjs.mjs", "node.cjs", "cjs", {
  // The glue's default async init refers to import.meta.url; give it this file's URL.
  define: { "import.meta.url": "__livechat_webhooks_url" },
  banner: { js: '"use strict";\nconst __livechat_webhooks_url = require("node:url").pathToFileURL(__filename).href;' },
});

// 4. Types: wasm-bindgen's .d.ts without the raw boundary.
let ts;
try {
  ts = require("typescript");
} catch {
  fail("typescript is not installed (run `npm ci` in the repository root)");
}
const dtsText = readFileSync(join(pkg, "livechat_webhooks.d.ts"), "utf8");
const source = ts.createSourceFile("livechat_webhooks.d.ts", dtsText, ts.ScriptTarget.Latest, true);
// The raw boundary (js/api.mjs wraps it) and wasm-bindgen's loaders (the entry points call them).
const hidden = new Set([
  "Checker",
  "knownActionList",
  "InitInput",
  "InitOutput",
  "SyncInitInput",
  "initSync",
  "__wbg_init",
]);
const cuts = [];
for (const st of source.statements) {
  const name = st.name && ts.isIdentifier(st.name) ? st.name.text : undefined;
  if (name !== undefined && hidden.has(name)) cuts.push([st.getFullStart(), st.getEnd()]);
}
let dts = "";
let at = 0;
for (const [start, end] of cuts) {
  dts += dtsText.slice(at, start);
  at = end;
}
dts += dtsText.slice(at);
dts = dts.replace(/\n{3,}/g, "\n\n").replace(/\s*$/, "\n");
// tsify prints doc comments that came through a macro_rules! as the raw-string token they became
// (`r" text`); keep only the text.
dts = dts.replace(/^(\s*\*)r" ?/gm, "$1 ");
dts = dts.replace(/^(\s*\*.*)$/gm, (line) => line.replace(/\\"/g, '"'));
for (const name of ["decodeWebhook", "validateWebhook", "WebhookError", "Webhook", "Issue"]) {
  if (!new RegExp(`\\b(function|class|type|interface|const)\\s+${name}\\b`).test(dts)) {
    fail(`pkg/livechat_webhooks.d.ts declares no ${name}: is src/wasm/api_types.rs compiled in?`);
  }
}
writeFileSync(join(pkg, "index.d.ts"), dts);
writeFileSync(join(pkg, "index.d.cts"), dts);

// 5. package.json.
const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const section = cargo.split(/^\[/m).find((s) => s.startsWith("package]")) ?? "";
const field = (key) => section.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
const version = field("version");
if (!version) fail("no version in the [package] section of Cargo.toml");

const entries = ["./node.mjs", "./node.cjs", "./browser.mjs", "./workerd.mjs", "./edge.mjs"];
const files = [
  "livechat_webhooks.js",
  "livechat_webhooks_bg.wasm",
  "api.mjs",
  ...entries.map((e) => e.slice(2)),
  "index.d.ts",
  "index.d.cts",
];
for (const extra of ["README.md", "LICENSE"]) if (existsSync(join(pkg, extra))) files.push(extra);

const manifest = {
  name: "livechat-webhooks",
  version,
  description: field("description"),
  license: field("license"),
  repository: field("repository") && { type: "git", url: `git+${field("repository")}` },
  type: "module",
  main: "./node.cjs",
  module: "./browser.mjs",
  types: "./index.d.ts",
  exports: {
    ".": {
      types: { import: "./index.d.ts", require: "./index.d.cts" },
      workerd: "./workerd.mjs",
      "edge-light": "./edge.mjs",
      deno: "./node.mjs",
      bun: "./node.mjs",
      node: { import: "./node.mjs", require: "./node.cjs" },
      browser: "./browser.mjs",
      default: "./browser.mjs",
    },
    "./package.json": "./package.json",
  },
  files,
  // The entry points initialise the wasm module when imported: bundlers must keep them.
  sideEffects: entries,
  engines: { node: ">=18" },
};
for (const k of Object.keys(manifest)) if (manifest[k] === undefined) delete manifest[k];
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

console.log(`assemble-pkg: pkg/ is livechat-webhooks ${version} (${files.length} files)`);

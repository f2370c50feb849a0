// Build the playground into www/dist: bundles with esbuild, copies the package's .wasm next to
// the bundles, and the static files.
//
//   node www/build.mjs            # uses ./pkg (made by `make build`)
//   LCW_PKG=/some/dir node www/build.mjs
import { build } from "esbuild";
import { existsSync, readdirSync, mkdirSync, rmSync, copyFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const pkgDir = resolve(process.env.LCW_PKG || join(root, "pkg"));
const dist = join(here, "dist");

function fail(message) {
  console.error(`www/build.mjs: ${message}`);
  process.exit(1);
}

if (!existsSync(pkgDir) || !statSync(pkgDir).isDirectory()) {
  fail(`the package directory ${pkgDir} does not exist: run make build first`);
}
// The browser entry of the assembled package; the raw wasm-bindgen module is the fallback.
const entry = ["browser.mjs", "livechat_webhooks.js"].map((f) => join(pkgDir, f)).find((f) => existsSync(f));
if (!entry) fail(`no browser.mjs or livechat_webhooks.js in ${pkgDir}: run make build first`);
const wasmFiles = readdirSync(pkgDir).filter((f) => f.endsWith(".wasm"));
if (wasmFiles.length !== 1) {
  fail(`expected exactly one .wasm file in ${pkgDir}, found ${wasmFiles.length}: run make build first`);
}
const wasmFile = wasmFiles[0];

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/** Maps the bare specifier "livechat-webhooks" to the package's browser entry. */
const packagePlugin = {
  name: "livechat-webhooks",
  setup(b) {
    b.onResolve({ filter: /^livechat-webhooks$/ }, () => ({ path: entry }));
  },
};

const started = Date.now();
const result = await build({
  entryPoints: {
    main: join(here, "src/main.mjs"),
    worker: join(here, "src/worker.mjs"),
    engine: join(here, "src/engine.mjs"),
  },
  outdir: dist,
  bundle: true,
  format: "esm",
  target: ["es2022"],
  platform: "browser",
  minify: true,
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
  plugins: [packagePlugin],
  define: { __LCW_WASM_FILE__: JSON.stringify(wasmFile) },
});
if (result.errors.length) fail("esbuild failed");

copyFileSync(join(pkgDir, wasmFile), join(dist, wasmFile));
for (const f of ["index.html", "style.css"]) copyFileSync(join(here, f), join(dist, f));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([f]) => f.endsWith(".js"))
  .map(([f, o]) => `${f.split("/").pop()} ${(o.bytes / 1024).toFixed(0)} KiB`);
const wasmKiB = (statSync(join(dist, wasmFile)).size / 1024).toFixed(0);
console.log(`Playground built into ${dist} in ${Date.now() - started} ms`);
console.log(`  package: ${entry}`);
console.log(`  ${sizes.join(", ")}, ${wasmFile} ${wasmKiB} KiB`);

// Build the playground into www/dist: bundles with esbuild, copies the package's .wasm next to
// the bundles, and the static files. The page's data (samples derived from tests/cases, the API
// versions and the type table read from the package's index.d.ts) is bundled as the module
// "playground-data", so it always matches the package and the cases it was built with.
//
//   node www/build.mjs            # uses ./pkg (made by `make build`)
//   LCW_PKG=/some/dir node www/build.mjs
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, mkdirSync, rmSync, copyFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { samplesFromCases, samplesFromPushCases, compareVersionOptions } from "./tools/case-samples.mjs";
import { typeTableFromDts, literalsOf, reachableTypes } from "./tools/dts-types.mjs";

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
// The package's API with wasm-bindgen's async init as its default export (what engine.mjs calls),
// rather than its bundler.mjs, which carries the wasm as hex inside the script: the worker fetches
// the .wasm as a file of its own, compiled as it streams in and cached apart from the scripts.
const [glue, ...apiFiles] = ["livechat_webhooks.js", "api.mjs", "handler.mjs"].map((f) => join(pkgDir, f));
if (![glue, ...apiFiles].every((f) => existsSync(f))) fail(`${pkgDir} lacks livechat_webhooks.js, api.mjs or handler.mjs: run make build first`);
const entry = [...apiFiles.map((f) => `export * from ${JSON.stringify(f)};`), `export { default } from ${JSON.stringify(glue)};`].join("\n");
const wasmFiles = readdirSync(pkgDir).filter((f) => f.endsWith(".wasm"));
if (wasmFiles.length !== 1) {
  fail(`expected exactly one .wasm file in ${pkgDir}, found ${wasmFiles.length}: run make build first`);
}
const wasmFile = wasmFiles[0];

const readJson = (f) => JSON.parse(readFileSync(join(root, f), "utf8"));
// versions.json holds the API 3.2–3.6 cases, valid and invalid side by side.
const versionCases = readJson("tests/cases/versions.json");
const samples = samplesFromCases(
  [...readJson("tests/cases/valid.json"), ...versionCases.filter((c) => c.expect?.ok)],
  [...readJson("tests/cases/invalid.json"), ...versionCases.filter((c) => !c.expect?.ok)],
);
if (!samples.some((s) => s.kind === "valid")) fail("no valid sample could be derived from tests/cases/valid.json");
// Push frames and app webhooks of the project's own (tests/cases/pushes.json).
try {
  samples.push(...samplesFromPushCases(readJson("tests/cases/pushes.json")));
} catch (err) {
  fail(err.message);
}

const dts = join(pkgDir, "index.d.ts");
if (!existsSync(dts)) fail(`${dts} is missing: run make build first`);
const types = typeTableFromDts(readFileSync(dts, "utf8"));
if (!types.aliases.Webhook) fail(`${dts} declares no Webhook type`);

const nodeEntry = join(pkgDir, "node.mjs");
const pkgModule = existsSync(nodeEntry) ? await import(pathToFileURL(nodeEntry).href) : {};
// The versions the package accepts: its `apiVersions` export when it has one, else the literals
// of WebhookOptions["apiVersion"]; the samples' versions are always offered.
function packageVersions() {
  if (Array.isArray(pkgModule.apiVersions)) return pkgModule.apiVersions.map(String);
  return literalsOf(types, types.interfaces.WebhookOptions?.members.apiVersion?.type).map(String);
}
const versionsOf = (bodyKind, own) =>
  [...new Set([...own, ...samples.filter((s) => s.bodyKind === bodyKind).map((s) => s.options.apiVersion)])].sort(compareVersionOptions);
const versions = versionsOf("webhook", packageVersions());
// Pushes: the versions of the package's `pushesByVersion` table (the same for both APIs), and "auto".
const pushVersions = versionsOf("agent-push", [...Object.keys(pkgModule.pushesByVersion?.agent ?? {}), "auto"]);
if (pushVersions.length < 2) fail(`${nodeEntry} exports no pushesByVersion table`);
const pageData = {
  samples,
  versions,
  pushVersions,
  // The push and app webhook types add about a fifth to main.js (833 → 1016 KiB, minified).
  types: reachableTypes(types, ["Webhook", "UnknownWebhook", "WebhooksByVersion", "PushesByVersion", "PushFrame", "AppWebhook"]),
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/** Maps the bare specifier "livechat-webhooks" to `entry` above. */
const packagePlugin = {
  name: "livechat-webhooks",
  setup(b) {
    b.onResolve({ filter: /^livechat-webhooks$/ }, () => ({ path: "livechat-webhooks", namespace: "livechat-webhooks" }));
    b.onLoad({ filter: /.*/, namespace: "livechat-webhooks" }, () => ({ contents: entry, loader: "js", resolveDir: pkgDir }));
  },
};

/** The module "playground-data": the JSON computed above. */
const dataPlugin = {
  name: "playground-data",
  setup(b) {
    b.onResolve({ filter: /^playground-data$/ }, () => ({ path: "playground-data", namespace: "playground-data" }));
    b.onLoad({ filter: /.*/, namespace: "playground-data" }, () => ({ contents: JSON.stringify(pageData), loader: "json" }));
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
  plugins: [packagePlugin, dataPlugin],
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
console.log(`  package: ${pkgDir} (its API, with the .wasm fetched by the worker)`);
console.log(`  ${sizes.join(", ")}, ${wasmFile} ${wasmKiB} KiB`);
const valid = samples.filter((s) => s.kind === "valid").length;
console.log(`  ${valid} valid and ${samples.length - valid} broken samples from tests/cases; API versions ${versions.join(", ")}; pushes ${pushVersions.join(", ")}`);

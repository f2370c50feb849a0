// Issue 15: Next.js's Edge runtime compiles the .wasm in the host realm and hands the Module to a
// function that runs in a VM context of its own. There `module instanceof WebAssembly.Module` is
// false, and a glue that trusts it tries to compile the Module again ("Argument 0 must be a buffer
// source"). Here pkg/edge.mjs is bundled as Vercel does (the `?module` import becomes a binding the
// host provides), run in an Edge VM that may not compile wasm, and given a Module compiled in
// Node's realm; it must initialise and decode (before the fix, the glue's attempt to compile the
// Module again failed here with "Wasm code generation disallowed by embedder"). tests/runtimes
// does the same over HTTP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const require = createRequire(import.meta.url);
const { root, pkg } = support.setup();
const esbuild = require(join(root, "node_modules", "esbuild"));
const { EdgeVM } = require(join(root, "node_modules", "@edge-runtime", "vm"));

const BINDING = "__livechat_webhooks_wasm";
// As Vercel's build: the `?module` import of the wasm becomes a binding of the runtime, here a
// global of the VM.
const wasmAsBinding = {
  name: "wasm-as-binding",
  setup(build) {
    build.onResolve({ filter: /\.wasm\?module$/ }, (args) => ({ path: args.path, namespace: "binding" }));
    build.onLoad({ filter: /.*/, namespace: "binding" }, () => ({ contents: `export default globalThis.${BINDING};`, loader: "js" }));
  },
};
const bundle = (
  await esbuild.build({
    entryPoints: [join(pkg, "edge.mjs")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "lcw",
    platform: "browser",
    conditions: ["edge-light", "worker", "browser"],
    logLevel: "silent",
    plugins: [wasmAsBinding],
  })
).outputFiles[0].text;

const hostModule = new WebAssembly.Module(readFileSync(join(pkg, "livechat_webhooks_bg.wasm")));

function edgeVm() {
  return new EdgeVM({
    // As the real Edge: no eval, no compiling wasm from bytes.
    codeGeneration: { strings: false, wasm: false },
    extend(context) {
      context[BINDING] = hostModule;
      return context;
    },
  });
}

test("the VM is another realm that cannot compile wasm", () => {
  const vm = edgeVm();
  assert.equal(vm.evaluate(`globalThis.${BINDING} instanceof WebAssembly.Module`), false);
  assert.equal(vm.evaluate(`Object.prototype.toString.call(globalThis.${BINDING})`), "[object WebAssembly.Module]");
  assert.throws(() => vm.evaluate("new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))"));
});

test("the edge entry initialises with a Module from the host realm and decodes", () => {
  const vm = edgeVm();
  vm.evaluate(bundle);
  const body = JSON.stringify(fixtures.envelope("incoming_event", fixtures.bodies.incoming_event().payload));
  vm.context.body = body;
  const decoded = vm.evaluate(`JSON.stringify(lcw.decodeWebhook(body, { apiVersion: "3.1" }))`);
  assert.deepEqual(JSON.parse(decoded), JSON.parse(body));
  const refused = JSON.parse(vm.evaluate(`JSON.stringify(lcw.validateWebhook("{}", { apiVersion: "3.1" }))`));
  assert.equal(refused.ok, false);
  assert.ok(refused.issues.some((i) => i.code === "missing_field"));
});

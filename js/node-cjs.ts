// Source of pkg/node.cjs (CommonJS, synchronous): scripts/assemble-pkg.mjs bundles this file, api.ts
// and wasm-bindgen's glue into one CommonJS file with esbuild, so `require` never loads an ES module.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { initSync } from "./livechat_webhooks.js";

initSync({ module: readFileSync(join(__dirname, "livechat_webhooks_bg.wasm")) });

export * from "./api.js";
export * from "./handler.js";
export * from "./node-middleware.js";
export * from "./fastify.js";
export { deliveryKey, memoryDedupeStore } from "./dedupe.js";

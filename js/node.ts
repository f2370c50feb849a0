// Node (and Deno, Bun) as ES module: compile the wasm from the file next to this one, synchronously.
// scripts/assemble-pkg.mjs bundles this file with api.ts and the glue into one pkg/node.mjs.
import { readFileSync } from "node:fs";
import { initSync } from "./livechat_webhooks.js";

initSync({ module: readFileSync(new URL("./livechat_webhooks_bg.wasm", import.meta.url)) });

export * from "./api.js";
export * from "./handler.js";
export * from "./node-middleware.js";
export * from "./fastify.js";
export { deliveryKey, memoryDedupeStore } from "./dedupe.js";

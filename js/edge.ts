// Vercel Edge (`edge-light`): like workerd, the wasm arrives compiled, through a `?module` import.
// Next.js compiles it in the host realm and runs this file in a VM context of its own, so the
// Module is not `instanceof` this realm's WebAssembly.Module: the glue recognises it by its tag
// instead (scripts/assemble-pkg.mjs patches that test; tests/node/cross-realm.test.mjs).
import wasm from "./livechat_webhooks_bg.wasm?module";
import { initSync } from "./livechat_webhooks.js";

initSync({ module: wasm });

export * from "./api.js";
export * from "./handler.js";
export * from "./node-middleware.js";
export * from "./fastify.js";
export { deliveryKey, memoryDedupeStore } from "./dedupe.js";

// Cloudflare Workers: the runtime refuses to compile wasm from bytes, so the module comes from the
// bundler as a compiled WebAssembly.Module (recognised by the glue whatever realm made it).
import wasm from "./livechat_webhooks_bg.wasm";
import { initSync } from "./livechat_webhooks.js";

initSync({ module: wasm });

export * from "./api.js";
export * from "./handler.js";
export * from "./node-middleware.js";
export * from "./fastify.js";
export { deliveryKey, memoryDedupeStore } from "./dedupe.js";

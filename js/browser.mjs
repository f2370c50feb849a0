// Browsers and bundlers (also the default): fetch and instantiate the wasm before the first use.
import init from "./livechat_webhooks.js";

await init({ module_or_path: new URL("./livechat_webhooks_bg.wasm", import.meta.url) });

export * from "./api.mjs";
export * from "./handler.mjs";

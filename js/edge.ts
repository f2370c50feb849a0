// Vercel Edge (`edge-light`): like workerd, the wasm arrives compiled, through a `?module` import.
import wasm from "./livechat_webhooks_bg.wasm?module";
import { initSync } from "./livechat_webhooks.js";

initSync({ module: wasm });

export * from "./api.js";
export * from "./handler.js";

// Node (and Deno, Bun) as ES module: compile the wasm from the file next to this one, synchronously.
// scripts/assemble-pkg.mjs bundles this file with api.mjs and the glue into one pkg/node.mjs.
import { readFileSync } from "node:fs";
import { initSync } from "./livechat_webhooks.js";

initSync({ module: readFileSync(new URL("./livechat_webhooks_bg.wasm", import.meta.url)) });

export * from "./api.mjs";
export * from "./handler.mjs";

// Bundlers and browsers (the `module`, `browser` and `default` conditions): ready to use on import,
// synchronously, with no top-level await and no init() to call. The wasm travels inside the
// JavaScript as hex text (wasm-hex.mjs, written by scripts/assemble-pkg.mjs), so webpack, Vite,
// Rollup and esbuild take it as plain JS, with no loader, plugin or asset to copy. Why hex rather
// than a `.wasm` import or base64: HACKING.md, "The bundler entry".
import hex from "./wasm-hex.js";
import { initSync } from "./livechat_webhooks.js";

// Uint8Array.fromHex is native where present (Chromium 140+, Firefox 133+, Safari 18.2+) and takes
// a fraction of a millisecond; the loop, for older engines, 5-15 ms once.
// (Not yet in TypeScript's lib.)
const U8 = Uint8Array as typeof Uint8Array & { fromHex?: (text: string) => Uint8Array<ArrayBuffer> };

function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  if (typeof U8.fromHex === "function") return U8.fromHex(text);
  const bytes = new Uint8Array(text.length >>> 1);
  for (let i = 0, j = 0; i < bytes.length; i++, j += 2) {
    // Lower-case digits only, as assemble-pkg writes them: '0'-'9' are 48-57, 'a'-'f' 97-102.
    const hi = text.charCodeAt(j);
    const lo = text.charCodeAt(j + 1);
    bytes[i] = ((hi < 97 ? hi - 48 : hi - 87) << 4) | (lo < 97 ? lo - 48 : lo - 87);
  }
  return bytes;
}

initSync({ module: new WebAssembly.Module(bytesOf(hex)) });

export * from "./api.js";
export * from "./handler.js";
export * from "./node-middleware.js";
export * from "./fastify.js";
export { deliveryKey, memoryDedupeStore } from "./dedupe.js";

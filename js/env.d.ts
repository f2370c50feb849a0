// What the entries import that is not TypeScript: the wasm as the runtimes' bundlers hand it over,
// and the hex module scripts/assemble-pkg.mjs writes. For `tsc -p js` only; never shipped.
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
declare module "*.wasm?module" {
  const module: WebAssembly.Module;
  export default module;
}
declare module "*/wasm-hex.js" {
  /** livechat_webhooks_bg.wasm as lower-case hex. */
  const hex: string;
  export default hex;
}

// Web Worker: loads the wasm once and validates bodies off the main thread.
import { load, run } from "./engine.mjs";

const ready = load(self.location.href).then(
  () => {
    // Time since the worker started: fetching its script, the .wasm, and instantiating it.
    self.postMessage({ type: "ready", ms: performance.now() });
    return true;
  },
  (err) => {
    self.postMessage({ type: "load-error", message: String(err && err.message ? err.message : err) });
    return false;
  },
);

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type !== "validate") return;
  if (!(await ready)) return;
  self.postMessage({ type: "result", id: msg.id, ...run(msg.body, msg.options, msg.kind) });
};

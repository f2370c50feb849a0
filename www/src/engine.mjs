// The one place the playground touches the package. Everything is the package's own API:
// `validateWebhook`, `validatePush` or `validateAppWebhook` (kinds.mjs picks which) decides what
// is valid; nothing here re-checks a body.
// "livechat-webhooks" is mapped by www/build.mjs to the package's API with wasm-bindgen's async
// init as default export; load() below fetches and instantiates the .wasm next to the bundle.
import * as lcw from "livechat-webhooks";
import { callOf } from "./kinds.mjs";

/** Name of the .wasm file, set by www/build.mjs (copied next to the bundles in dist/). */
const WASM_FILE = __LCW_WASM_FILE__;

// A copy of the namespace: an entry without an init function (pkg/bundler.mjs initialises
// itself) and one with a default async init() (what www/build.mjs gives) both work.
const api = Object.assign({}, lcw);
let loading = null;

/**
 * Make sure the wasm module is initialised. `base` is the URL the .wasm file sits next to.
 * @param {string} base
 */
export function load(base) {
  loading ??= (async () => {
    if (typeof api.default === "function") await api.default({ module_or_path: new URL(WASM_FILE, base) });
    if (typeof api.validateWebhook !== "function") throw new Error("the package has no validateWebhook export");
  })();
  return loading;
}

// The package keeps one checker per options object: reuse the object while options stay the same.
let lastKey = "";
let lastOptions = {};

/**
 * Validate a body with the package. Never throws: a failure of the engine itself becomes an
 * `engineError` string, shown apart from the body's issues.
 * @param {string} body
 * @param {{apiVersion?: string, unknownFields?: string, unknownActions?: string, secretKey?: string}} options
 * @param {string} [kind] one of kinds.mjs's ids; a webhook when absent
 */
export function run(body, options, kind = "webhook") {
  const call = callOf(kind, options);
  const key = JSON.stringify([call.fn, call.options.api, options.apiVersion, options.unknownFields, options.unknownActions, options.secretKey]);
  if (key !== lastKey) {
    lastKey = key;
    lastOptions = { ...call.options };
  }
  const started = performance.now();
  try {
    const r = api[call.fn](body, lastOptions);
    // A valid result's `value` is a getter of its class, which postMessage (structured clone)
    // would not copy to the page: the result crosses as a plain object.
    const result = r.ok ? { ok: true, value: r.value, issues: r.issues, apiVersion: r.apiVersion } : r;
    return { result, ms: performance.now() - started };
  } catch (err) {
    // The validate functions are documented never to throw; if it does, say so without the secret.
    let message = String(err && err.message ? err.message : err);
    if (options.secretKey) message = message.split(options.secretKey).join("•••");
    return { engineError: message, ms: performance.now() - started };
  }
}

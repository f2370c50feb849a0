// createWebhookHandler: a receiver built on the web Request/Response that every runtime has, and
// toNodeListener, its adapter for Node's http (and Express). Types: src/wasm/api_types.rs.
//
// LiveChat retries a delivery that is not answered 2xx, so a valid webhook is always acknowledged,
// even when no handler wants it (an action added later included: unknownActions defaults to
// "accept" here). Only what the sender must fix gets an error status.

import { validateWebhook, webhookSchema } from "./api.mjs";

// The decoder's own default and hard cap (js/api.mjs): the body is never read beyond them, and a
// larger one is answered 413.
const DEFAULT_MAX_BYTES = 1024 * 1024;
const HARD_MAX_BYTES = 2 ** 30;

const DECODE_OPTIONS = ["apiVersion", "secretKey", "unknownFields", "unknownActions", "maxBytes", "maxDepth"];
const TOO_LARGE = Symbol("too large");

// handler function -> its core, for toNodeListener (which reads the body itself).
const cores = new WeakMap();

export function createWebhookHandler(config) {
  if (config === null || typeof config !== "object") {
    throw new TypeError("livechat-webhooks: createWebhookHandler expects { on: { action(webhook) {...} }, ... }");
  }
  const core = makeCore(config);
  const handler = async (request) => {
    const result = await core.respond(request.method, () => readRequest(request, core.max));
    return new Response(result.body, { status: result.status, headers: result.headers });
  };
  cores.set(handler, core);
  return handler;
}

function makeCore(config) {
  const options = { unknownActions: "accept" };
  for (const name of DECODE_OPTIONS) if (name in config) options[name] = config[name];
  // Invalid options (a secretKey given as undefined included) throw a TypeError here, at start-up.
  webhookSchema(options);
  const handlers = actionHandlers(config.on);
  const onUnhandled = optionalFunction(config, "onUnhandled");
  const onError = optionalFunction(config, "onError");
  const max = Math.min(typeof options.maxBytes === "number" ? options.maxBytes : DEFAULT_MAX_BYTES, HARD_MAX_BYTES);

  async function handle(body) {
    const r = validateWebhook(body, options);
    if (!r.ok) {
      // A sender without the secret learns nothing about the body.
      if (r.issues.some((i) => i.code === "secret_mismatch")) return { status: 401 };
      return issuesReply(r.issues.some((i) => i.code === "too_large") ? 413 : 400, r.issues);
    }
    const webhook = r.value;
    const context = { warnings: r.issues };
    // An action the version does not know was accepted with a warning and its payload unchecked:
    // no typed handler gets it (asking the validator keeps this right for every API version).
    const known = !r.issues.some((i) => i.code === "unknown_action");
    const fn = known ? handlers.get(webhook.action) : undefined;
    try {
      if (fn !== undefined) await fn(webhook, context);
      else if (onUnhandled !== undefined) await onUnhandled(webhook, context);
    } catch (e) {
      if (onError !== undefined) {
        try {
          onError(e, webhook);
        } catch {
          // The answer is 500 either way.
        }
      }
      return { status: 500 };
    }
    return { status: 200 };
  }

  async function respond(method, read) {
    if (method !== "POST") return { status: 405, headers: { allow: "POST" } };
    let body;
    try {
      body = await read();
    } catch {
      // The body stream broke (the sender went away or sent a broken chunked body).
      return { status: 400 };
    }
    if (body === TOO_LARGE) return tooLarge(max);
    return handle(body);
  }

  return { max, respond };
}

// Own properties only, into a Map: an action named like an Object.prototype member ("constructor")
// must not find a function there.
function actionHandlers(on) {
  if (on === null || typeof on !== "object") {
    throw new TypeError("livechat-webhooks: createWebhookHandler needs `on`, an object of handlers by action");
  }
  const map = new Map();
  for (const action of Object.keys(on)) {
    if (typeof on[action] !== "function") {
      throw new TypeError(`livechat-webhooks: on.${action} must be a function`);
    }
    map.set(action, on[action]);
  }
  return map;
}

function optionalFunction(config, name) {
  const fn = config[name];
  if (fn !== undefined && typeof fn !== "function") throw new TypeError(`livechat-webhooks: ${name} must be a function`);
  return fn;
}

function issuesReply(status, issues) {
  return { status, body: JSON.stringify({ issues }), headers: { "content-type": "application/json; charset=utf-8" } };
}

function tooLarge(max) {
  return issuesReply(413, [
    {
      code: "too_large",
      severity: "error",
      message: `the body is larger than the limit of ${max} bytes (maxBytes)`,
      pointer: "",
      path: [],
      expected: `at most ${max} bytes`,
    },
  ]);
}

function declaredLength(value) {
  if (typeof value !== "string" || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

// The raw bytes of a web Request, read no further than `max` (the stream is cancelled beyond it).
async function readRequest(request, max) {
  const declared = declaredLength(request.headers.get("content-length") ?? undefined);
  if (declared !== undefined && declared > max) return TOO_LARGE;
  if (request.body === null || request.body === undefined) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

// ---- Node's http ----

export function toNodeListener(handler) {
  const core = cores.get(handler);
  if (core === undefined) throw new TypeError("livechat-webhooks: toNodeListener expects a handler made by createWebhookHandler");
  return async (req, res) => {
    const result = await core.respond(req.method, () => readNode(req, core.max));
    const headers = { ...result.headers };
    // A body left unread (too large) cannot be followed by another request on this connection.
    if (result.status === 413) headers.connection = "close";
    res.writeHead(result.status, headers);
    res.end(result.body);
  };
}

// The body a body parser already read (express.raw() gives a Buffer, express.text() a string,
// express.json() an object), else the stream's bytes up to `max`. Express 4's parsers leave `{}`
// when the content type was not theirs: that is no body.
function readNode(req, max) {
  const given = req.body;
  if (ArrayBuffer.isView(given)) return given.byteLength > max ? TOO_LARGE : given;
  if (typeof given === "string" || (given !== null && typeof given === "object" && Object.keys(given).length > 0)) {
    return given;
  }
  // Consumed by something else: the decoder reports the empty body (and says why it may be).
  if (req.readableEnded === true) return new Uint8Array(0);
  const declared = declaredLength(req.headers["content-length"]);
  if (declared !== undefined && declared > max) return TOO_LARGE;
  return new Promise((resolve, reject) => {
    const chunks = [];
    let total = 0;
    let settled = false;
    req.on("data", (chunk) => {
      if (settled) return;
      total += chunk.byteLength;
      if (total > max) {
        settled = true;
        chunks.length = 0;
        req.pause();
        resolve(TOO_LARGE);
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(concat(chunks, total));
    });
    req.on("error", (e) => {
      if (settled) return;
      settled = true;
      reject(e);
    });
  });
}

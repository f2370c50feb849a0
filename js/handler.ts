// createWebhookHandler: a receiver built on the web Request/Response that every runtime has, and
// toNodeListener, its adapter for Node's http (and Express). Declarations: types.d.ts.
//
// LiveChat retries a delivery that is not answered 2xx, so a valid webhook is always acknowledged,
// even when no handler wants it (an action added later included: unknownActions defaults to
// "accept" here). Only what the sender must fix gets an error status.

import { validateWebhook, webhookSchema } from "./api.js";
import type { ApiVersion, Issue } from "./livechat_webhooks.js";
import type * as Api from "./types.js";
// The decoder's own default and hard cap, and its options: the body is never read beyond the
// limits (a larger one is answered 413), and the handler's config passes the options on.
import { DEFAULT_MAX_BYTES, HARD_MAX_BYTES, OPTION_NAMES } from "./constants.js";

const TOO_LARGE = Symbol("too large");

// Type-level checks against the declarations in types.d.ts, erased from the output.
type Check<T extends true> = T;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _CreateWebhookHandler = Check<Assignable<typeof Api.createWebhookHandler, typeof createWebhookHandler>>;
type _ToNodeListener = Check<Assignable<typeof Api.toNodeListener, typeof toNodeListener>>;
type Body = Uint8Array | string | object;
type Read = () => Body | typeof TOO_LARGE | Promise<Body | typeof TOO_LARGE>;
interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}
interface Core {
  max: number;
  respond(method: string | undefined, read: Read): Promise<Reply>;
}
type AnyHandler = (webhook: any, context: Api.WebhookHandlerContext) => unknown;
// What the handler reads of its config: the declared options of any version, the handlers
// untyped (typed per version, the options of every version together are a union too large for
// tsc to relate to the declaration: TS2590).
type Config = Omit<Api.WebhookOptions, "apiVersion"> & {
  apiVersion?: ApiVersion | "auto";
  on: unknown;
  onUnhandled?: unknown;
  onError?: unknown;
};

// handler function -> its core, for toNodeListener (which reads the body itself).
const cores = new WeakMap<Api.WebhookHandler, Core>();

export function createWebhookHandler(config: Config): Api.WebhookHandler {
  if (config === null || typeof config !== "object") {
    throw new TypeError("livechat-webhooks: createWebhookHandler expects { on: { action(webhook) {...} }, ... }");
  }
  const core = makeCore(config as Config);
  const handler = async (request: Request): Promise<Response> => {
    const result = await core.respond(request.method, () => readRequest(request, core.max));
    return new Response(result.body, { status: result.status, headers: result.headers });
  };
  cores.set(handler, core);
  return handler;
}

function makeCore(config: Config): Core {
  const options: Record<string, unknown> = { unknownActions: "accept" };
  for (const name of OPTION_NAMES) if (name in config) options[name] = (config as Record<string, unknown>)[name];
  // Invalid options (a secretKey given as undefined included) throw a TypeError here, at start-up.
  webhookSchema(options);
  const handlers = actionHandlers(config.on);
  const onUnhandled = optionalFunction<AnyHandler>(config, "onUnhandled");
  const onError = optionalFunction<(error: unknown, webhook: unknown) => void>(config, "onError");
  const max = Math.min(typeof options.maxBytes === "number" ? options.maxBytes : DEFAULT_MAX_BYTES, HARD_MAX_BYTES);

  async function handle(body: Body): Promise<Reply> {
    const r = validateWebhook(body, options);
    if (!r.ok) {
      // A sender without the secret learns nothing about the body.
      if (r.issues.some((i) => i.code === "secret_mismatch")) return { status: 401 };
      return issuesReply(r.issues.some((i) => i.code === "too_large") ? 413 : 400, r.issues);
    }
    const webhook: { action: string } = r.value;
    const context: Api.WebhookHandlerContext = { warnings: r.issues };
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

  async function respond(method: string | undefined, read: Read): Promise<Reply> {
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
function actionHandlers(on: unknown): Map<string, AnyHandler> {
  if (on === null || typeof on !== "object") {
    throw new TypeError("livechat-webhooks: createWebhookHandler needs `on`, an object of handlers by action");
  }
  const map = new Map<string, AnyHandler>();
  const given = on as Record<string, unknown>;
  for (const action of Object.keys(given)) {
    const fn = given[action];
    if (typeof fn !== "function") {
      throw new TypeError(`livechat-webhooks: on.${action} must be a function`);
    }
    map.set(action, fn as AnyHandler);
  }
  return map;
}

function optionalFunction<F>(config: Config, name: "onUnhandled" | "onError"): F | undefined {
  const fn: unknown = config[name];
  if (fn !== undefined && typeof fn !== "function") throw new TypeError(`livechat-webhooks: ${name} must be a function`);
  return fn as F | undefined;
}

function issuesReply(status: number, issues: readonly Issue[]): Reply {
  return { status, body: JSON.stringify({ issues }), headers: { "content-type": "application/json; charset=utf-8" } };
}

function tooLarge(max: number): Reply {
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

function declaredLength(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

// The raw bytes of a web Request, read no further than `max` (the stream is cancelled beyond it).
async function readRequest(request: Request, max: number): Promise<Uint8Array | typeof TOO_LARGE> {
  const declared = declaredLength(request.headers.get("content-length") ?? undefined);
  if (declared !== undefined && declared > max) return TOO_LARGE;
  if (request.body === null || request.body === undefined) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
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

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

// ---- Node's http ----

export function toNodeListener(handler: Api.WebhookHandler): (req: Api.NodeRequestLike, res: Api.NodeResponseLike) => Promise<void> {
  const core = cores.get(handler);
  if (core === undefined) throw new TypeError("livechat-webhooks: toNodeListener expects a handler made by createWebhookHandler");
  return async (req: Api.NodeRequestLike, res: Api.NodeResponseLike): Promise<void> => {
    const result = await core.respond(req.method, () => readNode(req, core.max));
    const headers: Record<string, string> = { ...result.headers };
    // A body left unread (too large) cannot be followed by another request on this connection.
    if (result.status === 413) headers.connection = "close";
    res.writeHead(result.status, headers);
    res.end(result.body);
  };
}

// The body a body parser already read (express.raw() gives a Buffer, express.text() a string,
// express.json() an object), else the stream's bytes up to `max`. Express 4's parsers leave `{}`
// when the content type was not theirs: that is no body.
function readNode(req: Api.NodeRequestLike & { readonly readableEnded?: boolean }, max: number): Body | typeof TOO_LARGE | Promise<Uint8Array | typeof TOO_LARGE> {
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
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    req.on("data", (chunk: Uint8Array) => {
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
    req.on("error", (e: unknown) => {
      if (settled) return;
      settled = true;
      reject(e);
    });
  });
}

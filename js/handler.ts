// createWebhookHandler: a receiver built on the web Request/Response that every runtime has, and
// toNodeListener, its adapter for Node's http. The other adapters (node-middleware.ts, fastify.ts)
// are thin layers over the same core (`coreOf`). Declarations: types.d.ts.
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
import { report, type OnError } from "./faults.js";
import { deliveryKey, memoryDedupeStore } from "./dedupe.js";

export const TOO_LARGE = Symbol("too large");

// Type-level checks against the declarations in types.d.ts, erased from the output.
type Check<T extends true> = T;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _CreateWebhookHandler = Check<Assignable<typeof Api.createWebhookHandler, typeof createWebhookHandler>>;
type _ToNodeListener = Check<Assignable<typeof Api.toNodeListener, typeof toNodeListener>>;
type _WhenIdle = Check<Assignable<typeof Api.whenIdle, typeof whenIdle>>;
export type Body = Uint8Array | string | object;
export type Read = (max: number) => Body | typeof TOO_LARGE | Promise<Body | typeof TOO_LARGE>;
export interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}
/** What the platform gives a request: Workers' `env` and `ctx.waitUntil`; nothing in Node. */
export interface Platform {
  env?: unknown;
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
}
export interface Core {
  /** The reply, at once when nothing on the way had to wait (options known, body read, handler synchronous). */
  respond(method: string | undefined, read: Read, platform: Platform): Reply | Promise<Reply>;
  /**
   * The same for Node's http, written to `res`: settles once the reply is written. With the
   * options known and a synchronous handler, the reply is written in the turn that read the last
   * chunk; the promise returned is the only one made.
   */
  respondNode(req: Api.NodeRequestLike, res: Api.NodeResponseLike): Promise<void>;
  /** Late work still running (each settles without rejecting). */
  pending: Set<Promise<void>>;
}
type AnyHandler = (webhook: any, context: Api.WebhookHandlerContext) => unknown;
// What the handler reads of its config: the declared options of any version, the handlers
// untyped (typed per version, the options of every version together are a union too large for
// tsc to relate to the declaration: TS2590).
type Config = Omit<Api.WebhookHandlerOptions<"auto">, "apiVersion" | "on" | "onUnhandled" | "onError"> & {
  apiVersion?: ApiVersion | "auto";
  on: unknown;
  onUnhandled?: unknown;
  onError?: unknown;
};
type Source = Config | ((env: any) => Config | Promise<Config>);

// The options, once read: what every request of one handler shares.
interface Settings {
  options: Record<string, unknown>;
  handlers: Map<string, AnyHandler>;
  onUnhandled: AnyHandler | undefined;
  onError: OnError | undefined;
  max: number;
  answerWhenValid: boolean;
  waitUntil: ((promise: Promise<unknown>) => void) | undefined;
  dedupe: { store: Api.DedupeStore; ttlSeconds: number } | undefined;
}

// handler function -> its core, for the adapters that read the body themselves.
const cores = new WeakMap<Api.WebhookHandler<any>, Core>();

/** The core of a handler made by createWebhookHandler (adapters only). */
export function coreOf(handler: Api.WebhookHandler<any>, who: string): Core {
  const core = cores.get(handler);
  if (core === undefined) throw new TypeError(`livechat-webhooks: ${who} expects a handler made by createWebhookHandler`);
  return core;
}

export function createWebhookHandler(source: Source): Api.WebhookHandler<any> {
  const core = makeCore(source);
  const handler = async (request: Request, env?: unknown, ctx?: Api.ExecutionContextLike): Promise<Response> => {
    const waitUntil = ctx !== null && typeof ctx === "object" && typeof ctx.waitUntil === "function" ? ctx.waitUntil.bind(ctx) : undefined;
    const result = await core.respond(request.method, (max) => readRequest(request, max), { env, waitUntil });
    return new Response(result.body, { status: result.status, headers: result.headers });
  };
  cores.set(handler, core);
  return handler;
}

function makeCore(source: Source): Core {
  let settings: Settings | Promise<Settings> | undefined;
  if (typeof source === "function") {
    // Late options: nothing is read until the first request (a build that imports the route has
    // no secrets yet; a Worker's secrets arrive in `env`). Resolved once and kept; a failure is
    // not kept, so the next request tries again.
  } else if (source !== null && typeof source === "object") {
    // Invalid options throw a TypeError here, at start-up.
    settings = read(source as Config);
  } else {
    throw new TypeError("livechat-webhooks: createWebhookHandler expects { on: { action(webhook) {...} }, ... } or a function returning it");
  }
  const resolve = (env: unknown): Settings | Promise<Settings> => {
    if (settings !== undefined) return settings;
    const pending = Promise.resolve()
      .then(() => (source as (env: unknown) => unknown)(env))
      .then((config) => {
        if (config === null || typeof config !== "object") {
          throw new TypeError("livechat-webhooks: the options function of createWebhookHandler must return { on: {...}, ... }");
        }
        return (settings = read(config as Config));
      });
    settings = pending;
    pending.catch(() => {
      if (settings === pending) settings = undefined;
    });
    return pending;
  };

  // Nothing is awaited that is already there: a receiver whose options are known, whose body was
  // read and whose handler returns no promise answers in the same turn (each await of a value
  // that is not a promise still costs a turn of the microtask queue, per request).
  function respond(method: string | undefined, readBody: Read, platform: Platform): Reply | Promise<Reply> {
    let s: Settings | Promise<Settings>;
    try {
      s = resolve(platform.env);
    } catch (e) {
      return misconfigured(e);
    }
    if (s instanceof Promise) return s.then((ready) => respondWith(ready, method, readBody, platform), misconfigured);
    return respondWith(s, method, readBody, platform);
  }

  function respondWith(s: Settings, method: string | undefined, readBody: Read, platform: Platform): Reply | Promise<Reply> {
    if (method !== "POST") return { status: 405, headers: { allow: "POST" } };
    let body: ReturnType<Read>;
    try {
      body = readBody(s.max);
    } catch {
      return { status: 400 };
    }
    if (body instanceof Promise) {
      // The body stream broke (the sender went away or sent a broken chunked body): 400.
      return body.then((b) => (b === TOO_LARGE ? tooLarge(s.max) : handle(s, b, platform, pending)), broken);
    }
    if (body === TOO_LARGE) return tooLarge(s.max);
    return handle(s, body, platform, pending);
  }

  function respondNode(req: NodeRequest, res: Api.NodeResponseLike): Promise<void> {
    const s = settings;
    // Options not read yet (or failing), or not a POST: the general path says what to answer.
    if (s === undefined || s instanceof Promise || req.method !== "POST") {
      return written(res, respond(req.method, (max) => readNode(req, max), NO_PLATFORM));
    }
    const given = givenBody(req, s.max);
    if (given !== undefined) return written(res, given === TOO_LARGE ? tooLarge(s.max) : handle(s, given, NO_PLATFORM, pending));
    return new Promise((resolve, reject) => {
      streamBody(req, s.max, (body) => {
        let reply: Reply | Promise<Reply>;
        try {
          reply = body === BROKEN ? broken() : body === TOO_LARGE ? tooLarge(s.max) : handle(s, body, NO_PLATFORM, pending);
        } catch (e) {
          reject(e);
          return;
        }
        try {
          written(res, reply).then(resolve, reject);
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  const pending = new Set<Promise<void>>();
  return { respond, respondNode, pending };
}

// The options could not be made: a misconfiguration that must be loud, but not to the sender.
function misconfigured(e: unknown): Reply {
  report(undefined, e, undefined);
  return { status: 500 };
}

function broken(): Reply {
  return { status: 400 };
}

// Where no platform keeps late work alive (Node), a server that stops can wait for it.
export async function whenIdle(handler: Api.WebhookHandler<any>): Promise<void> {
  const { pending } = coreOf(handler, "whenIdle");
  while (pending.size > 0) await Promise.all(pending);
}

function read(config: Config): Settings {
  const options: Record<string, unknown> = { unknownActions: "accept" };
  for (const name of OPTION_NAMES) if (name in config) options[name] = (config as Record<string, unknown>)[name];
  webhookSchema(options);
  const answer = config.answer;
  if (answer !== undefined && answer !== "when-handled" && answer !== "when-valid") {
    throw new TypeError('livechat-webhooks: answer must be "when-handled" or "when-valid"');
  }
  return {
    options,
    handlers: actionHandlers(config.on),
    onUnhandled: optionalFunction<AnyHandler>(config, "onUnhandled"),
    onError: optionalFunction<OnError>(config, "onError"),
    max: Math.min(typeof options.maxBytes === "number" ? options.maxBytes : DEFAULT_MAX_BYTES, HARD_MAX_BYTES),
    answerWhenValid: answer === "when-valid",
    waitUntil: optionalFunction<(promise: Promise<unknown>) => void>(config, "waitUntil"),
    dedupe: dedupeSettings(config.dedupe),
  };
}

function dedupeSettings(given: unknown): Settings["dedupe"] {
  if (given === undefined || given === false) return undefined;
  if (given === true) return { store: memoryDedupeStore(), ttlSeconds: 3600 };
  if (given === null || typeof given !== "object") throw new TypeError("livechat-webhooks: dedupe must be true or { store?, ttlSeconds? }");
  const { store, ttlSeconds } = given as { store?: Api.DedupeStore; ttlSeconds?: unknown };
  if (store !== undefined && (typeof store?.claim !== "function" || typeof store?.release !== "function")) {
    throw new TypeError("livechat-webhooks: dedupe.store must have claim(key, ttlSeconds) and release(key)");
  }
  if (ttlSeconds !== undefined && !(typeof ttlSeconds === "number" && ttlSeconds > 0)) {
    throw new TypeError("livechat-webhooks: dedupe.ttlSeconds must be a positive number");
  }
  return { store: store ?? memoryDedupeStore(), ttlSeconds: ttlSeconds ?? 3600 };
}

function handle(s: Settings, body: Body, platform: Platform, pending: Set<Promise<void>>): Reply | Promise<Reply> {
  const r = validateWebhook(body, s.options);
  if (!r.ok) {
    // A sender without the secret learns nothing about the body.
    if (r.issues.some((i) => i.code === "secret_mismatch")) return { status: 401 };
    return issuesReply(r.issues.some((i) => i.code === "too_large") ? 413 : 400, r.issues);
  }
  const webhook: { action: string } = r.value;
  const late: Late = { s, platform, pending, webhook };
  const context: Api.WebhookHandlerContext = { warnings: r.issues, waitUntil: (p) => later(late, p) };
  if (s.dedupe !== undefined) return deduplicated(s.dedupe, late, r.issues, context);
  return dispatch(late, r.issues, context, undefined);
}

// What work that outlives the answer needs to know.
interface Late {
  s: Settings;
  platform: Platform;
  pending: Set<Promise<void>>;
  webhook: { action: string };
}

// Work that outlives the answer: the platform keeps it alive where it can (Workers' ctx, the
// waitUntil option); its failure is reported, never an unhandled rejection.
function later(late: Late, work: unknown, onFailure?: () => void): void {
  const { s, platform, pending, webhook } = late;
  const tracked: Promise<void> = Promise.resolve(work).then(
    () => {
      pending.delete(tracked);
    },
    (e: unknown) => {
      pending.delete(tracked);
      onFailure?.();
      report(s.onError, e, webhook);
    },
  );
  pending.add(tracked);
  const keep = platform.waitUntil ?? s.waitUntil;
  if (keep !== undefined) {
    try {
      keep(tracked);
    } catch (e) {
      report(s.onError, e, webhook);
    }
  }
}

async function deduplicated(
  dedupe: NonNullable<Settings["dedupe"]>,
  late: Late,
  issues: Issue[],
  context: Api.WebhookHandlerContext,
): Promise<Reply> {
  let key: string | undefined;
  try {
    key = await deliveryKey(late.webhook);
    // A delivery seen within ttlSeconds was acknowledged (or is being handled): answer 200 again.
    if (!(await dedupe.store.claim(key, dedupe.ttlSeconds))) return { status: 200 };
  } catch (e) {
    // A store that fails must not lose the delivery: handle it (at least once) and say so.
    key = undefined;
    report(late.s.onError, e, late.webhook);
  }
  const k = key;
  // Forget the key so that LiveChat's retry runs the handler again.
  const release = k === undefined ? undefined : (): void => later(late, Promise.resolve().then(() => dedupe.store.release(k)));
  return dispatch(late, issues, context, release);
}

// Runs the action's handler (or onUnhandled). A handler that returns no promise (or throws) is
// answered at once; one that returns a promise (or any thenable) is awaited, as before.
function dispatch(late: Late, issues: Issue[], context: Api.WebhookHandlerContext, release: (() => void) | undefined): Reply | Promise<Reply> {
  const { s, webhook } = late;
  // An action the version does not know was accepted with a warning and its payload unchecked:
  // no typed handler gets it (asking the validator keeps this right for every API version).
  const known = !issues.some((i) => i.code === "unknown_action");
  const fn = known ? s.handlers.get(webhook.action) : undefined;
  const target = fn !== undefined ? fn : s.onUnhandled;
  if (s.answerWhenValid) {
    const run = async (): Promise<void> => {
      if (target !== undefined) await target(webhook, context);
    };
    later(late, run(), release);
    return { status: 200 };
  }
  if (target === undefined) return { status: 200 };
  const failed = (e: unknown): Reply => {
    release?.();
    report(s.onError, e, webhook);
    return { status: 500 };
  };
  let out: unknown;
  try {
    out = target(webhook, context);
  } catch (e) {
    return failed(e);
  }
  if ((out !== null && typeof out === "object") || typeof out === "function") {
    return Promise.resolve(out).then(() => ({ status: 200 }), failed);
  }
  return { status: 200 };
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

function optionalFunction<F>(config: Config, name: "onUnhandled" | "onError" | "waitUntil"): F | undefined {
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

// A resolved promise, shared: what the listener returns when it answered at once.
const DONE: Promise<void> = Promise.resolve();
// Node has no platform: nothing keeps late work alive but the process itself.
const NO_PLATFORM: Platform = Object.freeze({});

export function toNodeListener(handler: Api.WebhookHandler<any>): (req: Api.NodeRequestLike, res: Api.NodeResponseLike) => Promise<void> {
  const core = coreOf(handler, "toNodeListener");
  return (req: Api.NodeRequestLike, res: Api.NodeResponseLike): Promise<void> => {
    // Never a throw out of the listener: what fails is the promise it returns, as from an async
    // function.
    try {
      return core.respondNode(req, res);
    } catch (e) {
      return Promise.reject(e);
    }
  };
}

// The reply written to `res`, now if it is there.
function written(res: Api.NodeResponseLike, reply: Reply | Promise<Reply>): Promise<void> {
  if (reply instanceof Promise) return reply.then((r) => sendNode(res, r));
  sendNode(res, reply);
  return DONE;
}

function sendNode(res: Api.NodeResponseLike, result: Reply): void {
  const headers: Record<string, string> = { ...result.headers };
  // A body left unread (too large) cannot be followed by another request on this connection.
  if (result.status === 413) headers.connection = "close";
  res.writeHead(result.status, headers);
  res.end(result.body);
}

type NodeRequest = Api.NodeRequestLike & { readonly readableEnded?: boolean };
// Why a stream gave no body: it failed (the sender went away, or sent a broken chunked body).
const BROKEN = Symbol("broken");

// The body a body parser already read (express.raw() gives a Buffer, express.text() a string,
// express.json() an object), else the stream's bytes up to `max`. Express 4's parsers leave `{}`
// when the content type was not theirs: that is no body.
export function readNode(req: NodeRequest, max: number): Body | typeof TOO_LARGE | Promise<Uint8Array | typeof TOO_LARGE> {
  const given = givenBody(req, max);
  if (given !== undefined) return given;
  return new Promise((resolve, reject) => {
    streamBody(req, max, (body, error) => {
      if (body === BROKEN) reject(error);
      else resolve(body);
    });
  });
}

// What readNode gives without reading the stream, or undefined when the stream is to be read.
function givenBody(req: NodeRequest, max: number): Body | typeof TOO_LARGE | undefined {
  const given = req.body;
  if (ArrayBuffer.isView(given)) return given.byteLength > max ? TOO_LARGE : given;
  if (typeof given === "string" || (given !== null && typeof given === "object" && Object.keys(given).length > 0)) {
    return given;
  }
  // Consumed by something else: the decoder reports the empty body (and says why it may be).
  if (req.readableEnded === true) return new Uint8Array(0);
  const declared = declaredLength(req.headers["content-length"]);
  if (declared !== undefined && declared > max) return TOO_LARGE;
  return undefined;
}

// The stream's bytes up to `max`, given to `done` once: the bytes, TOO_LARGE (the stream is
// paused, unread), or BROKEN. Callbacks rather than a promise: the listener answers in the
// turn that read the last chunk.
function streamBody(req: NodeRequest, max: number, done: (body: Uint8Array | typeof TOO_LARGE | typeof BROKEN, error?: unknown) => void): void {
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
      done(TOO_LARGE);
    } else {
      chunks.push(chunk);
    }
  });
  req.on("end", () => {
    if (settled) return;
    settled = true;
    done(concat(chunks, total));
  });
  req.on("error", (e: unknown) => {
    if (settled) return;
    settled = true;
    done(BROKEN, e);
  });
}

//! TypeScript declarations of the JavaScript API (`js/api.mjs`).
//!
//! The functions themselves are written in JavaScript (the body is checked here in wasm, the
//! engine's `JSON.parse` builds the value), but their types live in this custom section so that the
//! whole `.d.ts` of the package comes out of wasm-bindgen next to the types derived from the model.
//! `scripts/assemble-pkg.mjs` turns wasm-bindgen's `.d.ts` into `pkg/index.d.ts` by dropping the
//! raw `Checker` class and the init functions; it does not add anything.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &str = r#"
/**
 * A webhook request body: its text, its raw bytes (a `Uint8Array` such as a Node `Buffer`, any
 * other `ArrayBufferView`, or an `ArrayBuffer`), or a value already parsed with `JSON.parse`.
 * Issues carry `line` and `column` only when the body was text or bytes.
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer | object;

/**
 * Options of `decodeWebhook` and `validateWebhook`. They are read once per options object (and a
 * new object with the same content reuses a recent checker), so hoisting one object is cheapest.
 */
export interface WebhookOptions {
  /** The API version the body follows. Only `"3.1"` (the default) is supported. */
  apiVersion?: "3.1";
  /**
   * The secret key(s) configured for the webhook. When given, the body's `secret_key` must equal
   * one of them (compared in constant time; pass several while rotating); otherwise the issue is
   * `secret_mismatch`. A secret is never copied into a message, an issue or an error.
   */
  secretKey?: string | readonly string[];
  /**
   * Fields the model does not know: `"keep"` them silently (default), keep them and report an
   * `unknown_field` warning (`"warn"`), or report an `unknown_field` error (`"reject"`).
   */
  unknownFields?: "keep" | "warn" | "reject";
  /**
   * An `action` the model does not know: an `unknown_action` error (`"reject"`, default), or
   * `"accept"`: only the envelope is checked and the value is an `UnknownWebhook`. The result
   * type includes `UnknownWebhook` only when `"accept"` is visible in the options' type (see
   * `decodeWebhook`).
   */
  unknownActions?: "reject" | "accept";
  /**
   * Largest body accepted, in UTF-8 bytes (default 16 MiB); larger bodies give `too_large`.
   * Bodies over 1 GiB are refused whatever this says (the wasm memory they are copied into is
   * limited).
   */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects accepted (default 128); deeper gives `too_deep`. */
  maxDepth?: number;
}

/**
 * The outcome of `validateWebhook`. When `ok`, `issues` holds only warnings and `value` is built
 * (with `JSON.parse`) the first time it is read; when not `ok`, `issues` holds every problem found.
 */
export type ValidationResult<T> =
  | { ok: true; readonly value: T; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/**
 * Checks a webhook body and returns it as a typed `Webhook`, discriminated by `action`.
 * Unknown fields stay in the value (`JSON.stringify` of the result equals the body as JSON).
 *
 * Warnings (such as `unknown_field` with `unknownFields: "warn"`) are not reported here: only
 * `validateWebhook` returns them.
 *
 * The result is `Webhook | UnknownWebhook` only when the options' type says
 * `unknownActions: "accept"` (an object literal, or a value declared `as const`); any other
 * options, including a value typed `WebhookOptions`, give `Webhook`. If such a value may hold
 * `"accept"` at run time, check the result with `isKnownWebhook`, which narrows it.
 * @throws {WebhookError} listing every error found in the body.
 * @throws {TypeError} when the options themselves are invalid.
 */
export function decodeWebhook(body: WebhookBody, options: WebhookOptions & { unknownActions: "accept" }): Webhook | UnknownWebhook;
export function decodeWebhook(body: WebhookBody, options?: WebhookOptions): Webhook;

/**
 * Checks a webhook body and reports every issue, warnings included; never throws because of the
 * body (any value is accepted and reported on). Invalid options do not throw either: every body
 * is then refused with one `invalid_value` issue at `""` whose message names the option.
 *
 * As with `decodeWebhook`, the value's type includes `UnknownWebhook` only when the options' type
 * says `unknownActions: "accept"`; `isKnownWebhook` narrows at run time.
 */
export function validateWebhook(body: unknown, options: WebhookOptions & { unknownActions: "accept" }): ValidationResult<Webhook | UnknownWebhook>;
export function validateWebhook(body: unknown, options?: WebhookOptions): ValidationResult<Webhook>;

/** Thrown by `decodeWebhook`: its message lists every error, one per line, with where it is. */
export class WebhookError extends Error {
  constructor(issues: readonly Issue[]);
  readonly name: "WebhookError";
  /** The code of the first error. */
  readonly code: IssueCode;
  /** Every issue found: all errors, and any warnings. */
  readonly issues: Issue[];
}

/** True when the webhook's `action` is one the model knows (its payload is then typed). */
export function isKnownWebhook(webhook: Webhook | UnknownWebhook): webhook is Webhook;

/** Every action of API 3.1 the model knows. */
export const knownActions: readonly Webhook["action"][];

/**
 * The Standard Schema (v1) interface, which tRPC, Hono, TanStack and other libraries accept in
 * place of a zod or valibot schema. Its issues are this package's `Issue`s.
 */
export interface WebhookStandardSchema<T> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "livechat-webhooks";
    readonly validate: (value: unknown) => { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly Issue[] };
    readonly types?: { readonly input: unknown; readonly output: T };
  };
}

/**
 * A Standard Schema of webhooks checked with `options` (see `validateWebhook`). Its output type
 * includes `UnknownWebhook` only when the options' type says `unknownActions: "accept"`.
 */
export function webhookSchema(options: WebhookOptions & { unknownActions: "accept" }): WebhookStandardSchema<Webhook | UnknownWebhook>;
export function webhookSchema(options?: WebhookOptions): WebhookStandardSchema<Webhook>;

/**
 * The webhook union of each API version, by version name (`apiVersion`).
 */
export interface WebhooksByVersion {
  "3.1": Webhook;
}

// The handler takes and returns the runtime's own `Request` and `Response`. These empty
// declarations only merge into them (DOM, @types/node, Workers, Deno and Bun all declare both),
// so that the package's types also compile in a project that has none of them.
declare global {
  interface Request {}
  interface Response {}
}

/** The second argument of every handler of `createWebhookHandler`. */
export interface WebhookHandlerContext {
  /** Warnings the body raised (`unknownFields: "warn"`, an accepted unknown action, ...). */
  readonly warnings: readonly Issue[];
}

/** One optional handler per action, each receiving that action's webhook. */
export type WebhookHandlers<W extends { action: string }> = {
  readonly [A in W["action"]]?: (webhook: Extract<W, { action: A }>, context: WebhookHandlerContext) => unknown;
};

/**
 * Options of `createWebhookHandler`: the options of `decodeWebhook` (except that `unknownActions`
 * defaults to `"accept"`, so that an action added by LiveChat is acknowledged), and the handlers.
 */
export interface WebhookHandlerOptions<V extends keyof WebhooksByVersion> extends Omit<WebhookOptions, "apiVersion"> {
  apiVersion?: V;
  /** The handler of each action; the response (200) waits for what it returns (a promise). */
  on: WebhookHandlers<WebhooksByVersion[V]>;
  /** Called for a valid webhook whose action has no handler in `on` (then answered 200). */
  onUnhandled?: (webhook: WebhooksByVersion[V] | UnknownWebhook, context: WebhookHandlerContext) => unknown;
  /** Called when a handler throws or rejects (the request is answered 500, saying nothing). */
  onError?: (error: unknown, webhook: WebhooksByVersion[V] | UnknownWebhook) => void;
}

/**
 * A web-standard request handler: `POST` with a webhook body gives 200 once the action's handler
 * has finished; 400 with `{ "issues": [...] }` for an invalid body; 401 (empty) on
 * `secret_mismatch`; 405 for another method; 413 beyond `maxBytes`; 500 (empty) when a handler
 * throws.
 */
export type WebhookHandler = (request: Request) => Promise<Response>;

/**
 * Makes a `WebhookHandler` (for `fetch`-style servers: Workers, Deno, Bun, Next.js route
 * handlers, Vercel Edge, Hono) that reads the raw body, decodes it and calls the action's handler.
 * @throws {TypeError} when the options are invalid.
 */
export function createWebhookHandler<V extends keyof WebhooksByVersion = "3.1">(options: WebhookHandlerOptions<V>): WebhookHandler;

/** What `toNodeListener` uses of Node's `IncomingMessage` (Express and Fastify requests are ones). */
export interface NodeRequestLike {
  readonly method?: string | undefined;
  readonly headers: { readonly [name: string]: string | string[] | undefined };
  /** A body read before (Express's `express.raw()` or `express.text()`, Fastify): used as it is. */
  readonly body?: unknown;
  on(event: string, listener: (...args: any[]) => void): unknown;
  pause(): unknown;
}

/** What `toNodeListener` uses of Node's `ServerResponse`. */
export interface NodeResponseLike {
  writeHead(status: number, headers: { [name: string]: string }): unknown;
  end(body?: string): unknown;
}

/**
 * Adapts a handler of `createWebhookHandler` to Node's `http` (`createServer(listener)`) and to
 * Express (`app.post(path, listener)`): the body is read from the stream, or taken from
 * `req.body` when a body parser already read it (prefer `express.raw()`: the raw bytes give exact
 * positions, duplicate keys and big integers).
 */
export function toNodeListener(handler: WebhookHandler): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;
"#;

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
   * Largest body accepted, in UTF-8 bytes (default 1 MiB); larger bodies give `too_large`.
   * Bodies over 1 GiB are refused whatever this says (the wasm memory they are copied into is
   * limited).
   */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects accepted (default 64); deeper gives `too_deep`. */
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
"#;

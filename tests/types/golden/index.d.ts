/* tslint:disable */
/* eslint-disable */

/**
 * A webhook request body: its text, its raw bytes (a `Uint8Array` such as a Node `Buffer`, any
 * other `ArrayBufferView`, or an `ArrayBuffer`), or a value already parsed with `JSON.parse`.
 * Issues carry `line` and `column` only when the body was text or bytes.
 */
export type WebhookBody = string | ArrayBufferView | ArrayBuffer | ParsedWebhookBody;

/**
 * A body already parsed with `JSON.parse`. Not a promise, a `Request` or a `Response`: read the
 * text first (`await request.text()`), which a forgotten `await` makes a compile error.
 */
export interface ParsedWebhookBody {
    readonly then?: never;
    readonly arrayBuffer?: never;
    readonly [member: string]: any;
}

/** A webhook of any version, as `apiVersion: "auto"` gives it. */
export type AnyVersionWebhook = WebhooksByVersion[ApiVersion];

/** The webhook of `action` in version `V`: `WebhookOf<"incoming_event", "3.6">`. */
export type WebhookOf<A extends WebhooksByVersion[V]["action"], V extends ApiVersion = LatestApiVersion> = Extract<WebhooksByVersion[V], { action: A }>;

/**
 * A structure of the model exactly as API version `V` sends it: `ModelType<"LiveChatMessageEvent", "3.4">`
 * has the members 3.4 sends, required where 3.4 requires them.
 */
export type ModelType<N extends keyof ModelTypesByVersion[V], V extends ApiVersion = LatestApiVersion> = ModelTypesByVersion[V][N];

/** The union a set of options decodes to: that of its `apiVersion` (the latest when absent). */
export type WebhookForOptions<O> = O extends { apiVersion: infer V }
    ? WebhookOfVersion<V>
    : O extends { apiVersion?: infer V }
        ? unknown extends V
            ? Webhook
            : WebhookOfVersion<V>
        : Webhook;

/** The union of an `apiVersion` option's value (a union of values gives a union of unions). */
export type WebhookOfVersion<V> = [V] extends [undefined]
    ? Webhook
    : V extends ApiVersion
        ? WebhooksByVersion[V]
        : V extends undefined
            ? Webhook
            : AnyVersionWebhook;

/** What `decodeWebhook` returns for a set of options (`UnknownWebhook` only with `"accept"`). */
export type DecodedWebhook<O> = O extends { unknownActions: "accept" }
    ? WebhookForOptions<O> | UnknownWebhook
    : WebhookForOptions<O>;

/**
 * Options of `decodeWebhook` and `validateWebhook`. They are read once per options object (and a
 * new object with the same content reuses a recent checker), so hoisting one object is cheapest.
 */
export interface WebhookOptions {
    /**
     * The API version the webhook is registered with (the body does not say): `"3.1"` …
     * `"3.7"` (default `"3.6"`, the latest stable; newer ones are developer previews),
     * or `"auto"`: the
     * newest stable version that accepts the body. When a body fails the given
     * version but another accepts it, the first issue is `api_version_mismatch`, naming it.
     */
    apiVersion?: ApiVersion | "auto";
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
    | { ok: true; readonly value: T; issues: Issue[]; apiVersion: ApiVersion }
    | { ok: false; issues: Issue[]; apiVersion?: ApiVersion };

/**
 * What `validateWebhook` returns for a set of options. With `apiVersion: "auto"`, one member per
 * version, so that testing `r.apiVersion` narrows `r.value` to that version's webhooks.
 */
export type ValidationResultFor<O> = O extends { apiVersion: "auto" }
    ?
          | {
                [V in AutoApiVersion]: {
                    ok: true;
                    readonly value: O extends { unknownActions: "accept" } ? WebhooksByVersion[V] | UnknownWebhook : WebhooksByVersion[V];
                    issues: Issue[];
                    apiVersion: V;
                };
            }[AutoApiVersion]
          | { ok: false; issues: Issue[]; apiVersion?: ApiVersion }
    : ValidationResult<DecodedWebhook<O>>;

/**
 * Checks a webhook body and returns it as a typed webhook of the options' `apiVersion` (3.6 by
 * default), discriminated by `action`.
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
export function decodeWebhook(body: WebhookBody): Webhook;
/**
 * `decodeWebhook` with options: the webhook's type follows their `apiVersion` and, with
 * `unknownActions: "accept"`, includes `UnknownWebhook`.
 * @throws {WebhookError} listing every error found in the body.
 * @throws {TypeError} when the options themselves are invalid.
 */
export function decodeWebhook<const O extends WebhookOptions>(body: WebhookBody, options: O): DecodedWebhook<O>;

/**
 * Checks a webhook body and reports every issue, warnings included; never throws because of the
 * body (any value is accepted and reported on). Invalid options do not throw either: every body
 * is then refused with one `invalid_value` issue at `""` whose message names the option.
 *
 * As with `decodeWebhook`, the value's type includes `UnknownWebhook` only when the options' type
 * says `unknownActions: "accept"`; `isKnownWebhook` narrows at run time.
 */
export function validateWebhook(body: unknown): ValidationResult<Webhook>;
/**
 * `validateWebhook` with options: the value's type follows their `apiVersion` and, with
 * `unknownActions: "accept"`, includes `UnknownWebhook`. Invalid options refuse every body.
 */
export function validateWebhook<const O extends WebhookOptions>(body: unknown, options: O): ValidationResultFor<O>;

/** Thrown by `decodeWebhook`: its message lists every error, one per line, with where it is. */
export class WebhookError extends Error {
    constructor(issues: readonly Issue[], what?: string);
    readonly name: "WebhookError";
    /** The code of the first error. */
    readonly code: IssueCode;
    /** Every issue found: all errors, and any warnings. */
    readonly issues: Issue[];
}

/**
 * True when the webhook's `action` is one that `apiVersion` (default 3.6) knows: its payload is
 * then typed. The webhook keeps the version it was decoded as; only its action narrows (which
 * also keeps type-checking fast on the many-version union of `"auto"`).
 */
export function isKnownWebhook<V extends ApiVersion = LatestApiVersion>(webhook: { readonly action: string }, apiVersion?: V): webhook is { readonly action: WebhooksByVersion[V]["action"] };

/** The API versions this package decodes, oldest first. */
export const apiVersions: readonly ApiVersion[];
/** The default `apiVersion`. */
export const latestApiVersion: LatestApiVersion;
/** The actions of each API version. */
export const actionsByVersion: { readonly [V in ApiVersion]: readonly WebhooksByVersion[V]["action"][] };
/** The actions of the latest API version. */
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
export function webhookSchema(): WebhookStandardSchema<Webhook>;
/**
 * A Standard Schema of webhooks checked with `options`, typed by their `apiVersion` and
 * `unknownActions`.
 * @throws {TypeError} when the options are invalid.
 */
export function webhookSchema<const O extends WebhookOptions>(options: O): WebhookStandardSchema<DecodedWebhook<O>>;

/** The Chat API a websocket is connected to: its pushes differ (livechat-rtm-pushes.md §2). */
export type PushApi = "agent" | "customer";

/**
 * The options of `decodePush` / `validatePush`: the webhook options without `secretKey` (pushes
 * carry no secret: the websocket is authenticated by its `login`), plus the API.
 */
export interface PushOptions extends Omit<WebhookOptions, "secretKey"> {
    /** `"agent"` (Agent Chat API) or `"customer"` (Customer Chat API). */
    api: PushApi;
    /**
     * The version of the connection. With `"auto"` each frame is read as the version it names
     * (`version`, every frame from 3.3); a frame without one, as the newest stable version
     * that accepts it.
     */
    apiVersion?: PushApiVersion | "auto";
    secretKey?: never;
}

/**
 * An RTM push frame: `{ version?, request_id?, action, type: "push", payload }`. `version` is in
 * every frame from API 3.3 (not in 3.2; five Customer Chat API pushes are documented without
 * it); `request_id` only on the connection whose request caused the push. The payload is checked
 * against the push's model (the webhook's type where a webhook of the same name carries it).
 */
export interface PushFrame<A extends string = string, P = unknown> {
    version?: string;
    request_id?: string;
    action: A;
    type: "push";
    payload: P;
}

/**
 * Decode an RTM push frame (text, bytes or an object, as `decodeWebhook` takes them) of the
 * `api` and `apiVersion` in `options`. Throws `WebhookError` listing every problem; a frame that
 * is no push (a response, an error frame, a request, a webhook body) throws with the one issue
 * `not_a_push`. Invalid options throw a `TypeError`.
 */
export function decodePush<const O extends PushOptions>(body: WebhookBody, options: O): PushOf<O>;

/** `decodePush` without throwing: `{ ok, value, issues, apiVersion }`, as `validateWebhook`. */
export function validatePush<const O extends PushOptions>(body: unknown, options: O): ValidationResult<PushOf<O>>;

/** A Standard Schema (v1) of the pushes `options` describe. */
export function pushSchema<const O extends PushOptions>(options: O): WebhookStandardSchema<PushOf<O>>;

/** The versions with RTM pushes (3.2 and later). */
export type PushApiVersion = keyof PushesByVersion["agent"];

/**
 * The push a `decodePush` with options `O` returns: the union of `O.api`'s pushes in
 * `O.apiVersion` (the latest stable by default; every version's with `"auto"`), narrowed by
 * `action`; with `unknownActions: "accept"`, also a frame of any other action.
 */
export type PushOf<O> = O extends { api: infer A extends PushApi }
    ? (O extends { apiVersion: infer V extends PushApiVersion }
          ? PushesByVersion[A][V]
          : O extends { apiVersion: "auto" }
            ? PushesByVersion[A][PushApiVersion]
            : PushesByVersion[A][LatestApiVersion & PushApiVersion]) | (O extends { unknownActions: "accept" } ? PushFrame : never)
    : PushFrame;

/**
 * The options of `decodeAppWebhook` / `validateAppWebhook`: app webhooks have no API version and
 * carry no secret, so only the limits and what to do with unknown fields and events.
 */
export interface AppWebhookOptions extends Omit<WebhookOptions, "apiVersion" | "secretKey"> {
    apiVersion?: never;
    secretKey?: never;
}

/** What `validateAppWebhook` returns. */
export type AppValidationResult = { ok: true; readonly value: AppWebhook; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Decode an app webhook of the Developer Console (`application_installed`, ...,
 * `payment_cancelled`): the camelCase envelope (`applicationID`, `clientID`, `licenseID`, ...)
 * and each event's payload. App webhooks carry no secret or signature: compare `clientID` and
 * `applicationID` with your app's, and keep the URL unguessable (README). Throws `WebhookError`.
 */
export function decodeAppWebhook(body: WebhookBody, options?: AppWebhookOptions): AppWebhook;

/** `decodeAppWebhook` without throwing. */
export function validateAppWebhook(body: unknown, options?: AppWebhookOptions): AppValidationResult;

/**
 * The webhook of the same action as push `P` in version `V` (`never` for the pushes no webhook
 * carries). The two roads carry the same chat data; where LiveChat's pages make a payload
 * differ (livechat-rtm-pushes.md §3), the shared type says so, and both are checked by it.
 */
export type WebhookForPush<P extends { action: string }, V extends ApiVersion = LatestApiVersion> = P extends { action: infer A }
    ? Extract<WebhooksByVersion[V], { action: A }>
    : never;

/** The actions that are both an Agent Chat API push and a webhook in version `V`. */
export type SharedAction<V extends PushApiVersion = LatestApiVersion & PushApiVersion> = PushesByVersion["agent"][V]["action"] &
    WebhooksByVersion[V]["action"];

/**
 * A push of the Agent Chat API or a webhook of action `A` in version `V`: a handler taking it
 * can be given to both `createPushDispatcher`'s and `createWebhookHandler`'s `on` (one handler
 * for both roads).
 */
export type PushOrWebhook<A extends SharedAction<V>, V extends PushApiVersion = LatestApiVersion & PushApiVersion> =
    | Extract<PushesByVersion["agent"][V], { action: A }>
    | Extract<WebhooksByVersion[V], { action: A }>;

/** A handler per push action, each given the push of its action (all optional). */
export type PushHandlers<P extends { action: string }> = {
    [A in P["action"]]?: (push: Extract<P, { action: A }>) => unknown;
};

/** The options of `createPushDispatcher`: the push options, the handlers and two fallbacks. */
export type PushDispatcherOptions<A extends PushApi, V extends PushApiVersion | "auto"> = Omit<PushOptions, "api" | "apiVersion"> & {
    api: A;
    apiVersion?: V;
    /**
     * The handlers by action. A handler written against `{ action, payload }` (the members a
     * push and a webhook share) serves both roads, the same function given to
     * `createWebhookHandler`'s `on`.
     */
    on: PushHandlers<PushOf<{ api: A; apiVersion: V }>>;
    /** A frame refused (its issues); without it the dispatcher's promise rejects with `WebhookError`. */
    onInvalid?: (issues: Issue[]) => unknown;
    /** A valid push with no handler. */
    onUnhandled?: (push: PushOf<{ api: A; apiVersion: V }>) => unknown;
};

/**
 * A function that validates each frame the socket delivers (text, bytes or a parsed object) and
 * calls the handler of its action: `socket.onmessage = (e) => dispatch(e.data)`. Every `on` key
 * must be a push of the API (checked now, a `TypeError` otherwise).
 */
export function createPushDispatcher<const A extends PushApi, const V extends PushApiVersion | "auto" = LatestApiVersion>(
    options: PushDispatcherOptions<A, V>,
): (frame: unknown) => Promise<void>;

/** The push actions of each API version, per API (3.1 has none of this shape). */
export const pushesByVersion: {
    readonly agent: { readonly [V in ApiVersion]?: readonly string[] };
    readonly customer: { readonly [V in ApiVersion]?: readonly string[] };
};

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
    /**
     * Keeps `promise` running after the answer: handed to the platform's `waitUntil` (a Worker's
     * `ctx`, or the `waitUntil` option), else left running in the process. Its rejection goes to
     * `onError`; it never becomes an unhandled rejection.
     */
    waitUntil(promise: Promise<unknown>): void;
}

/** One optional handler per action, each receiving that action's webhook. */
export type WebhookHandlers<W extends { action: string }> = {
    readonly [A in W["action"]]?: (webhook: Extract<W, { action: A }>, context: WebhookHandlerContext) => unknown;
};

/**
 * Where `dedupe` remembers the deliveries it has seen. The default is `memoryDedupeStore()`; a
 * shared store (Redis: `SET key 1 NX EX ttl` for `claim`, `DEL` for `release`) serves several
 * processes.
 */
export interface DedupeStore {
    /** Records `key` for `ttlSeconds` unless it is there: true when it was not (a new delivery). */
    claim(key: string, ttlSeconds: number): boolean | Promise<boolean>;
    /** Forgets `key`: its handler failed, so that LiveChat's retry runs it again. */
    release(key: string): void | Promise<void>;
}

/**
 * The webhooks of each value of the `apiVersion` option: a version's union, and with `"auto"` the
 * webhooks of every version (an indexed type, which tsc relates cheaply, where a conditional one
 * over every version is a union too large for it).
 */
export interface WebhooksByVersionOption extends WebhooksByVersion {
    auto: AnyVersionWebhook;
}

/**
 * Options of `createWebhookHandler`: the options of `decodeWebhook` (except that `unknownActions`
 * defaults to `"accept"`, so that an action added by LiveChat is acknowledged), and the handlers.
 */
export interface WebhookHandlerOptions<V extends ApiVersion | "auto"> extends Omit<WebhookOptions, "apiVersion"> {
    /**
     * The API version the webhook is registered with (default "3.6"), or `"auto"`; handlers
     * are typed by it (with `"auto"`, each gets the action's webhook of every version that has it).
     */
    apiVersion?: V;
    /** The handler of each action; by default the answer (200) waits for what it returns. */
    on: WebhookHandlers<WebhooksByVersionOption[V]>;
    /** Called for a valid webhook whose action has no handler in `on` (then answered 200). */
    onUnhandled?: (webhook: WebhooksByVersionOption[V] | UnknownWebhook, context: WebhookHandlerContext) => unknown;
    /**
     * Told of every failure: a handler that throws or rejects (answered 500, saying nothing),
     * late work that fails, a dedupe store that fails. Without it they are printed with
     * `console.error` (the error and the action, never the webhook, which holds the secret). A
     * throwing or rejecting `onError` is printed the same way.
     */
    onError?: (error: unknown, webhook: WebhooksByVersionOption[V] | UnknownWebhook | undefined) => unknown;
    /**
     * `"when-handled"` (default): 200 once the handler has finished, 500 when it failed.
     * `"when-valid"`: 200 as soon as the body is valid; the handler goes on as late work
     * (`waitUntil`), its failure reported to `onError`. LiveChat waits about 10 s for an answer.
     */
    answer?: "when-handled" | "when-valid";
    /**
     * The platform's way to keep work alive after the answer where the request gives none (a
     * Worker's `ctx` is used by itself): `waitUntil` of `@vercel/functions`, or Next's `after`.
     */
    waitUntil?: (promise: Promise<unknown>) => void;
    /**
     * Answer a delivery seen before (within `ttlSeconds`, default 3600) with 200 without running
     * its handler again. Its key is `deliveryKey(webhook)`. `true`: an in-memory store.
     */
    dedupe?: boolean | { store?: DedupeStore; ttlSeconds?: number };
}

/** What a Worker passes as `fetch`'s third argument (the handler uses its `waitUntil`). */
export interface ExecutionContextLike {
    waitUntil(promise: Promise<unknown>): void;
}

/**
 * A web-standard request handler: `POST` with a webhook body gives 200 once the action's handler
 * has finished; 400 with `{ "issues": [...] }` for an invalid body; 401 (empty) on
 * `secret_mismatch`; 405 for another method; 413 beyond `maxBytes`; 500 (empty) when a handler
 * throws. `env` and `ctx` are a Worker's (`export default { fetch: handler }`): `env` goes to an
 * options function, `ctx.waitUntil` keeps late work alive.
 */
export type WebhookHandler<Env = unknown> = (request: Request, env?: Env, ctx?: ExecutionContextLike) => Promise<Response>;

/**
 * Makes a `WebhookHandler` (for `fetch`-style servers: Workers, Deno, Bun, Next.js route
 * handlers, Vercel Edge, Hono) that reads the raw body, decodes it and calls the action's handler.
 * @throws {TypeError} when the options are invalid.
 */
export function createWebhookHandler<V extends ApiVersion | "auto" = LatestApiVersion>(options: WebhookHandlerOptions<V>): WebhookHandler;
/**
 * The same with late options: `options(env)` runs at the first request (never at import, so a
 * build that loads the route needs no secret), with a Worker's `env` (elsewhere `undefined`), and
 * its result is kept. Invalid options then answer 500 and are printed (or the function is tried
 * again at the next request).
 */
export function createWebhookHandler<V extends ApiVersion | "auto" = LatestApiVersion, Env = unknown>(
    options: (env: Env) => WebhookHandlerOptions<V> | Promise<WebhookHandlerOptions<V>>,
): WebhookHandler<Env>;

/**
 * The key `dedupe` gives a delivery: `livechat:<webhook_id>:<SHA-256 of the webhook as JSON,
 * without secret_key>`. `webhook_id` names the registered webhook, so every delivery of it carries
 * the same one; a retry resends the same body, so it gets the same key.
 */
export function deliveryKey(webhook: object): Promise<string>;

/** An in-memory `DedupeStore` (least recently claimed keys go first beyond `maxEntries`, 10,000). */
export function memoryDedupeStore(options?: { maxEntries?: number }): DedupeStore;

/**
 * Resolves once the late work of `handler` (`answer: "when-valid"`, `context.waitUntil`) has
 * settled, failures reported: where no platform keeps it alive (Node), await it before the
 * process exits, e.g. after `server.close()` on SIGTERM.
 */
export function whenIdle(handler: WebhookHandler<any>): Promise<void>;

/** What `toNodeListener` uses of Node's `IncomingMessage` (an Express request is one). */
export interface NodeRequestLike {
    readonly method?: string | undefined;
    readonly headers: { readonly [name: string]: string | string[] | undefined };
    /** A body read before (Express's `express.raw()` or `express.text()`): used as it is. */
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
 * Adapts a handler of `createWebhookHandler` to Node's `http` (`createServer(listener)`): the
 * body is read from the stream (up to `maxBytes`), or taken from `req.body` when a body parser
 * already read it.
 */
export function toNodeListener(handler: WebhookHandler<any>): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;

/** What `createNodeMiddleware` reads of a Connect/Express request. */
export interface NodeMiddlewareRequest extends NodeRequestLike {
    readonly url?: string | undefined;
    /** Express keeps the whole path here when the middleware is mounted under one. */
    readonly originalUrl?: string | undefined;
}

/**
 * Connect/Express middleware (`app.use(...)`, before any body parser): answers requests to
 * `path` as `toNodeListener` does (no body parser's limit applies: `maxBytes` does) and calls
 * `next()` for every other path.
 */
export function createNodeMiddleware(
    handler: WebhookHandler<any>,
    options: { path: string },
): (req: NodeMiddlewareRequest, res: NodeResponseLike, next: (error?: unknown) => void) => void;

/** What `createFastifyPlugin` uses of a Fastify instance. */
export interface FastifyInstanceLike {
    removeAllContentTypeParsers(): unknown;
    addContentTypeParser(contentType: string, parser: (request: any, payload: any) => Promise<unknown>): unknown;
    route(options: {
        method: string[];
        url: string;
        handler: (
            request: { readonly method: string; readonly raw: NodeRequestLike },
            reply: {
                code(status: number): unknown;
                header(name: string, value: string): unknown;
                send(body: string): unknown;
            },
        ) => Promise<unknown>;
    }): unknown;
}

/**
 * A Fastify plugin (`app.register(createFastifyPlugin(handler, { path }))`) answering `path`: in
 * its own scope it leaves bodies unread, so the handler reads the raw bytes (up to `maxBytes`);
 * the rest of the app keeps Fastify's parsers.
 */
export function createFastifyPlugin(handler: WebhookHandler<any>, options: { path: string }): (fastify: FastifyInstanceLike) => Promise<void>;

/** Each version's union of webhooks, discriminated by `action`. */
export interface WebhooksByVersion {
    "3.1": WebhookV3_1;
    "3.2": WebhookV3_2;
    "3.3": WebhookV3_3;
    "3.4": WebhookV3_4;
    "3.5": WebhookV3_5;
    "3.6": WebhookV3_6;
    "3.7": WebhookV3_7;
}

/** The latest stable API version: the default `apiVersion`. */
export type LatestApiVersion = "3.6";

/** A webhook of the latest stable version, the default `apiVersion`. */
export type Webhook = WebhookV3_6;

/** The versions `apiVersion: "auto"` chooses from: every version but previews. */
export type AutoApiVersion = never | "3.1" | "3.2" | "3.3" | "3.4" | "3.5" | "3.6";

/**
 * A LiveChat API version. The body does not say which one it follows: the version is the one
 * the webhook was registered with, so it is configuration.
 */
export type ApiVersion = "3.1" | "3.2" | "3.3" | "3.4" | "3.5" | "3.6" | "3.7";

/**
 * A webhook whose `action` the chosen version does not know, accepted with
 * `unknownActions: "accept"`: the envelope is checked, the payload kept as sent.
 */
export interface UnknownWebhook {
    webhook_id: string;
    secret_key: string;
    action: string;
    payload: unknown;
    additional_data?: Record<string, unknown>;
    license_id?: number;
    organization_id?: string;
    requester?: Record<string, unknown>;
}

/**
 * An app webhook, told apart by `event`.
 */
export type AppWebhook = ({ event: "application_installed" } & AppEnvelope<ApplicationPayload>) | ({ event: "application_uninstalled" } & AppEnvelope<ApplicationPayload>) | ({ event: "payment_trialstarted" } & AppEnvelope<PaymentIdPayload>) | ({ event: "payment_activated" } & AppEnvelope<PaymentActivatedPayload>) | ({ event: "payment_collected" } & AppEnvelope<PaymentCollectedPayload>) | ({ event: "payment_cancelled" } & AppEnvelope<PaymentIdPayload>);

/**
 * One problem found in a body.
 */
export interface Issue {
    code: IssueCode;
    severity: Severity;
    /**
     * What was expected, what was found and where, with a hint at the fix.
     */
    message: string;
    /**
     * RFC 6901 JSON Pointer into the body; `""` is the root.
     */
    pointer: string;
    /**
     * The same location as an array of keys and indexes.
     */
    path: PathSegment[];
    /**
     * 1-based line, when the body was text or bytes.
     */
    line?: number;
    /**
     * 1-based column in UTF-16 code units, when the body was text or bytes.
     */
    column?: number;
    expected?: string;
    received?: string;
}

/**
 * One step of a path into the body: an object key or an array index.
 */
export type PathSegment = string | number;

/**
 * Stable machine-readable issue codes. Never renamed once released.
 */
export type IssueCode = "invalid_json" | "invalid_encoding" | "invalid_type" | "missing_field" | "invalid_value" | "number_out_of_range" | "duplicate_key" | "unknown_action" | "unknown_field" | "secret_mismatch" | "too_large" | "too_deep" | "api_version_mismatch" | "ambiguous_api_version" | "not_a_push" | "not_a_webhook";

/**
 * The envelope of every app webhook. No secret and no signature: a receiver can only compare
 * `clientID` and `applicationID` with its own app\'s (see the README).
 */
export interface AppEnvelope<P> {
    applicationID: string;
    applicationName: string;
    clientID: string;
    /**
     * RFC 3339 with the sender\'s offset and second precision in the samples.
     */
    date: Timestamp;
    licenseID: number;
    /**
     * In the guide since March 2024: older deliveries may lack it.
     */
    organizationID?: string;
    /**
     * The account that did it; in the guide since March 2024.
     */
    userID?: string;
    payload: P;
}

/**
 * What to do with an `action` the model does not know.
 */
export type UnknownActions = "reject" | "accept";

/**
 * What to do with fields the model does not know.
 */
export type UnknownFields = "keep" | "warn" | "reject";

/**
 * Whether an issue makes the body invalid (`error`) or not (`warning`).
 */
export type Severity = "error" | "warning";

/**
 * `application_installed`, `application_uninstalled`: the app's id (the envelope's again).
 */
export interface ApplicationPayload {
    applicationID: string;
}

/**
 * `payment_activated`: a payment process started.
 */
export interface PaymentActivatedPayload {
    paymentID: string;
    quantity?: number;
}

/**
 * `payment_collected`: a payment was collected; `total` in cents, presumably (not stated).
 */
export interface PaymentCollectedPayload {
    paymentID: string;
    total?: number;
}

/**
 * `payment_trialstarted`, `payment_cancelled`: the payment (a Billing API charge id).
 */
export interface PaymentIdPayload {
    paymentID: string;
}

/**
 * The envelope of API 3.5+ webhooks (3.6: of chat webhooks).
 */
export interface Envelope<P> {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    /**
     * Not a UUID in LiveChat's own samples: any string.
     */
    organization_id: string;
    payload: P;
    /**
     * Absent from some documented samples.
     */
    additional_data?: AdditionalData;
}

/**
 * The envelope of API 3.6 configuration webhooks (agents, bots, groups, tags, auto access).
 */
export interface ConfigEnvelope<P> {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    organization_id: string;
    /**
     * Who made the change.
     */
    requester?: Requester;
    payload: P;
    /**
     * Absent from some documented samples.
     */
    additional_data?: AdditionalData;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface IncomingChatPayload {
    chat: Chat;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.5 sends it.
 */
export interface IncomingChatPayloadV3_5 {
    chat: ChatV3_5;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.4 sends it.
 */
export interface IncomingChatPayloadV3_4 {
    chat: ChatV3_4;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.3 sends it.
 */
export interface IncomingChatPayloadV3_3 {
    chat: ChatV3_3;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.2 sends it.
 */
export interface IncomingChatPayloadV3_2 {
    chat: ChatV3_2;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.6–3.7 sends it.
 */
export interface Chat {
    id: string;
    users: User[];
    properties?: Properties;
    access?: Access;
    thread: Thread;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.5 sends it.
 */
export interface ChatV3_5 {
    id: string;
    users: UserV3_5[];
    properties?: Properties;
    access?: Access;
    thread: ThreadV3_5;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.4 sends it.
 */
export interface ChatV3_4 {
    id: string;
    users: UserV3_4[];
    properties?: Properties;
    access?: Access;
    thread: ThreadV3_4;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.3 sends it.
 */
export interface ChatV3_3 {
    id: string;
    users: UserV3_3[];
    properties?: Properties;
    access?: Access;
    thread: ThreadV3_3;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.2 sends it.
 */
export interface ChatV3_2 {
    id: string;
    users: UserV3_2[];
    properties?: Properties;
    access?: Access;
    thread: ThreadV3_2;
}

/**
 * A chat user, told apart by `type`.
 *
 * As API 3.6–3.7 sends it.
 */
export type User = ({ type: "customer" } & Customer) | ({ type: "agent" } & Agent);

/**
 * A chat user, told apart by `type`.
 *
 * As API 3.5 sends it.
 */
export type UserV3_5 = ({ type: "customer" } & CustomerV3_3) | ({ type: "agent" } & Agent);

/**
 * A chat user, told apart by `type`.
 *
 * As API 3.4 sends it.
 */
export type UserV3_4 = ({ type: "customer" } & CustomerV3_3) | ({ type: "agent" } & AgentV3_4);

/**
 * A chat user, told apart by `type`.
 *
 * As API 3.3 sends it.
 */
export type UserV3_3 = ({ type: "customer" } & CustomerV3_3) | ({ type: "agent" } & AgentV3_2);

/**
 * A chat user, told apart by `type`.
 *
 * As API 3.2 sends it.
 */
export type UserV3_2 = ({ type: "customer" } & CustomerV3_2) | ({ type: "agent" } & AgentV3_2);

/**
 * A chat user, told apart by `type`.
 *
 * As API 3.1 sends it.
 */
export type UserV3_1 = ({ type: "customer" } & CustomerV3_1) | ({ type: "agent" } & AgentV3_1);

/**
 * An RFC 3339 date-time, kept as the string LiveChat sent (e.g. `2019-10-11T09:40:59.219001Z`).
 */
export type Timestamp = string;

/**
 * The customer's last visit to the website.
 *
 * As API 3.3–3.7 sends it.
 */
export interface Visit {
    started_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    ended_at?: Timestamp;
    referrer?: string;
    ip?: string;
    user_agent?: string;
    geolocation?: LiveChatGeolocation;
    last_pages?: VisitedPage[];
}

/**
 * The customer's last visit to the website.
 *
 * As API 3.1–3.2 sends it.
 */
export interface VisitV3_1 {
    started_at?: Timestamp;
    last_pages?: VisitedPage[];
    referrer?: string;
    ip?: string;
    user_agent?: string;
    geolocation?: LiveChatGeolocation;
}

/**
 * Where a customer is, as LiveChat located them.
 */
export interface LiveChatGeolocation {
    country?: string;
    country_code?: string;
    region?: string;
    city?: string;
    timezone?: string;
    /**
     * A decimal number as a string, where present.
     */
    latitude?: string;
    longitude?: string;
}

/**
 * A page the customer visited.
 */
export interface VisitedPage {
    opened_at: Timestamp;
    url: string;
    title?: string;
}

/**
 * Counters about a customer.
 *
 * As API 3.6–3.7 sends it.
 */
export interface Statistics {
    chats_count?: number;
    threads_count?: number;
    visits_count?: number;
    page_views_count?: number;
    greetings_shown_count?: number;
    greetings_accepted_count?: number;
    /**
     * API 3.6 and later.
     */
    tickets_count?: number;
}

/**
 * Counters about a customer.
 *
 * As API 3.1–3.5 sends it.
 */
export interface StatisticsV3_1 {
    chats_count?: number;
    threads_count?: number;
    visits_count?: number;
    page_views_count?: number;
    greetings_shown_count?: number;
    greetings_accepted_count?: number;
}

/**
 * A HelpDesk ticket of the customer (API 3.6).
 */
export interface Ticket {
    ticket_id: string;
    created_at?: Timestamp;
}

/**
 * A shopping cart of the customer (API 3.6). The docs do not say which members are always
 * there, so none is required.
 */
export interface Cart {
    store_uuid?: string;
    /**
     * `shopify`, ...
     */
    store_platform?: string;
    customer_signed_in?: boolean;
    subtotal?: Decimal;
    total?: Decimal;
    subtotal_usd?: Decimal;
    total_usd?: Decimal;
    currency?: string;
    items?: CartItem[];
    last_updated_at?: Timestamp;
}

/**
 * A number as LiveChat wrote it (a price, a quantity): integer or decimal.
 */
export type Decimal = number;

/**
 * A product in a cart. Ids exceed 32 bits (`9876543210`), still within JavaScript's exact range.
 */
export interface CartItem {
    id?: number;
    quantity?: Decimal;
    variant_id?: number;
}

/**
 * The customer's postal address (API 3.6).
 */
export interface Address {
    address?: string;
    city?: string;
    country?: string;
    state?: string;
    postal_code?: string;
}

/**
 * A customer (the Agent Chat API view, the richest). One type for every version: fields that
 * exist only in some versions say so.
 *
 * As API 3.6–3.7 sends it.
 */
export interface Customer {
    id: string;
    name?: string;
    email?: string;
    /**
     * API 3.3 and later.
     */
    email_verified?: boolean;
    avatar?: string;
    /**
     * API 3.6 and later.
     */
    phone_number?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * API 3.6 and later: identities on other channels (Messenger, Twilio...), kept as sent.
     */
    omnichannel?: Record<string, unknown>;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
     */
    session_fields?: (Record<string, string>)[];
    /**
     * API 3.6 and later.
     */
    address?: Address;
    /**
     * API 3.6 and later (was `last_visit`).
     */
    visit?: Visit;
    statistics?: Statistics;
    agent_last_event_created_at?: Timestamp;
    customer_last_event_created_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    followed?: boolean;
    /**
     * API 3.3 and later.
     */
    online?: boolean;
    /**
     * API 3.3 and later.
     */
    group_ids?: number[];
    /**
     * API 3.3 and later; an open set (`browsing` in samples).
     */
    state?: string;
    /**
     * API 3.6 and later: HelpDesk tickets.
     */
    tickets?: Ticket[];
    /**
     * API 3.6 and later: shopping carts.
     */
    carts?: Cart[];
}

/**
 * A customer (the Agent Chat API view, the richest). One type for every version: fields that
 * exist only in some versions say so.
 *
 * As API 3.3–3.5 sends it.
 */
export interface CustomerV3_3 {
    id: string;
    name?: string;
    email?: string;
    /**
     * API 3.3 and later.
     */
    email_verified?: boolean;
    avatar?: string;
    /**
     * API 3.3 and later.
     */
    online?: boolean;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    group_ids?: number[];
    /**
     * API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
     */
    session_fields?: (Record<string, string>)[];
    /**
     * Up to API 3.5; `visit` from 3.6.
     */
    last_visit?: Visit;
    /**
     * API 3.3 and later; an open set (`browsing` in samples).
     */
    state?: string;
    statistics?: StatisticsV3_1;
    agent_last_event_created_at?: Timestamp;
    customer_last_event_created_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    followed?: boolean;
}

/**
 * A customer (the Agent Chat API view, the richest). One type for every version: fields that
 * exist only in some versions say so.
 *
 * As API 3.2 sends it.
 */
export interface CustomerV3_2 {
    id: string;
    name?: string;
    email?: string;
    customer_last_event_created_at?: Timestamp;
    avatar?: string;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    statistics?: StatisticsV3_1;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    agent_last_event_created_at?: Timestamp;
    /**
     * API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
     */
    session_fields?: (Record<string, string>)[];
    /**
     * Up to API 3.5; `visit` from 3.6.
     */
    last_visit?: VisitV3_1;
}

/**
 * A customer (the Agent Chat API view, the richest). One type for every version: fields that
 * exist only in some versions say so.
 *
 * As API 3.1 sends it.
 */
export interface CustomerV3_1 {
    id: string;
    name?: string;
    email?: string;
    /**
     * API 3.1 only.
     */
    banned?: boolean;
    avatar?: string;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * API 3.1 only: unix seconds; the seen marker of the Oct-2019 traffic and the Go SDK.
     */
    last_seen_timestamp?: number;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * API 3.1 only: custom fields; absent when the chat is archived.
     */
    fields?: Record<string, string>;
    agent_last_event_created_at?: Timestamp;
    /**
     * Up to API 3.5; `visit` from 3.6.
     */
    last_visit?: VisitV3_1;
    customer_last_event_created_at?: Timestamp;
    statistics?: StatisticsV3_1;
}

/**
 * An agent's routing status (underscores; `agent_status_changed` spells it with spaces).
 */
export type RoutingStatus = "accepting_chats" | "not_accepting_chats" | "offline";

/**
 * Who sees an event or an agent (`recipients` before API 3.4).
 */
export type Visibility = "all" | "agents";

/**
 * An agent or a bot.
 *
 * As API 3.5–3.7 sends it.
 */
export interface Agent {
    /**
     * The agent's e-mail address (bots: a 32-hex id).
     */
    id: string;
    /**
     * Required in API 3.1; optional from 3.2.
     */
    name?: string;
    email?: string;
    /**
     * Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
     */
    avatar?: string;
    /**
     * In every sample; left optional as a present flag only makes sense inside a chat.
     */
    present?: boolean;
    /**
     * API 3.4 and later: who sees the agent in the chat. Required from 3.5; 3.4 preview-era
     * deliveries (LiveChat's Go SDK fixtures) leave it out.
     */
    visibility: Visibility;
    events_seen_up_to?: Timestamp;
    /**
     * Only while the agent is logged in (documented up to API 3.3; still seen later).
     */
    routing_status?: RoutingStatus;
}

/**
 * An agent or a bot.
 *
 * As API 3.4 sends it.
 */
export interface AgentV3_4 {
    /**
     * The agent's e-mail address (bots: a 32-hex id).
     */
    id: string;
    /**
     * Required in API 3.1; optional from 3.2.
     */
    name?: string;
    email?: string;
    /**
     * Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
     */
    avatar?: string;
    /**
     * In every sample; left optional as a present flag only makes sense inside a chat.
     */
    present?: boolean;
    /**
     * API 3.4 and later: who sees the agent in the chat. Required from 3.5; 3.4 preview-era
     * deliveries (LiveChat's Go SDK fixtures) leave it out.
     */
    visibility?: Visibility;
    events_seen_up_to?: Timestamp;
    /**
     * Only while the agent is logged in (documented up to API 3.3; still seen later).
     */
    routing_status?: RoutingStatus;
}

/**
 * An agent or a bot.
 *
 * As API 3.2–3.3 sends it.
 */
export interface AgentV3_2 {
    /**
     * The agent's e-mail address (bots: a 32-hex id).
     */
    id: string;
    /**
     * Required in API 3.1; optional from 3.2.
     */
    name?: string;
    email?: string;
    /**
     * Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
     */
    avatar?: string;
    /**
     * In every sample; left optional as a present flag only makes sense inside a chat.
     */
    present?: boolean;
    /**
     * Only while the agent is logged in (documented up to API 3.3; still seen later).
     */
    routing_status?: RoutingStatus;
    events_seen_up_to?: Timestamp;
}

/**
 * An agent or a bot.
 *
 * As API 3.1 sends it.
 */
export interface AgentV3_1 {
    /**
     * The agent's e-mail address (bots: a 32-hex id).
     */
    id: string;
    /**
     * Required in API 3.1; optional from 3.2.
     */
    name: string;
    email?: string;
    /**
     * Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
     */
    avatar?: string;
    /**
     * In every sample; left optional as a present flag only makes sense inside a chat.
     */
    present?: boolean;
    last_seen_timestamp?: number;
    events_seen_up_to?: Timestamp;
    /**
     * Only while the agent is logged in (documented up to API 3.3; still seen later).
     */
    routing_status?: RoutingStatus;
}

/**
 * Properties: namespace → property name → value.
 */
export type Properties = Record<string, Record<string, PropertyValue>>;

/**
 * A property value: a bare scalar, or wrapped as `{"value": scalar}` (both appear in API 3.1).
 */
export type PropertyValue = Scalar | WrappedValue;

/**
 * A JSON scalar as property values carry them.
 */
export type Scalar = boolean | number | number | string;

/**
 * `{"value": scalar}`, the wrapped property shape of the 3.1 data-structure pages.
 */
export interface WrappedValue {
    value: Scalar;
}

/**
 * Which agent groups can see a chat; group 0 means every agent.
 */
export interface Access {
    group_ids: number[];
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.6–3.7 sends it.
 */
export interface Thread {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: ThreadEvent[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    previous_accessible_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    next_accessible_thread_id?: string;
    /**
     * API 3.6 and later: where the customer came from.
     */
    customer_visit?: CustomerVisit;
    /**
     * API 3.6 and later: the AI summary of the thread.
     */
    summary?: ThreadSummary;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.5 sends it.
 */
export interface ThreadV3_5 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: ThreadEventV3_5[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    previous_accessible_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    next_accessible_thread_id?: string;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.4 sends it.
 */
export interface ThreadV3_4 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: ThreadEventV3_4[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    previous_accessible_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    next_accessible_thread_id?: string;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.3 sends it.
 */
export interface ThreadV3_3 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: ThreadEventV3_3[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.2 sends it.
 */
export interface ThreadV3_2 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: ThreadEventV3_2[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
}

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.6–3.7 sends it.
 */
export type ThreadEvent = LiveChatEvent | DeletedEvent;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.5 sends it.
 */
export type ThreadEventV3_5 = LiveChatEventV3_5;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.4 sends it.
 */
export type ThreadEventV3_4 = LiveChatEventV3_4;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.3 sends it.
 */
export type ThreadEventV3_3 = LiveChatEventV3_3;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.2 sends it.
 */
export type ThreadEventV3_2 = LiveChatEventV3_2;

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.6–3.7 sends it.
 */
export type LiveChatEvent = ({ type: "message" } & LiveChatMessageEvent) | ({ type: "file" } & FileEvent) | ({ type: "filled_form" } & FilledFormEvent) | ({ type: "form" } & FormEvent) | ({ type: "rich_message" } & RichMessageEvent) | ({ type: "custom" } & LiveChatCustomEvent) | ({ type: "system_message" } & SystemMessageEvent) | ({ type: "system" } & SystemEvent);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.5 sends it.
 */
export type LiveChatEventV3_5 = ({ type: "message" } & LiveChatMessageEventV3_5) | ({ type: "file" } & FileEventV3_5) | ({ type: "filled_form" } & FilledFormEventV3_5) | ({ type: "form" } & FormEventV3_5) | ({ type: "rich_message" } & RichMessageEventV3_5) | ({ type: "custom" } & LiveChatCustomEventV3_5) | ({ type: "system_message" } & SystemMessageEventV3_5);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.4 sends it.
 */
export type LiveChatEventV3_4 = ({ type: "message" } & LiveChatMessageEventV3_4) | ({ type: "file" } & FileEventV3_4) | ({ type: "filled_form" } & FilledFormEventV3_4) | ({ type: "form" } & FormEventV3_4) | ({ type: "rich_message" } & RichMessageEventV3_4) | ({ type: "custom" } & LiveChatCustomEventV3_4) | ({ type: "system_message" } & SystemMessageEventV3_4);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.3 sends it.
 */
export type LiveChatEventV3_3 = ({ type: "message" } & LiveChatMessageEventV3_2) | ({ type: "file" } & FileEventV3_3) | ({ type: "filled_form" } & FilledFormEventV3_3) | ({ type: "form" } & FormEventV3_3) | ({ type: "rich_message" } & RichMessageEventV3_3) | ({ type: "custom" } & LiveChatCustomEventV3_2) | ({ type: "system_message" } & SystemMessageEventV3_2);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.2 sends it.
 */
export type LiveChatEventV3_2 = ({ type: "message" } & LiveChatMessageEventV3_2) | ({ type: "file" } & FileEventV3_2) | ({ type: "filled_form" } & FilledFormEventV3_2) | ({ type: "rich_message" } & RichMessageEventV3_2) | ({ type: "custom" } & LiveChatCustomEventV3_2) | ({ type: "system_message" } & SystemMessageEventV3_2);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.1 sends it.
 */
export type LiveChatEventV3_1 = ({ type: "message" } & LiveChatMessageEventV3_1) | ({ type: "file" } & FileEventV3_1) | ({ type: "filled_form" } & FilledFormEventV3_1) | ({ type: "rich_message" } & RichMessageEventV3_1) | ({ type: "custom" } & LiveChatCustomEventV3_1) | ({ type: "system_message" } & SystemMessageEventV3_1);

/**
 * Who sees an event.
 */
export type Recipients = "all" | "agents";

/**
 * The rich-message button a message answers.
 *
 * As API 3.6–3.7 sends it.
 */
export interface MessagePostback {
    id: string;
    thread_id: string;
    event_id: string;
    type?: string;
    value?: string;
    /**
     * API 3.6 and later: the product chosen with an e-commerce button.
     */
    ecommerce?: EcommercePostback;
}

/**
 * The rich-message button a message answers.
 *
 * As API 3.1–3.5 sends it.
 */
export interface MessagePostbackV3_1 {
    id: string;
    thread_id: string;
    event_id: string;
    type?: string;
    value?: string;
}

/**
 * The product of an e-commerce postback (API 3.6).
 */
export interface EcommercePostback {
    product_id: string;
    option_id?: string;
    quantity?: Decimal;
}

/**
 * A text message.
 *
 * As API 3.6–3.7 sends it.
 */
export interface LiveChatMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostback;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    author_id: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
}

/**
 * A text message.
 *
 * As API 3.5 sends it.
 */
export interface LiveChatMessageEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostbackV3_1;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    author_id: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
}

/**
 * A text message.
 *
 * As API 3.4 sends it.
 */
export interface LiveChatMessageEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostbackV3_1;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * A text message.
 *
 * As API 3.2–3.3 sends it.
 */
export interface LiveChatMessageEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostbackV3_1;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    author_id: string;
    properties?: Properties;
}

/**
 * A text message.
 *
 * As API 3.1 sends it.
 */
export interface LiveChatMessageEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostbackV3_1;
    properties?: Properties;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    author_id: string;
}

/**
 * A file sent in the chat.
 *
 * As API 3.6–3.7 sends it.
 */
export interface FileEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * API 3.3 and later, images only.
     */
    alternative_text?: string;
    thumbnail2x_url?: string;
    thumbnail_url?: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
    height?: number;
}

/**
 * A file sent in the chat.
 *
 * As API 3.5 sends it.
 */
export interface FileEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * API 3.3 and later, images only.
     */
    alternative_text?: string;
    thumbnail2x_url?: string;
    thumbnail_url?: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    height?: number;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
}

/**
 * A file sent in the chat.
 *
 * As API 3.4 sends it.
 */
export interface FileEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * API 3.3 and later, images only.
     */
    alternative_text?: string;
    thumbnail2x_url?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    thumbnail_url?: string;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
    height?: number;
}

/**
 * A file sent in the chat.
 *
 * As API 3.3 sends it.
 */
export interface FileEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * API 3.3 and later, images only.
     */
    alternative_text?: string;
    thumbnail2x_url?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    thumbnail_url?: string;
    properties?: Properties;
    height?: number;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
}

/**
 * A file sent in the chat.
 *
 * As API 3.2 sends it.
 */
export interface FileEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    width?: number;
    thumbnail2x_url?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    thumbnail_url?: string;
    properties?: Properties;
    height?: number;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
}

/**
 * A file sent in the chat.
 *
 * As API 3.1 sends it.
 */
export interface FileEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    thumbnail_url?: string;
    properties?: Properties;
    thumbnail2x_url?: string;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
    height?: number;
}

/**
 * A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
 * traffic (`value`, no `id`).
 *
 * As API 3.3–3.7 sends it.
 */
export type FormField = ObservedFormField | DocumentedFormField;

/**
 * A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
 * traffic (`value`, no `id`).
 *
 * As API 3.1–3.2 sends it.
 */
export type FormFieldV3_1 = ObservedFormFieldV3_1 | DocumentedFormFieldV3_1;

/**
 * A filled form field in the shape seen in captured traffic (`value`, no `id`).
 *
 * As API 3.3–3.7 sends it.
 */
export interface ObservedFormField {
    type: FormFieldType;
    id?: string;
    label: string;
    value: string;
}

/**
 * A filled form field in the shape seen in captured traffic (`value`, no `id`).
 *
 * As API 3.1–3.2 sends it.
 */
export interface ObservedFormFieldV3_1 {
    type: FormFieldTypeV3_1;
    id?: string;
    label: string;
    value: string;
}

/**
 * The kind of a form field.
 *
 * As API 3.3–3.7 sends it.
 */
export type FormFieldType = "name" | "email" | "question" | "textarea" | "radio" | "select" | "checkbox" | "group_chooser" | "subject";

/**
 * The kind of a form field.
 *
 * As API 3.1–3.2 sends it.
 */
export type FormFieldTypeV3_1 = "name" | "email" | "question" | "textarea" | "radio" | "select" | "checkbox" | "group_chooser";

/**
 * A filled form field in the shape LiveChat's reference documents.
 *
 * As API 3.3–3.7 sends it.
 */
export interface DocumentedFormField {
    type: FormFieldType;
    id: string;
    label: string;
    /**
     * Text for name/email/question/textarea; a choice for radio/select/group_chooser.
     */
    answer?: FormAnswer;
    /**
     * The choices of a checkbox field.
     */
    answers?: ChoiceAnswer[];
}

/**
 * A filled form field in the shape LiveChat's reference documents.
 *
 * As API 3.1–3.2 sends it.
 */
export interface DocumentedFormFieldV3_1 {
    type: FormFieldTypeV3_1;
    id: string;
    label: string;
    /**
     * Text for name/email/question/textarea; a choice for radio/select/group_chooser.
     */
    answer?: FormAnswer;
    /**
     * The choices of a checkbox field.
     */
    answers?: ChoiceAnswer[];
}

/**
 * A single answer: text, a choice, or a chosen group.
 */
export type FormAnswer = string | GroupAnswer | ChoiceAnswer;

/**
 * The answer of a `group_chooser` form field: the group picked.
 */
export interface GroupAnswer {
    /**
     * A string in one documentation sample, a number in another.
     */
    id?: StringOrInt;
    group_id: number;
    label: string;
}

/**
 * An id LiveChat writes as a string in one sample and as a number in another.
 */
export type StringOrInt = string | number;

/**
 * An answer picked from a form field's options.
 */
export interface ChoiceAnswer {
    id: string;
    label: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.6–3.7 sends it.
 */
export interface FilledFormEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormField[];
    /**
     * API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
     */
    form_type?: string;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.5 sends it.
 */
export interface FilledFormEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormField[];
    /**
     * API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
     */
    form_type?: string;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.4 sends it.
 */
export interface FilledFormEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormField[];
    /**
     * API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
     */
    form_type?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    author_id: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.3 sends it.
 */
export interface FilledFormEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormField[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    properties?: Properties;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.2 sends it.
 */
export interface FilledFormEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormFieldV3_1[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    properties?: Properties;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.1 sends it.
 */
export interface FilledFormEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    fields: FormFieldV3_1[];
    properties?: Properties;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    author_id: string;
}

/**
 * A field of a `form` event: what is asked, not yet answered.
 *
 * As API 3.3–3.7 sends it.
 */
export interface FormDefinitionField {
    type: FormFieldType;
    id: string;
    label: string;
    required?: boolean;
    /**
     * The choices of a radio, select or checkbox field.
     */
    options?: ChoiceAnswer[];
}

/**
 * A field of a `form` event: what is asked, not yet answered.
 *
 * As API 3.1–3.2 sends it.
 */
export interface FormDefinitionFieldV3_1 {
    type: FormFieldTypeV3_1;
    id: string;
    label: string;
    required?: boolean;
    /**
     * The choices of a radio, select or checkbox field.
     */
    options?: ChoiceAnswer[];
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.6–3.7 sends it.
 */
export interface FormEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormDefinitionField[];
    /**
     * API 3.4 and later.
     */
    form_type?: string;
    form_id: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.5 sends it.
 */
export interface FormEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormDefinitionField[];
    /**
     * API 3.4 and later.
     */
    form_type?: string;
    form_id: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.4 sends it.
 */
export interface FormEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormDefinitionField[];
    /**
     * API 3.4 and later.
     */
    form_type?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    form_id: string;
    author_id: string;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.3 sends it.
 */
export interface FormEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormDefinitionField[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    form_id: string;
    properties?: Properties;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.2 sends it.
 */
export interface FormEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: FormDefinitionFieldV3_1[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    form_id: string;
    properties?: Properties;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.1 sends it.
 */
export interface FormEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    fields: FormDefinitionFieldV3_1[];
    properties?: Properties;
    form_id: string;
    author_id: string;
}

/**
 * The layout of a rich message.
 *
 * As API 3.6–3.7 sends it.
 */
export type TemplateId = "cards" | "sticker" | "quick_replies" | "ecommerce";

/**
 * The layout of a rich message.
 *
 * As API 3.1–3.5 sends it.
 */
export type TemplateIdV3_1 = "cards" | "sticker" | "quick_replies";

/**
 * One card of a rich message.
 *
 * As API 3.6–3.7 sends it.
 */
export interface RichMessageElement {
    title?: string;
    subtitle?: string;
    image?: RichMessageImage;
    buttons?: RichMessageButton[];
    /**
     * API 3.6 and later, with the `ecommerce` template: the product shown.
     */
    ecommerce?: EcommerceElement;
}

/**
 * One card of a rich message.
 *
 * As API 3.3–3.5 sends it.
 */
export interface RichMessageElementV3_3 {
    title?: string;
    subtitle?: string;
    image?: RichMessageImage;
    buttons?: RichMessageButton[];
}

/**
 * One card of a rich message.
 *
 * As API 3.1–3.2 sends it.
 */
export interface RichMessageElementV3_1 {
    title?: string;
    subtitle?: string;
    image?: RichMessageImageV3_1;
    buttons?: RichMessageButtonV3_1[];
}

/**
 * The image of a rich-message element.
 *
 * As API 3.3–3.7 sends it.
 */
export interface RichMessageImage {
    url: string;
    name?: string;
    content_type?: string;
    size?: number;
    width?: number;
    height?: number;
    /**
     * API 3.3 and later.
     */
    alternative_text?: string;
}

/**
 * The image of a rich-message element.
 *
 * As API 3.1–3.2 sends it.
 */
export interface RichMessageImageV3_1 {
    url: string;
    name?: string;
    content_type?: string;
    size?: number;
    width?: number;
    height?: number;
}

/**
 * A button of a rich-message element.
 *
 * As API 3.3–3.7 sends it.
 */
export interface RichMessageButton {
    text: string;
    /**
     * Plain buttons in doc samples leave it out.
     */
    type?: ButtonType;
    value?: string;
    webview_height?: WebviewHeight;
    /**
     * Several buttons may share one postback id.
     */
    postback_id: string;
    /**
     * Users who toggled this button's postback on.
     */
    user_ids: string[];
    /**
     * API 3.3 and later, for `url` buttons: where the link opens.
     */
    target?: ButtonTarget;
}

/**
 * A button of a rich-message element.
 *
 * As API 3.1–3.2 sends it.
 */
export interface RichMessageButtonV3_1 {
    text: string;
    /**
     * Plain buttons in doc samples leave it out.
     */
    type?: ButtonTypeV3_1;
    value?: string;
    webview_height?: WebviewHeight;
    /**
     * Several buttons may share one postback id.
     */
    postback_id: string;
    /**
     * Users who toggled this button's postback on.
     */
    user_ids: string[];
}

/**
 * What a rich-message button does.
 *
 * As API 3.3–3.7 sends it.
 */
export type ButtonType = "webview" | "message" | "url" | "phone" | "cancel";

/**
 * What a rich-message button does.
 *
 * As API 3.1–3.2 sends it.
 */
export type ButtonTypeV3_1 = "webview" | "message" | "url" | "phone";

/**
 * The height of the webview a rich-message button opens.
 */
export type WebviewHeight = "compact" | "tall" | "full";

/**
 * Where a rich-message button's URL opens (API 3.3).
 */
export type ButtonTarget = "new" | "current";

/**
 * A product in an `ecommerce` rich message (API 3.6).
 */
export interface EcommerceElement {
    view_type: EcommerceViewType;
    product_id: string;
    label?: string;
    options?: EcommerceOption[];
    addons?: EcommerceAddon[];
}

/**
 * How an `ecommerce` rich-message element is shown (API 3.6).
 */
export type EcommerceViewType = "tags" | "swatch" | "images" | "select";

/**
 * A variant of a product. Prices are strings, as LiveChat sends them.
 */
export interface EcommerceOption {
    option_id: string;
    label: string;
    price?: string;
    regular_price?: string;
    currency?: string;
    color?: string;
    image_url?: string;
    image_thumbnail_url?: string;
    available?: boolean;
    selected?: boolean;
}

/**
 * An add-on of an `ecommerce` rich-message element (API 3.6).
 */
export interface EcommerceAddon {
    addon_type: string;
    range_from?: string;
    range_to?: string;
    currency?: string;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.6–3.7 sends it.
 */
export interface RichMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElement[];
    template_id: TemplateId;
    author_id: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.5 sends it.
 */
export interface RichMessageEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_3[];
    template_id: TemplateIdV3_1;
    author_id: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.4 sends it.
 */
export interface RichMessageEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_3[];
    template_id: TemplateIdV3_1;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.3 sends it.
 */
export interface RichMessageEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_3[];
    template_id: TemplateIdV3_1;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    author_id: string;
    properties?: Properties;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.2 sends it.
 */
export interface RichMessageEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_1[];
    template_id: TemplateIdV3_1;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    author_id: string;
    properties?: Properties;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.1 sends it.
 */
export interface RichMessageEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_1[];
    properties?: Properties;
    template_id: TemplateIdV3_1;
    author_id: string;
}

/**
 * An application-defined event.
 *
 * As API 3.6–3.7 sends it.
 */
export interface LiveChatCustomEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    content?: Record<string, unknown>;
    author_id: string;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
    properties?: Properties;
}

/**
 * An application-defined event.
 *
 * As API 3.5 sends it.
 */
export interface LiveChatCustomEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    content?: Record<string, unknown>;
    author_id: string;
    properties?: Properties;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility: Visibility;
}

/**
 * An application-defined event.
 *
 * As API 3.4 sends it.
 */
export interface LiveChatCustomEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    content?: Record<string, unknown>;
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
}

/**
 * An application-defined event.
 *
 * As API 3.2–3.3 sends it.
 */
export interface LiveChatCustomEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    content?: Record<string, unknown>;
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    properties?: Properties;
}

/**
 * An application-defined event.
 *
 * As API 3.1 sends it.
 */
export interface LiveChatCustomEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients: Recipients;
    content?: Record<string, unknown>;
    properties?: Properties;
    author_id: string;
}

/**
 * A message from the system (routing, ratings, transcripts...). It has no author.
 *
 * As API 3.6–3.7 sends it.
 */
export interface SystemMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    text_vars?: Record<string, string>;
    text?: string;
    /**
     * An open set: the docs list many values and samples use others (`routing.assigned`).
     */
    system_message_type: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    /**
     * System messages have no author.
     */
    author_id?: string;
}

/**
 * A message from the system (routing, ratings, transcripts...). It has no author.
 *
 * As API 3.5 sends it.
 */
export interface SystemMessageEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    text_vars?: Record<string, string>;
    text?: string;
    /**
     * An open set: the docs list many values and samples use others (`routing.assigned`).
     */
    system_message_type: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * System messages have no author.
     */
    author_id?: string;
}

/**
 * A message from the system (routing, ratings, transcripts...). It has no author.
 *
 * As API 3.4 sends it.
 */
export interface SystemMessageEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    text_vars?: Record<string, string>;
    text?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * An open set: the docs list many values and samples use others (`routing.assigned`).
     */
    system_message_type: string;
    /**
     * System messages have no author.
     */
    author_id?: string;
}

/**
 * A message from the system (routing, ratings, transcripts...). It has no author.
 *
 * As API 3.2–3.3 sends it.
 */
export interface SystemMessageEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    text_vars?: Record<string, string>;
    text?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * An open set: the docs list many values and samples use others (`routing.assigned`).
     */
    system_message_type: string;
    properties?: Properties;
    /**
     * System messages have no author.
     */
    author_id?: string;
}

/**
 * A message from the system (routing, ratings, transcripts...). It has no author.
 *
 * As API 3.1 sends it.
 */
export interface SystemMessageEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    text_vars?: Record<string, string>;
    properties?: Properties;
    text?: string;
    /**
     * System messages have no author.
     */
    author_id?: string;
    /**
     * An open set: the docs list many values and samples use others (`routing.assigned`).
     */
    system_message_type: string;
}

/**
 * An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
 * summary. It has no author.
 *
 * As API 3.6–3.7 sends it.
 */
export interface SystemEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * A JSON document, serialised into a string.
     */
    details: string;
    /**
     * The schema version of `details`.
     */
    version: number;
    /**
     * `custom_skill_started`, `store_order_was_created`, `summary`, ...
     */
    subtype: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    /**
     * `ai_agents`, `cdp`, `messaging`, ...
     */
    source: string;
}

/**
 * An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
 * summary. It has no author.
 *
 * As API 3.5 sends it.
 */
export interface SystemEventV3_5 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * A JSON document, serialised into a string.
     */
    details: string;
    /**
     * The schema version of `details`.
     */
    version: number;
    /**
     * `custom_skill_started`, `store_order_was_created`, `summary`, ...
     */
    subtype: string;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * `ai_agents`, `cdp`, `messaging`, ...
     */
    source: string;
}

/**
 * An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
 * summary. It has no author.
 *
 * As API 3.4 sends it.
 */
export interface SystemEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * A JSON document, serialised into a string.
     */
    details: string;
    /**
     * The schema version of `details`.
     */
    version: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * `custom_skill_started`, `store_order_was_created`, `summary`, ...
     */
    subtype: string;
    /**
     * `ai_agents`, `cdp`, `messaging`, ...
     */
    source: string;
}

/**
 * An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
 * summary. It has no author.
 *
 * As API 3.2–3.3 sends it.
 */
export interface SystemEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * A JSON document, serialised into a string.
     */
    details: string;
    /**
     * The schema version of `details`.
     */
    version: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * `custom_skill_started`, `store_order_was_created`, `summary`, ...
     */
    subtype: string;
    properties?: Properties;
    /**
     * `ai_agents`, `cdp`, `messaging`, ...
     */
    source: string;
}

/**
 * An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
 * summary. It has no author.
 *
 * As API 3.1 sends it.
 */
export interface SystemEventV3_1 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at?: Timestamp;
    /**
     * API 3.1, seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * API 3.1, seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * A JSON document, serialised into a string.
     */
    details: string;
    properties?: Properties;
    /**
     * The schema version of `details`.
     */
    version: number;
    /**
     * `ai_agents`, `cdp`, `messaging`, ...
     */
    source: string;
    /**
     * `custom_skill_started`, `store_order_was_created`, `summary`, ...
     */
    subtype: string;
}

/**
 * What is left of a deleted event (API 3.6): shown to agents who may not see its content.
 */
export interface DeletedEvent {
    id: string;
    type: "message" | "file" | "filled_form" | "form" | "rich_message" | "custom";
    created_at: Timestamp;
    deleted: true;
    visibility?: Visibility;
    author_id?: string;
    custom_id?: string;
}

/**
 * A queued chat's place in the queue.
 */
export interface Queue {
    position: number;
    /**
     * Approximate seconds.
     */
    wait_time: number;
    queued_at?: Timestamp;
}

/**
 * The visit that started the thread (API 3.6).
 */
export interface CustomerVisit {
    ip?: string;
    user_agent?: string;
    geolocation?: LiveChatGeolocation;
}

/**
 * An AI summary of a thread (API 3.6).
 */
export interface ThreadSummary {
    /**
     * `ok` or `error` in the system-activity reference; kept open.
     */
    status: string;
    /**
     * May hold newlines and bullets.
     */
    text: string;
    updated_at: Timestamp;
}

/**
 * A range of transferred-to targets: groups, agents, or both.
 */
export interface TransferTarget {
    group_ids?: number[];
    agent_ids?: string[];
}

/**
 * Extras requested at registration (`additional_data` of `register_webhook`).
 *
 * As API 3.3–3.7 sends it.
 */
export interface AdditionalData {
    chat_properties?: Properties;
    /**
     * API 3.3 and later: the users present in the chat.
     */
    chat_presence_user_ids?: string[];
}

/**
 * Extras requested at registration (`additional_data` of `register_webhook`).
 *
 * As API 3.2 sends it.
 */
export interface AdditionalDataV3_2 {
    chat_properties?: Properties;
}

/**
 * Extras requested at registration (`additional_data` of `register_webhook`).
 *
 * As API 3.1 sends it.
 */
export interface AdditionalDataV3_1 {
    chat_properties?: Properties;
    /**
     * API 3.1, for `chat_user_added`.
     */
    thread_id?: string;
    /**
     * API 3.1, for `incoming_event` and `chat_user_added`.
     */
    access?: Access;
}

/**
 * `chat_deactivated` (API 3.2+) and `thread_closed` (3.1).
 */
export interface ChatDeactivatedPayload {
    chat_id: string;
    thread_id: string;
    /**
     * Absent when the router closed the thread.
     */
    user_id?: string;
}

/**
 * `chat_access_granted`, `chat_access_revoked` (API 3.2–3.3) and `chat_access_updated`
 * (3.4+): the groups added, removed, or the resulting access.
 */
export interface ChatAccessPayload {
    /**
     * The chat's id.
     */
    id: string;
    access: Access;
}

/**
 * `chat_transferred` (API 3.3+).
 *
 * As API 3.6–3.7 sends it.
 */
export interface ChatTransferredPayload {
    chat_id: string;
    /**
     * Present when the chat is active.
     */
    thread_id?: string;
    /**
     * Who transferred it, for manual transfers.
     */
    requester_id?: string;
    /**
     * Required from API 3.3, the first with this webhook; the API 3.2 push and every Customer
     * Chat API push leave it out (`livechat-rtm-pushes.md` §3).
     */
    reason: TransferReason;
    transferred_to: TransferTarget;
    /**
     * Present when the chat waits in a queue after the transfer.
     */
    queue?: TransferQueue;
}

/**
 * `chat_transferred` (API 3.3+).
 *
 * As API 3.3–3.5 sends it.
 */
export interface ChatTransferredPayloadV3_3 {
    chat_id: string;
    /**
     * Present when the chat is active.
     */
    thread_id?: string;
    /**
     * Who transferred it, for manual transfers.
     */
    requester_id?: string;
    /**
     * Required from API 3.3, the first with this webhook; the API 3.2 push and every Customer
     * Chat API push leave it out (`livechat-rtm-pushes.md` §3).
     */
    reason: TransferReason;
    transferred_to: TransferTarget;
    /**
     * Present when the chat waits in a queue after the transfer.
     */
    queue?: TransferQueueV3_3;
}

/**
 * `chat_transferred` (API 3.3+).
 *
 * As API 3.2 sends it.
 */
export interface ChatTransferredPayloadV3_2 {
    chat_id: string;
    /**
     * Present when the chat is active.
     */
    thread_id?: string;
    /**
     * Who transferred it, for manual transfers.
     */
    requester_id?: string;
    /**
     * Required from API 3.3, the first with this webhook; the API 3.2 push and every Customer
     * Chat API push leave it out (`livechat-rtm-pushes.md` §3).
     */
    reason?: TransferReason;
    transferred_to: TransferTarget;
    /**
     * Present when the chat waits in a queue after the transfer.
     */
    queue?: TransferQueueV3_2;
}

/**
 * Why a chat was transferred.
 */
export type TransferReason = "manual" | "inactive" | "assigned" | "unassigned" | "other";

/**
 * The queue a transferred chat waits in. Its timestamp is `queued_at`, except on the API 3.3–3.5
 * reference pages, which LiveChat changed to `queued_at_us` in 2023 while 3.6 was a preview;
 * pushes and SDKs kept `queued_at`, and no changelog renames it back for 3.6. Real traffic may
 * carry either, so 3.3 and later accept either (one of them must be there); from 3.6, which
 * documents `queued_at`, `queued_at_us` comes with a warning. API 3.2 (a push only) has
 * `queued_at`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface TransferQueue {
    position: number;
    /**
     * Approximate seconds.
     */
    wait_time: number;
    queued_at?: Timestamp;
    /**
     * The API 3.3–3.5 reference pages' spelling; accepted with a warning from 3.6.
     * @deprecated accepted with a warning in this version.
     */
    queued_at_us?: Timestamp;
}

/**
 * The queue a transferred chat waits in. Its timestamp is `queued_at`, except on the API 3.3–3.5
 * reference pages, which LiveChat changed to `queued_at_us` in 2023 while 3.6 was a preview;
 * pushes and SDKs kept `queued_at`, and no changelog renames it back for 3.6. Real traffic may
 * carry either, so 3.3 and later accept either (one of them must be there); from 3.6, which
 * documents `queued_at`, `queued_at_us` comes with a warning. API 3.2 (a push only) has
 * `queued_at`.
 *
 * As API 3.3–3.5 sends it.
 */
export interface TransferQueueV3_3 {
    position: number;
    /**
     * Approximate seconds.
     */
    wait_time: number;
    queued_at?: Timestamp;
    /**
     * The API 3.3–3.5 reference pages' spelling; accepted with a warning from 3.6.
     */
    queued_at_us?: Timestamp;
}

/**
 * The queue a transferred chat waits in. Its timestamp is `queued_at`, except on the API 3.3–3.5
 * reference pages, which LiveChat changed to `queued_at_us` in 2023 while 3.6 was a preview;
 * pushes and SDKs kept `queued_at`, and no changelog renames it back for 3.6. Real traffic may
 * carry either, so 3.3 and later accept either (one of them must be there); from 3.6, which
 * documents `queued_at`, `queued_at_us` comes with a warning. API 3.2 (a push only) has
 * `queued_at`.
 *
 * As API 3.2 sends it.
 */
export interface TransferQueueV3_2 {
    position: number;
    /**
     * Approximate seconds.
     */
    wait_time: number;
    queued_at?: Timestamp;
}

/**
 * `user_added_to_chat` (API 3.2+).
 *
 * As API 3.6–3.7 sends it.
 */
export interface UserAddedToChatPayload {
    chat_id: string;
    /**
     * Present when the user joined an active chat.
     */
    thread_id?: string;
    /**
     * May say `present: false` when the user wrote without joining.
     */
    user: User;
    /**
     * `manual` in samples; not a documented closed set.
     */
    reason: string;
    /**
     * Present when an agent did it.
     */
    requester_id?: string;
    /**
     * In the payload tables, in no sample: when present it must agree with `user.type`.
     */
    user_type?: UserType;
}

/**
 * `user_added_to_chat` (API 3.2+).
 *
 * As API 3.5 sends it.
 */
export interface UserAddedToChatPayloadV3_5 {
    chat_id: string;
    /**
     * Present when the user joined an active chat.
     */
    thread_id?: string;
    /**
     * May say `present: false` when the user wrote without joining.
     */
    user: UserV3_5;
    /**
     * `manual` in samples; not a documented closed set.
     */
    reason: string;
    /**
     * Present when an agent did it.
     */
    requester_id?: string;
    /**
     * In the payload tables, in no sample: when present it must agree with `user.type`.
     */
    user_type?: UserType;
}

/**
 * `user_added_to_chat` (API 3.2+).
 *
 * As API 3.4 sends it.
 */
export interface UserAddedToChatPayloadV3_4 {
    chat_id: string;
    /**
     * Present when the user joined an active chat.
     */
    thread_id?: string;
    /**
     * May say `present: false` when the user wrote without joining.
     */
    user: UserV3_4;
    /**
     * `manual` in samples; not a documented closed set.
     */
    reason: string;
    /**
     * Present when an agent did it.
     */
    requester_id?: string;
    /**
     * In the payload tables, in no sample: when present it must agree with `user.type`.
     */
    user_type?: UserType;
}

/**
 * `user_added_to_chat` (API 3.2+).
 *
 * As API 3.3 sends it.
 */
export interface UserAddedToChatPayloadV3_3 {
    chat_id: string;
    /**
     * Present when the user joined an active chat.
     */
    thread_id?: string;
    /**
     * May say `present: false` when the user wrote without joining.
     */
    user: UserV3_3;
    /**
     * `manual` in samples; not a documented closed set.
     */
    reason: string;
    /**
     * Present when an agent did it.
     */
    requester_id?: string;
    /**
     * In the payload tables, in no sample: when present it must agree with `user.type`.
     */
    user_type?: UserType;
}

/**
 * `user_added_to_chat` (API 3.2+).
 *
 * As API 3.2 sends it.
 */
export interface UserAddedToChatPayloadV3_2 {
    chat_id: string;
    /**
     * Present when the user joined an active chat.
     */
    thread_id?: string;
    /**
     * May say `present: false` when the user wrote without joining.
     */
    user: UserV3_2;
    /**
     * `manual` in samples; not a documented closed set.
     */
    reason: string;
    /**
     * Present when an agent did it.
     */
    requester_id?: string;
    /**
     * In the payload tables, in no sample: when present it must agree with `user.type`.
     */
    user_type?: UserType;
}

/**
 * The kind of user a payload is about.
 */
export type UserType = "agent" | "customer";

/**
 * `user_removed_from_chat` (API 3.2+).
 */
export interface UserRemovedFromChatPayload {
    chat_id: string;
    /**
     * Present when the user left an active chat.
     */
    thread_id?: string;
    user_id: string;
    reason: string;
    requester_id?: string;
    user_type?: UserType;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface EventPayload {
    chat_id: string;
    thread_id: string;
    event: ThreadEvent;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.5 sends it.
 */
export interface EventPayloadV3_5 {
    chat_id: string;
    thread_id: string;
    event: ThreadEventV3_5;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.4 sends it.
 */
export interface EventPayloadV3_4 {
    chat_id: string;
    thread_id: string;
    event: ThreadEventV3_4;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.3 sends it.
 */
export interface EventPayloadV3_3 {
    chat_id: string;
    thread_id: string;
    event: ThreadEventV3_3;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.2 sends it.
 */
export interface EventPayloadV3_2 {
    chat_id: string;
    thread_id: string;
    event: ThreadEventV3_2;
}

/**
 * `event_deleted` (API 3.6+).
 */
export interface EventDeletedPayload {
    chat_id: string;
    thread_id: string;
    event_id: string;
}

/**
 * `incoming_rich_message_postback`: a user pressed a rich-message button.
 *
 * As API 3.6–3.7 sends it.
 */
export interface IncomingRichMessagePostbackPayload {
    user_id: string;
    chat_id: string;
    thread_id: string;
    event_id: string;
    postback: Postback;
}

/**
 * `incoming_rich_message_postback`: a user pressed a rich-message button.
 *
 * As API 3.1–3.5 sends it.
 */
export interface IncomingRichMessagePostbackPayloadV3_1 {
    user_id: string;
    chat_id: string;
    thread_id: string;
    event_id: string;
    postback: PostbackV3_1;
}

/**
 * The button clicked: its `postback_id`, whether it is now toggled on, and (API 3.6) what it
 * was.
 *
 * As API 3.6–3.7 sends it.
 */
export interface Postback {
    id: string;
    toggled: boolean;
    /**
     * API 3.6 and later: `url`, `postback`, ... (an open set).
     */
    button_type?: string;
    /**
     * API 3.6 and later.
     */
    button_value?: string;
    /**
     * API 3.6 and later: the product chosen with an e-commerce button.
     */
    ecommerce?: EcommercePostback;
}

/**
 * The button clicked: its `postback_id`, whether it is now toggled on, and (API 3.6) what it
 * was.
 *
 * As API 3.1–3.5 sends it.
 */
export interface PostbackV3_1 {
    id: string;
    toggled: boolean;
}

/**
 * `chat_properties_updated`: properties set on a chat.
 */
export interface ChatPropertiesUpdatedPayload {
    chat_id: string;
    properties: Properties;
}

/**
 * `chat_properties_deleted`: properties removed from a chat.
 */
export interface ChatPropertiesDeletedPayload {
    chat_id: string;
    properties: DeletedProperties;
}

/**
 * Deleted properties: namespace → names of the deleted properties.
 */
export type DeletedProperties = Record<string, string[]>;

/**
 * `thread_properties_updated`: properties set on a thread.
 */
export interface ThreadPropertiesUpdatedPayload {
    chat_id: string;
    thread_id: string;
    properties: Properties;
}

/**
 * `thread_properties_deleted`: properties removed from a thread.
 */
export interface ThreadPropertiesDeletedPayload {
    chat_id: string;
    thread_id: string;
    properties: DeletedProperties;
}

/**
 * `event_properties_updated`: properties set on an event.
 */
export interface EventPropertiesUpdatedPayload {
    chat_id: string;
    thread_id: string;
    event_id: string;
    properties: Properties;
}

/**
 * `event_properties_deleted`: properties removed from an event.
 */
export interface EventPropertiesDeletedPayload {
    chat_id: string;
    thread_id: string;
    event_id: string;
    properties: DeletedProperties;
}

/**
 * `chat_thread_tagged` and `chat_thread_untagged`.
 */
export interface ThreadTagPayload {
    chat_id: string;
    thread_id: string;
    tag: string;
}

/**
 * `routing_status_set` (API 3.2+).
 */
export interface RoutingStatusSetPayload {
    /**
     * An agent's e-mail, or a bot's id.
     */
    agent_id: string;
    status: RoutingStatusValue;
}

/**
 * The reference pages spell the status with spaces, the pushes and the Set Routing Status
 * method with underscores; deliveries may carry either.
 */
export type RoutingStatusValue = "accepting chats" | "not accepting chats" | "offline" | "accepting_chats" | "not_accepting_chats";

/**
 * `customer_session_fields_updated` (API 3.3+): sent once per active chat of the customer.
 */
export interface CustomerSessionFieldsUpdatedPayload {
    /**
     * The customer's id.
     */
    id: string;
    active_chat: ActiveChat;
    /**
     * Single-entry objects, in the order the fields were set.
     */
    session_fields: (Record<string, string>)[];
}

/**
 * A chat an agent is in, as `agent_status_changed`/`routing_status_set` payloads list them.
 */
export interface ActiveChat {
    chat_id: string;
    thread_id: string;
}

/**
 * Who made a configuration change (API 3.6). LiveChat does not say whether all three are
 * always there, so none is required.
 */
export interface Requester {
    user_id?: string;
    account_id?: string;
    client_id?: string;
}

/**
 * `agent_created`: the new agent.
 *
 * As API 3.5–3.7 sends it.
 */
export interface AgentCreatedPayload {
    /**
     * The agent's e-mail address.
     */
    id: string;
    name: string;
    role?: AgentRole;
    awaiting_approval?: boolean;
    avatar?: string;
    /**
     * `accepting chats` or `not accepting chats`.
     */
    login_status?: string;
    job_title?: string;
    mobile?: string;
    max_chats_count?: number;
    groups?: GroupMembership[];
    /**
     * `new_visitor`, `incoming_chat`, ... (an open set).
     */
    notifications?: string[];
    /**
     * `daily_summary`, `weekly_summary`.
     */
    email_subscriptions?: string[];
    work_scheduler?: WorkScheduler;
}

/**
 * `agent_created`: the new agent.
 *
 * As API 3.4 sends it.
 */
export interface AgentCreatedPayloadV3_4 {
    /**
     * The agent's e-mail address.
     */
    id: string;
    name: string;
    role?: AgentRole;
    awaiting_approval?: boolean;
    avatar?: string;
    /**
     * `accepting chats` or `not accepting chats`.
     */
    login_status?: string;
    job_title?: string;
    mobile?: string;
    max_chats_count?: number;
    groups?: GroupMembership[];
    /**
     * `new_visitor`, `incoming_chat`, ... (an open set).
     */
    notifications?: string[];
    /**
     * `daily_summary`, `weekly_summary`.
     */
    email_subscriptions?: string[];
    work_scheduler?: WorkSchedulerV3_4;
}

/**
 * An agent's role in the license.
 */
export type AgentRole = "owner" | "viceowner" | "administrator" | "normal";

/**
 * An agent's or bot's membership of a group.
 */
export interface GroupMembership {
    id: number;
    priority: GroupPriority;
}

/**
 * An agent's or bot's priority in a group's routing.
 */
export type GroupPriority = "first" | "normal" | "last" | "supervisor";

/**
 * When an agent or bot works: by weekday (API 3.4), or a time zone and a list of ranges (3.5+).
 *
 * As API 3.5–3.7 sends it.
 */
export type WorkScheduler = WorkSchedule;

/**
 * When an agent or bot works: by weekday (API 3.4), or a time zone and a list of ranges (3.5+).
 *
 * As API 3.4 sends it.
 */
export type WorkSchedulerV3_4 = Record<string, WorkHours>;

/**
 * API 3.5+: several ranges per day are allowed. The Create Agent reference requires `timezone`
 * only when `schedule` is not empty (issue 17).
 */
export interface WorkSchedule {
    timezone?: string;
    schedule: WorkRange[];
}

/**
 * One working period of a day in an agent's work scheduler.
 */
export interface WorkRange {
    /**
     * `monday` … `sunday`.
     */
    day: string;
    enabled: boolean;
    /**
     * `HH:MM`.
     */
    start: string;
    end: string;
}

/**
 * API 3.4: one range per weekday.
 */
export interface WorkHours {
    start: string;
    end: string;
}

/**
 * The payload of configuration webhooks that name only what changed: `agent_approved`,
 * `agent_suspended`, `agent_unsuspended`, `agent_deleted` (API 3.4+), `bot_deleted`,
 * `auto_access_deleted`.
 */
export interface IdPayload {
    id: string;
}

/**
 * `agent_updated`: the agent's id and what changed.
 *
 * As API 3.5–3.7 sends it.
 */
export interface AgentUpdatedPayload {
    id: string;
    name?: string;
    role?: AgentRole;
    awaiting_approval?: boolean;
    avatar?: string;
    login_status?: string;
    job_title?: string;
    mobile?: string;
    max_chats_count?: number;
    groups?: GroupMembership[];
    notifications?: string[];
    email_subscriptions?: string[];
    work_scheduler?: WorkScheduler;
}

/**
 * `agent_updated`: the agent's id and what changed.
 *
 * As API 3.4 sends it.
 */
export interface AgentUpdatedPayloadV3_4 {
    id: string;
    name?: string;
    role?: AgentRole;
    awaiting_approval?: boolean;
    avatar?: string;
    login_status?: string;
    job_title?: string;
    mobile?: string;
    max_chats_count?: number;
    groups?: GroupMembership[];
    notifications?: string[];
    email_subscriptions?: string[];
    work_scheduler?: WorkSchedulerV3_4;
}

/**
 * One rule touched by an auto-access change (the array payload of `auto_accesses_updated`,
 * API 3.5+): whole when `added`, what changed when `updated`, the id alone when `deleted`.
 */
export interface AutoAccessChange {
    id: string;
    status: AutoAccessStatus;
    description?: string;
    access?: AutoAccessGroups;
    conditions?: AutoAccessConditions;
    next_id?: string;
}

/**
 * What happened to an auto-access rule (`auto_accesses_updated`, API 3.5).
 */
export type AutoAccessStatus = "added" | "updated" | "deleted";

/**
 * Note `groups`: chat access elsewhere says `group_ids`.
 */
export interface AutoAccessGroups {
    groups: number[];
}

/**
 * Where the customer must be for the rule to apply (at least one condition).
 */
export interface AutoAccessConditions {
    url?: MatchList;
    domain?: MatchList;
    geolocation?: GeolocationCondition;
}

/**
 * The values an auto-access condition matches, and whether they include or exclude.
 */
export interface MatchList {
    values?: Match[];
    exclude_values?: Match[];
}

/**
 * One value an auto-access condition compares with, and how.
 */
export interface Match {
    value: string;
    exact_match?: boolean;
}

/**
 * An auto-access condition on the customer's location.
 */
export interface GeolocationCondition {
    values: GeolocationMatch[];
}

/**
 * Every member given must match.
 */
export interface GeolocationMatch {
    country?: string;
    country_code?: string;
    region?: string;
    city?: string;
}

/**
 * `bot_created`: the new bot.
 *
 * As API 3.6–3.7 sends it.
 */
export interface BotCreatedPayload {
    /**
     * 32 hex digits.
     */
    id: string;
    name: string;
    avatar?: string;
    max_chats_count?: number;
    default_group_priority?: GroupPriority;
    groups?: GroupMembership[];
    work_scheduler?: WorkScheduler;
    timezone?: string;
    /**
     * The client id of the app that owns the bot.
     */
    owner_client_id?: string;
    job_title?: string;
    /**
     * API 3.6 and later: `chatbot` by default.
     */
    type?: string;
}

/**
 * `bot_created`: the new bot.
 *
 * As API 3.5 sends it.
 */
export interface BotCreatedPayloadV3_5 {
    /**
     * 32 hex digits.
     */
    id: string;
    name: string;
    avatar?: string;
    max_chats_count?: number;
    default_group_priority?: GroupPriority;
    groups?: GroupMembership[];
    work_scheduler?: WorkScheduler;
    timezone?: string;
    /**
     * The client id of the app that owns the bot.
     */
    owner_client_id?: string;
    job_title?: string;
}

/**
 * `bot_created`: the new bot.
 *
 * As API 3.4 sends it.
 */
export interface BotCreatedPayloadV3_4 {
    /**
     * 32 hex digits.
     */
    id: string;
    name: string;
    avatar?: string;
    max_chats_count?: number;
    default_group_priority?: GroupPriority;
    groups?: GroupMembership[];
    work_scheduler?: WorkSchedulerV3_4;
    timezone?: string;
    /**
     * The client id of the app that owns the bot.
     */
    owner_client_id?: string;
    job_title?: string;
}

/**
 * `bot_updated`: the bot's id and what changed.
 *
 * As API 3.6–3.7 sends it.
 */
export interface BotUpdatedPayload {
    id: string;
    name?: string;
    avatar?: string;
    max_chats_count?: number;
    default_group_priority?: GroupPriority;
    groups?: GroupMembership[];
    work_scheduler?: WorkScheduler;
    timezone?: string;
    owner_client_id?: string;
    job_title?: string;
    /**
     * API 3.6 and later.
     */
    type?: string;
}

/**
 * `bot_updated`: the bot's id and what changed.
 *
 * As API 3.5 sends it.
 */
export interface BotUpdatedPayloadV3_5 {
    id: string;
    name?: string;
    avatar?: string;
    max_chats_count?: number;
    default_group_priority?: GroupPriority;
    groups?: GroupMembership[];
    work_scheduler?: WorkScheduler;
    timezone?: string;
    owner_client_id?: string;
    job_title?: string;
}

/**
 * `bot_updated`: the bot's id and what changed.
 *
 * As API 3.4 sends it.
 */
export interface BotUpdatedPayloadV3_4 {
    id: string;
    name?: string;
    avatar?: string;
    max_chats_count?: number;
    default_group_priority?: GroupPriority;
    groups?: GroupMembership[];
    work_scheduler?: WorkSchedulerV3_4;
    timezone?: string;
    owner_client_id?: string;
    job_title?: string;
}

/**
 * `group_created`: the new group.
 */
export interface GroupCreatedPayload {
    id: number;
    /**
     * At most 180 characters.
     */
    name: string;
    language_code?: string;
    /**
     * Agent id → its priority in the group.
     */
    agent_priorities?: Record<string, GroupPriority>;
}

/**
 * `group_updated`: the group's id and what changed.
 */
export interface GroupUpdatedPayload {
    id: number;
    name?: string;
    language_code?: string;
    agent_priorities?: Record<string, GroupPriority>;
}

/**
 * `group_deleted`: groups are numbered.
 */
export interface GroupDeletedPayload {
    id: number;
}

/**
 * `tag_created` (API 3.5+). Tags are known by their name.
 */
export interface TagCreatedPayload {
    name: string;
    /**
     * Empty for a tag of every group.
     */
    group_ids: number[];
    created_at: Timestamp;
    /**
     * Empty for system tags.
     */
    author_id: string;
}

/**
 * `tag_deleted` (API 3.5+).
 */
export interface TagDeletedPayload {
    name: string;
}

/**
 * `tag_updated` (API 3.5+).
 */
export interface TagUpdatedPayload {
    name: string;
    group_ids: number[];
    created_at?: Timestamp;
    author_id?: string;
}

/**
 * `events_marked_as_seen`: a user saw the events up to a time.
 */
export interface EventsMarkedAsSeenPayload {
    user_id: string;
    chat_id: string;
    seen_up_to: Timestamp;
}

/**
 * `thread_summary_set` (API 3.6+).
 */
export interface ThreadSummarySetPayload {
    chat_id: string;
    thread_id: string;
    summary: ThreadSummary;
}

/**
 * `agent_disconnected` and `customer_disconnected`: the server closes the connection. The
 * reasons are an open set (the samples use one the tables lack).
 */
export interface DisconnectedPayload {
    reason: string;
    /**
     * `{ "region": .. }` for a misdirected connection.
     */
    data?: Record<string, unknown>;
}

/**
 * `chat_unfollowed`, `chat_deleted` (Agent Chat API).
 */
export interface ChatIdPayload {
    chat_id: string;
}

/**
 * `customer_banned` (Agent Chat API).
 */
export interface CustomerBannedPayload {
    customer_id: string;
    ban: Ban;
}

/**
 * How long a ban lasts.
 */
export interface Ban {
    days: number;
}

/**
 * `customer_left` (Agent Chat API 3.3+).
 */
export interface CustomerLeftPayload {
    /**
     * The customer's id.
     */
    id: string;
    left_at: Timestamp;
}

/**
 * `customer_page_updated` (Agent Chat API): a customer opened a page.
 */
export interface CustomerPageUpdatedPayload {
    customer_id: string;
    visit_id: number;
    opened_at: Timestamp;
    url: string;
    title?: string;
}

/**
 * `customer_statistics_updated` (Agent Chat API 3.6+).
 */
export interface CustomerStatisticsUpdatedPayload {
    customer_id: string;
    statistics: CustomerStatistics;
}

/**
 * A customer's counters (partial updates are possible).
 */
export interface CustomerStatistics {
    chats_count?: number;
    threads_count?: number;
    visits_count?: number;
    page_views_count?: number;
    greetings_accepted_count?: number;
    greetings_converted_count?: number;
    tickets_count?: number;
    tickets_inbox_count?: number;
    tickets_archive_count?: number;
    tickets_spam_count?: number;
    tickets_trash_count?: number;
    orders_count?: number;
    last_visit_started_at?: Timestamp;
}

/**
 * `customer_transferred` (Agent Chat API 3.3+): the customer is no longer this agent's to see.
 */
export interface CustomerTransferredPayload {
    /**
     * The customer's id.
     */
    id: string;
    transferred_to: TransferTarget;
    followed?: boolean;
}

/**
 * What `customer_updated` says changed about a customer (API 3.3+: the payload itself): its
 * `id`, and only the updated members.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerUpdate {
    id: string;
    name?: string;
    email?: string;
    avatar?: string;
    type?: CustomerType;
    present?: boolean;
    /**
     * The API 3.2 push sample's.
     */
    banned?: boolean;
    session_fields?: (Record<string, string>)[];
    phone_number?: string;
    /**
     * Shapes differ between LiveChat's pages (`livechat-rtm-pushes.md` §6 P11): kept as sent.
     */
    omnichannel?: Record<string, unknown>;
    address?: Address;
    /**
     * The push sends one cart; the Customer structure lists `carts` (§6 P10): either is taken.
     */
    cart?: Cart;
    carts?: Cart[];
}

/**
 * What `customer_updated` says changed about a customer (API 3.3+: the payload itself): its
 * `id`, and only the updated members.
 *
 * As API 3.2–3.5 sends it.
 */
export interface CustomerUpdateV3_2 {
    id: string;
    name?: string;
    email?: string;
    avatar?: string;
    type?: CustomerType;
    present?: boolean;
    /**
     * The API 3.2 push sample's.
     */
    banned?: boolean;
    session_fields?: (Record<string, string>)[];
}

/**
 * The `type` of a customer that states it.
 */
export type CustomerType = "customer";

/**
 * `group_properties_updated` (Agent Chat API 3.6+).
 */
export interface GroupPropertiesUpdatedPayload {
    group_id: number;
    properties: Properties;
}

/**
 * `groups_status_updated` (Agent Chat API 3.5+): the groups whose status changed.
 */
export interface GroupsStatusUpdatedPayload {
    groups: GroupStatus[];
}

/**
 * A group's routing status (Agent Chat API).
 */
export interface GroupStatus {
    id: number;
    status: GroupRoutingStatus;
}

/**
 * How a group takes chats (Agent Chat API).
 */
export type GroupRoutingStatus = "accepting_chats" | "not_accepting_chats" | "offline";

/**
 * The created customer, with or without its user `type`.
 *
 * As API 3.6–3.7 sends it.
 */
export type CreatedCustomer = TypedCustomer | Customer;

/**
 * The created customer, with or without its user `type`.
 *
 * As API 3.3–3.5 sends it.
 */
export type CreatedCustomerV3_3 = TypedCustomerV3_3 | CustomerV3_3;

/**
 * The created customer, with or without its user `type`.
 *
 * As API 3.2 sends it.
 */
export type CreatedCustomerV3_2 = TypedCustomerV3_2 | CustomerV3_2;

/**
 * The created customer, with or without its user `type`.
 *
 * As API 3.1 sends it.
 */
export type CreatedCustomerV3_1 = TypedCustomerV3_1 | CustomerV3_1;

/**
 * A customer that carries its user `type`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface TypedCustomer {
    type: CustomerType;
    id: string;
    name?: string;
    email?: string;
    /**
     * API 3.3 and later.
     */
    email_verified?: boolean;
    avatar?: string;
    /**
     * API 3.6 and later.
     */
    phone_number?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * API 3.6 and later: identities on other channels (Messenger, Twilio...), kept as sent.
     */
    omnichannel?: Record<string, unknown>;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
     */
    session_fields?: (Record<string, string>)[];
    /**
     * API 3.6 and later.
     */
    address?: Address;
    /**
     * API 3.6 and later (was `last_visit`).
     */
    visit?: Visit;
    statistics?: Statistics;
    agent_last_event_created_at?: Timestamp;
    customer_last_event_created_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    followed?: boolean;
    /**
     * API 3.3 and later.
     */
    online?: boolean;
    /**
     * API 3.3 and later.
     */
    group_ids?: number[];
    /**
     * API 3.3 and later; an open set (`browsing` in samples).
     */
    state?: string;
    /**
     * API 3.6 and later: HelpDesk tickets.
     */
    tickets?: Ticket[];
    /**
     * API 3.6 and later: shopping carts.
     */
    carts?: Cart[];
}

/**
 * A customer that carries its user `type`.
 *
 * As API 3.3–3.5 sends it.
 */
export interface TypedCustomerV3_3 {
    type: CustomerType;
    id: string;
    name?: string;
    email?: string;
    /**
     * API 3.3 and later.
     */
    email_verified?: boolean;
    avatar?: string;
    /**
     * API 3.3 and later.
     */
    online?: boolean;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    group_ids?: number[];
    /**
     * API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
     */
    session_fields?: (Record<string, string>)[];
    /**
     * Up to API 3.5; `visit` from 3.6.
     */
    last_visit?: Visit;
    /**
     * API 3.3 and later; an open set (`browsing` in samples).
     */
    state?: string;
    statistics?: StatisticsV3_1;
    agent_last_event_created_at?: Timestamp;
    customer_last_event_created_at?: Timestamp;
    /**
     * API 3.3 and later.
     */
    followed?: boolean;
}

/**
 * A customer that carries its user `type`.
 *
 * As API 3.2 sends it.
 */
export interface TypedCustomerV3_2 {
    type: CustomerType;
    id: string;
    name?: string;
    email?: string;
    customer_last_event_created_at?: Timestamp;
    avatar?: string;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    statistics?: StatisticsV3_1;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    agent_last_event_created_at?: Timestamp;
    /**
     * API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
     */
    session_fields?: (Record<string, string>)[];
    /**
     * Up to API 3.5; `visit` from 3.6.
     */
    last_visit?: VisitV3_1;
}

/**
 * A customer that carries its user `type`.
 *
 * As API 3.1 sends it.
 */
export interface TypedCustomerV3_1 {
    type: CustomerType;
    id: string;
    name?: string;
    email?: string;
    /**
     * API 3.1 only.
     */
    banned?: boolean;
    avatar?: string;
    /**
     * The customer's id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * API 3.1 only: unix seconds; the seen marker of the Oct-2019 traffic and the Go SDK.
     */
    last_seen_timestamp?: number;
    /**
     * RFC 3339; the seen marker of the released docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * API 3.1 only: custom fields; absent when the chat is archived.
     */
    fields?: Record<string, string>;
    agent_last_event_created_at?: Timestamp;
    /**
     * Up to API 3.5; `visit` from 3.6.
     */
    last_visit?: VisitV3_1;
    customer_last_event_created_at?: Timestamp;
    statistics?: StatisticsV3_1;
}

/**
 * `incoming_customers` (Agent Chat API 3.3+): the customers an agent may see, after `login`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface IncomingCustomersPayload {
    /**
     * `my`, `chatting`, `invited`, `online`, `highest_available` (an open set).
     */
    customer_monitoring_level: string;
    customers: Customer[];
}

/**
 * `incoming_customers` (Agent Chat API 3.3+): the customers an agent may see, after `login`.
 *
 * As API 3.3–3.5 sends it.
 */
export interface IncomingCustomersPayloadV3_3 {
    /**
     * `my`, `chatting`, `invited`, `online`, `highest_available` (an open set).
     */
    customer_monitoring_level: string;
    customers: CustomerV3_3[];
}

/**
 * `incoming_error` (Agent Chat API 3.6+): an asynchronous operation failed. LiveChat shows no
 * error code or message.
 */
export interface IncomingErrorPayload {
    /**
     * The failed operation (`set_thread_summary` in the sample).
     */
    action: string;
    chat_id?: string;
    thread_id?: string;
}

/**
 * `incoming_multicast` (Agent Chat API).
 */
export interface MulticastPayload {
    /**
     * Present when sent with the Multicast method.
     */
    author_id?: string;
    /**
     * Any JSON.
     */
    content: unknown;
    type?: string;
}

/**
 * `incoming_sneak_peek` (Agent Chat API): what a customer is typing.
 *
 * As API 3.4–3.7 sends it.
 */
export interface SneakPeekPayload {
    chat_id: string;
    thread_id: string;
    sneak_peek: SneakPeek;
}

/**
 * `incoming_sneak_peek` (Agent Chat API): what a customer is typing.
 *
 * As API 3.2–3.3 sends it.
 */
export interface SneakPeekPayloadV3_2 {
    chat_id: string;
    thread_id: string;
    sneak_peek: SneakPeekV3_2;
}

/**
 * A customer's text before it is sent.
 *
 * As API 3.4–3.7 sends it.
 */
export interface SneakPeek {
    author_id: string;
    /**
     * Unix seconds.
     */
    timestamp: number;
    text: string;
}

/**
 * A customer's text before it is sent.
 *
 * As API 3.2–3.3 sends it.
 */
export interface SneakPeekV3_2 {
    author_id: string;
    recipients?: Recipients;
    text: string;
    /**
     * Unix seconds.
     */
    timestamp: number;
}

/**
 * `incoming_thinking_indicator` (API 3.6+): an AI agent is working on an answer.
 */
export interface ThinkingIndicatorPayload {
    chat_id: string;
    thread_id: string;
    author_id?: string;
    sent_at?: Timestamp;
    title?: string;
    description?: string;
    custom_id?: string;
}

/**
 * `incoming_typing_indicator` (Agent Chat API).
 *
 * As API 3.4–3.7 sends it.
 */
export interface TypingIndicatorPayload {
    chat_id: string;
    thread_id: string;
    typing_indicator: TypingIndicator;
}

/**
 * `incoming_typing_indicator` (Agent Chat API).
 *
 * As API 3.2–3.3 sends it.
 */
export interface TypingIndicatorPayloadV3_2 {
    chat_id: string;
    thread_id: string;
    typing_indicator: TypingIndicatorV3_2;
}

/**
 * Someone is typing (Agent Chat API): `recipients` up to 3.3, `visibility` from 3.4.
 *
 * As API 3.4–3.7 sends it.
 */
export interface TypingIndicator {
    author_id: string;
    is_typing: boolean;
    visibility?: Visibility;
    /**
     * Unix seconds.
     */
    timestamp: number;
}

/**
 * Someone is typing (Agent Chat API): `recipients` up to 3.3, `visibility` from 3.4.
 *
 * As API 3.2–3.3 sends it.
 */
export interface TypingIndicatorV3_2 {
    author_id: string;
    recipients?: Recipients;
    is_typing: boolean;
    /**
     * Unix seconds.
     */
    timestamp: number;
}

/**
 * `license_properties_updated` (Agent Chat API 3.6+): the properties that changed.
 */
export interface LicensePropertiesUpdatedPayload {
    properties: Properties;
}

/**
 * One queued chat's place (`queue_positions_updated` lists them; the Customer Chat API's
 * `queue_position_updated` is one).
 */
export interface QueuePosition {
    chat_id: string;
    thread_id: string;
    queue: QueueWait;
}

/**
 * A place in the queue.
 */
export interface QueueWait {
    position: number;
    /**
     * Approximate seconds.
     */
    wait_time: number;
}

/**
 * `thread_deleted` (Agent Chat API 3.4+).
 */
export interface ThreadDeletedPayload {
    chat_id: string;
    thread_id: string;
}

/**
 * `threads_deleted` (Agent Chat API 3.4+): threads of a date range or of a tag.
 */
export interface ThreadsDeletedPayload {
    date_from?: Timestamp;
    date_to?: Timestamp;
    tag?: string;
}

/**
 * `ticket_created` (Agent Chat API 3.6+).
 */
export interface TicketCreatedPayload {
    customer_id: string;
    ticket_id: string;
    /**
     * `inbox` in the sample (an open set).
     */
    silo?: string;
    created_at?: Timestamp;
}

/**
 * `ticket_deleted` (Agent Chat API 3.6+).
 */
export interface TicketDeletedPayload {
    customer_id: string;
    ticket_id: string;
}

/**
 * `canned_response_created` (Agent Chat API 3.7).
 */
export interface CannedResponse {
    id: number;
    created_at?: Timestamp;
    updated_at?: Timestamp;
    text: string;
    tags?: string[];
    group_id?: number;
    is_private?: boolean;
    /**
     * The last editor.
     */
    author_id?: string;
}

/**
 * `canned_response_updated` (Agent Chat API 3.7): the id and what changed.
 */
export interface CannedResponseUpdate {
    id: number;
    updated_at?: Timestamp;
    text?: string;
    tags?: string[];
    group_id?: number;
    is_private?: boolean;
    author_id?: string;
}

/**
 * `canned_response_deleted` (Agent Chat API 3.7).
 */
export interface CannedResponseId {
    id: number;
}

/**
 * `chat_transferred` (API 3.3+).
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiChatTransferredPayload {
    chat_id: string;
    /**
     * Present when the chat is active.
     */
    thread_id?: string;
    /**
     * Who transferred it, for manual transfers.
     */
    requester_id?: string;
    /**
     * Required from API 3.3, the first with this webhook; the API 3.2 push and every Customer
     * Chat API push leave it out (`livechat-rtm-pushes.md` §3).
     */
    reason?: TransferReason;
    transferred_to: TransferTarget;
    /**
     * Present when the chat waits in a queue after the transfer.
     */
    queue?: TransferQueue;
}

/**
 * `chat_transferred` (API 3.3+).
 *
 * As API 3.3–3.5 sends it.
 */
export interface CustomerApiChatTransferredPayloadV3_3 {
    chat_id: string;
    /**
     * Present when the chat is active.
     */
    thread_id?: string;
    /**
     * Who transferred it, for manual transfers.
     */
    requester_id?: string;
    /**
     * Required from API 3.3, the first with this webhook; the API 3.2 push and every Customer
     * Chat API push leave it out (`livechat-rtm-pushes.md` §3).
     */
    reason?: TransferReason;
    transferred_to: TransferTarget;
    /**
     * Present when the chat waits in a queue after the transfer.
     */
    queue?: TransferQueueV3_3;
}

/**
 * `customer_side_storage_updated` (Customer Chat API): to keep and send back at `login`.
 */
export interface CustomerSideStorageUpdatedPayload {
    customer_side_storage: Record<string, string>;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiEventPayload {
    chat_id: string;
    thread_id: string;
    event: CustomerApiThreadEvent;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.5 sends it.
 */
export interface CustomerApiEventPayloadV3_5 {
    chat_id: string;
    thread_id: string;
    event: CustomerApiThreadEventV3_5;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.4 sends it.
 */
export interface CustomerApiEventPayloadV3_4 {
    chat_id: string;
    thread_id: string;
    event: CustomerApiThreadEventV3_4;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.3 sends it.
 */
export interface CustomerApiEventPayloadV3_3 {
    chat_id: string;
    thread_id: string;
    event: CustomerApiThreadEventV3_3;
}

/**
 * `incoming_event` and `event_updated`.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiEventPayloadV3_2 {
    chat_id: string;
    thread_id: string;
    event: CustomerApiThreadEventV3_2;
}

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.6–3.7 sends it.
 */
export type CustomerApiThreadEvent = CustomerApiEvent | DeletedEvent;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.5 sends it.
 */
export type CustomerApiThreadEventV3_5 = CustomerApiEventV3_5;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.4 sends it.
 */
export type CustomerApiThreadEventV3_4 = CustomerApiEventV3_4;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.3 sends it.
 */
export type CustomerApiThreadEventV3_3 = CustomerApiEventV3_3;

/**
 * An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
 * to its identity, which `deleted: true` tells apart.
 *
 * As API 3.2 sends it.
 */
export type CustomerApiThreadEventV3_2 = CustomerApiEventV3_2;

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.6–3.7 sends it.
 */
export type CustomerApiEvent = ({ type: "message" } & CustomerApiMessageEvent) | ({ type: "file" } & CustomerApiFileEvent) | ({ type: "filled_form" } & CustomerApiFilledFormEvent) | ({ type: "form" } & CustomerApiFormEvent) | ({ type: "rich_message" } & CustomerApiRichMessageEvent) | ({ type: "custom" } & CustomerApiCustomEvent) | ({ type: "system_message" } & SystemMessageEvent) | ({ type: "system" } & SystemEvent);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.5 sends it.
 */
export type CustomerApiEventV3_5 = ({ type: "message" } & CustomerApiMessageEventV3_2) | ({ type: "file" } & CustomerApiFileEventV3_3) | ({ type: "filled_form" } & CustomerApiFilledFormEventV3_4) | ({ type: "form" } & CustomerApiFormEventV3_4) | ({ type: "rich_message" } & CustomerApiRichMessageEventV3_3) | ({ type: "custom" } & CustomerApiCustomEventV3_2) | ({ type: "system_message" } & SystemMessageEventV3_5);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.4 sends it.
 */
export type CustomerApiEventV3_4 = ({ type: "message" } & LiveChatMessageEventV3_4) | ({ type: "file" } & FileEventV3_4) | ({ type: "filled_form" } & CustomerApiFilledFormEventV3_4) | ({ type: "form" } & CustomerApiFormEventV3_4) | ({ type: "rich_message" } & RichMessageEventV3_4) | ({ type: "custom" } & LiveChatCustomEventV3_4) | ({ type: "system_message" } & SystemMessageEventV3_4);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.3 sends it.
 */
export type CustomerApiEventV3_3 = ({ type: "message" } & CustomerApiMessageEventV3_2) | ({ type: "file" } & CustomerApiFileEventV3_3) | ({ type: "filled_form" } & CustomerApiFilledFormEventV3_3) | ({ type: "form" } & CustomerApiFormEventV3_3) | ({ type: "rich_message" } & CustomerApiRichMessageEventV3_3) | ({ type: "custom" } & CustomerApiCustomEventV3_2) | ({ type: "system_message" } & SystemMessageEventV3_2);

/**
 * An event of a thread, told apart by `type`.
 *
 * As API 3.2 sends it.
 */
export type CustomerApiEventV3_2 = ({ type: "message" } & CustomerApiMessageEventV3_2) | ({ type: "file" } & CustomerApiFileEventV3_2) | ({ type: "filled_form" } & CustomerApiFilledFormEventV3_2) | ({ type: "rich_message" } & CustomerApiRichMessageEventV3_2) | ({ type: "custom" } & CustomerApiCustomEventV3_2) | ({ type: "system_message" } & SystemMessageEventV3_2);

/**
 * A text message.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostback;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
}

/**
 * A text message.
 *
 * As API 3.2, 3.3, 3.5 sends it.
 */
export interface CustomerApiMessageEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostbackV3_1;
    /**
     * At most 16 KB (UTF-8) when sent.
     */
    text: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * A file sent in the chat.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiFileEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * API 3.3 and later, images only.
     */
    alternative_text?: string;
    thumbnail2x_url?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
    height?: number;
    thumbnail_url?: string;
}

/**
 * A file sent in the chat.
 *
 * As API 3.3, 3.5 sends it.
 */
export interface CustomerApiFileEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * API 3.3 and later, images only.
     */
    alternative_text?: string;
    thumbnail2x_url?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    thumbnail_url?: string;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
    height?: number;
}

/**
 * A file sent in the chat.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiFileEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    height?: number;
    thumbnail2x_url?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    thumbnail_url?: string;
    author_id: string;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
}

/**
 * A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
 * traffic (`value`, no `id`).
 *
 * As API 3.3–3.7 sends it.
 */
export type CustomerApiFormField = CustomerApiObservedFormField | CustomerApiDocumentedFormField;

/**
 * A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
 * traffic (`value`, no `id`).
 *
 * As API 3.2 sends it.
 */
export type CustomerApiFormFieldV3_2 = CustomerApiObservedFormFieldV3_2 | CustomerApiDocumentedFormFieldV3_2;

/**
 * A filled form field in the shape seen in captured traffic (`value`, no `id`).
 *
 * As API 3.3–3.7 sends it.
 */
export interface CustomerApiObservedFormField {
    type: CustomerApiFormFieldType;
    id?: string;
    label: string;
    value: string;
}

/**
 * A filled form field in the shape seen in captured traffic (`value`, no `id`).
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiObservedFormFieldV3_2 {
    type: CustomerApiFormFieldTypeV3_2;
    id?: string;
    label: string;
    value: string;
}

/**
 * The kind of a form field.
 *
 * As API 3.3–3.7 sends it.
 */
export type CustomerApiFormFieldType = "name" | "email" | "question" | "textarea" | "radio" | "select" | "checkbox" | "group_chooser" | "subject" | "header";

/**
 * The kind of a form field.
 *
 * As API 3.2 sends it.
 */
export type CustomerApiFormFieldTypeV3_2 = "name" | "email" | "question" | "textarea" | "radio" | "select" | "checkbox" | "group_chooser" | "header";

/**
 * A filled form field in the shape LiveChat's reference documents.
 *
 * As API 3.3–3.7 sends it.
 */
export interface CustomerApiDocumentedFormField {
    type: CustomerApiFormFieldType;
    id: string;
    label: string;
    /**
     * Text for name/email/question/textarea; a choice for radio/select/group_chooser.
     */
    answer?: FormAnswer;
    /**
     * The choices of a checkbox field.
     */
    answers?: ChoiceAnswer[];
}

/**
 * A filled form field in the shape LiveChat's reference documents.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiDocumentedFormFieldV3_2 {
    type: CustomerApiFormFieldTypeV3_2;
    id: string;
    label: string;
    /**
     * Text for name/email/question/textarea; a choice for radio/select/group_chooser.
     */
    answer?: FormAnswer;
    /**
     * The choices of a checkbox field.
     */
    answers?: ChoiceAnswer[];
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiFilledFormEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormField[];
    /**
     * API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
     */
    form_type?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.4–3.5 sends it.
 */
export interface CustomerApiFilledFormEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormField[];
    /**
     * API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
     */
    form_type?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
    author_id: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.3 sends it.
 */
export interface CustomerApiFilledFormEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormField[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
}

/**
 * A filled pre-chat, post-chat or ask-for-email form.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiFilledFormEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormFieldV3_2[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * Documented as always present; missing in captured 3.1 traffic.
     */
    form_id?: string;
}

/**
 * A field of a `form` event: what is asked, not yet answered.
 *
 * As API 3.3–3.7 sends it.
 */
export interface CustomerApiFormDefinitionField {
    type: CustomerApiFormFieldType;
    id: string;
    label: string;
    required?: boolean;
    /**
     * The choices of a radio, select or checkbox field.
     */
    options?: ChoiceAnswer[];
}

/**
 * A field of a `form` event: what is asked, not yet answered.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiFormDefinitionFieldV3_2 {
    type: CustomerApiFormFieldTypeV3_2;
    id: string;
    label: string;
    required?: boolean;
    /**
     * The choices of a radio, select or checkbox field.
     */
    options?: ChoiceAnswer[];
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiFormEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormDefinitionField[];
    /**
     * API 3.4 and later.
     */
    form_type?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
    form_id: string;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.4–3.5 sends it.
 */
export interface CustomerApiFormEventV3_4 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormDefinitionField[];
    /**
     * API 3.4 and later.
     */
    form_type?: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    form_id: string;
    author_id: string;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.3 sends it.
 */
export interface CustomerApiFormEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormDefinitionField[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    form_id: string;
}

/**
 * A form sent to the customer (API 3.3 and later).
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiFormEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    fields: CustomerApiFormDefinitionFieldV3_2[];
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    form_id: string;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiRichMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElement[];
    template_id: TemplateId;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
    author_id: string;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.3, 3.5 sends it.
 */
export interface CustomerApiRichMessageEventV3_3 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_3[];
    template_id: TemplateIdV3_1;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * A rich message: cards, a sticker, quick replies or (API 3.6) products.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiRichMessageEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    /**
     * At most 10.
     */
    elements?: RichMessageElementV3_1[];
    template_id: TemplateIdV3_1;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    author_id: string;
}

/**
 * An application-defined event.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiCustomEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    content?: Record<string, unknown>;
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
    /**
     * API 3.6: the event was deleted.
     */
    deleted?: boolean;
}

/**
 * An application-defined event.
 *
 * As API 3.2, 3.3, 3.5 sends it.
 */
export interface CustomerApiCustomEventV3_2 {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
     */
    created_at: Timestamp;
    content?: Record<string, unknown>;
    author_id: string;
    /**
     * Who sees the event, up to API 3.4 (renamed `visibility`).
     */
    recipients?: Recipients;
    /**
     * Who sees the event, from API 3.4.
     */
    visibility?: Visibility;
    properties?: Properties;
}

/**
 * `greeting_accepted`, `greeting_canceled` (Customer Chat API).
 */
export interface GreetingIdPayload {
    unique_id: string;
}

/**
 * `groups_status_updated` (Customer Chat API 3.5+).
 */
export interface CustomerGroupsStatusUpdatedPayload {
    groups: CustomerGroupStatus[];
}

/**
 * A group's availability (Customer Chat API).
 */
export interface CustomerGroupStatus {
    id: number;
    status: GroupAvailability;
}

/**
 * Whether a customer can reach a group.
 */
export type GroupAvailability = "online" | "online_for_queue" | "offline";

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiIncomingChatPayload {
    chat: CustomerApiChat;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.5 sends it.
 */
export interface CustomerApiIncomingChatPayloadV3_5 {
    chat: CustomerApiChatV3_5;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.4 sends it.
 */
export interface CustomerApiIncomingChatPayloadV3_4 {
    chat: CustomerApiChatV3_4;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.3 sends it.
 */
export interface CustomerApiIncomingChatPayloadV3_3 {
    chat: CustomerApiChatV3_3;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
 * `chat.thread`.
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiIncomingChatPayloadV3_2 {
    chat: CustomerApiChatV3_2;
    /**
     * Who started the chat; in the push of the same name, not in webhook samples.
     */
    requester_id?: string;
    /**
     * Where a transferred chat came from; in the push, not in webhook samples.
     */
    transferred_from?: TransferTarget;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiChat {
    id: string;
    users: User[];
    properties?: Properties;
    access?: Access;
    thread: CustomerApiThread;
    /**
     * Where a transferred chat came from: here in the Customer Chat API's `incoming_chat` push
     * (the Agent Chat API's push has it beside `chat`; `livechat-rtm-pushes.md` §6 P3).
     */
    transferred_from?: TransferTarget;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.5 sends it.
 */
export interface CustomerApiChatV3_5 {
    id: string;
    users: UserV3_5[];
    properties?: Properties;
    access?: Access;
    thread: CustomerApiThreadV3_5;
    /**
     * Where a transferred chat came from: here in the Customer Chat API's `incoming_chat` push
     * (the Agent Chat API's push has it beside `chat`; `livechat-rtm-pushes.md` §6 P3).
     */
    transferred_from?: TransferTarget;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.4 sends it.
 */
export interface CustomerApiChatV3_4 {
    id: string;
    users: UserV3_4[];
    properties?: Properties;
    access?: Access;
    thread: CustomerApiThreadV3_4;
    /**
     * Where a transferred chat came from: here in the Customer Chat API's `incoming_chat` push
     * (the Agent Chat API's push has it beside `chat`; `livechat-rtm-pushes.md` §6 P3).
     */
    transferred_from?: TransferTarget;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.3 sends it.
 */
export interface CustomerApiChatV3_3 {
    id: string;
    users: UserV3_3[];
    properties?: Properties;
    access?: Access;
    thread: CustomerApiThreadV3_3;
    /**
     * Where a transferred chat came from: here in the Customer Chat API's `incoming_chat` push
     * (the Agent Chat API's push has it beside `chat`; `livechat-rtm-pushes.md` §6 P3).
     */
    transferred_from?: TransferTarget;
}

/**
 * A chat with the single thread the webhook is about (API 3.2 and later).
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiChatV3_2 {
    id: string;
    users: UserV3_2[];
    properties?: Properties;
    access?: Access;
    thread: CustomerApiThreadV3_2;
    /**
     * Where a transferred chat came from: here in the Customer Chat API's `incoming_chat` push
     * (the Agent Chat API's push has it beside `chat`; `livechat-rtm-pushes.md` §6 P3).
     */
    transferred_from?: TransferTarget;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.6–3.7 sends it.
 */
export interface CustomerApiThread {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: CustomerApiThreadEvent[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    previous_accessible_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    next_accessible_thread_id?: string;
    /**
     * API 3.6 and later: where the customer came from.
     */
    customer_visit?: CustomerVisit;
    /**
     * API 3.6 and later: the AI summary of the thread.
     */
    summary?: ThreadSummary;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.5 sends it.
 */
export interface CustomerApiThreadV3_5 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: CustomerApiThreadEventV3_5[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    previous_accessible_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    next_accessible_thread_id?: string;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.4 sends it.
 */
export interface CustomerApiThreadV3_4 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: CustomerApiThreadEventV3_4[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    previous_accessible_thread_id?: string;
    /**
     * API 3.4 and later (documented for archive lists).
     */
    next_accessible_thread_id?: string;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.3 sends it.
 */
export interface CustomerApiThreadV3_3 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: CustomerApiThreadEventV3_3[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
}

/**
 * A thread (API 3.2 and later).
 *
 * As API 3.2 sends it.
 */
export interface CustomerApiThreadV3_2 {
    id: string;
    active: boolean;
    user_ids: string[];
    created_at: Timestamp;
    /**
     * Left out when `restricted_access` says why the events cannot be shown.
     */
    events?: CustomerApiThreadEventV3_2[];
    /**
     * Why the thread's events are hidden (e.g. the plan's archive limit).
     */
    restricted_access?: string;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
    /**
     * Only while the chat waits in the queue.
     */
    queue?: Queue;
    /**
     * Seconds the thread spent queued.
     */
    queues_duration?: number;
    previous_thread_id?: string;
    next_thread_id?: string;
}

/**
 * `incoming_event_preview` (Customer Chat API 3.6+): an event not stored yet.
 */
export interface EventPreviewPayload {
    chat_id: string;
    thread_id: string;
    event: EventPreview;
}

/**
 * An event as previewed or shown before a chat: no `id`, since it is not stored.
 */
export interface EventPreview {
    created_at: Timestamp;
    /**
     * `message` in the samples.
     */
    type: string;
    text?: string;
    author_id?: string;
    custom_id?: string;
}

/**
 * `incoming_greeting` (Customer Chat API): a greeting shown to the customer.
 *
 * As API 3.6–3.7 sends it.
 */
export interface IncomingGreetingPayload {
    /**
     * The configured greeting.
     */
    id: number;
    /**
     * This display of it.
     */
    unique_id: string;
    displayed_first_time: boolean;
    addon?: string;
    /**
     * API 3.3 and later (`announcement`).
     */
    subtype?: string;
    /**
     * API 3.5 and later.
     */
    is_exit_intent?: boolean;
    /**
     * A message or rich message event.
     */
    event: CustomerApiEvent;
    agent: GreetingAgent;
}

/**
 * `incoming_greeting` (Customer Chat API): a greeting shown to the customer.
 *
 * As API 3.5 sends it.
 */
export interface IncomingGreetingPayloadV3_5 {
    /**
     * The configured greeting.
     */
    id: number;
    /**
     * This display of it.
     */
    unique_id: string;
    displayed_first_time: boolean;
    addon?: string;
    /**
     * API 3.3 and later (`announcement`).
     */
    subtype?: string;
    /**
     * API 3.5 and later.
     */
    is_exit_intent?: boolean;
    /**
     * A message or rich message event.
     */
    event: CustomerApiEventV3_5;
    agent: GreetingAgent;
}

/**
 * `incoming_greeting` (Customer Chat API): a greeting shown to the customer.
 *
 * As API 3.4 sends it.
 */
export interface IncomingGreetingPayloadV3_4 {
    /**
     * The configured greeting.
     */
    id: number;
    /**
     * This display of it.
     */
    unique_id: string;
    displayed_first_time: boolean;
    addon?: string;
    /**
     * API 3.3 and later (`announcement`).
     */
    subtype?: string;
    agent: GreetingAgent;
    /**
     * A message or rich message event.
     */
    event: CustomerApiEventV3_4;
}

/**
 * `incoming_greeting` (Customer Chat API): a greeting shown to the customer.
 *
 * As API 3.3 sends it.
 */
export interface IncomingGreetingPayloadV3_3 {
    /**
     * The configured greeting.
     */
    id: number;
    /**
     * This display of it.
     */
    unique_id: string;
    displayed_first_time: boolean;
    addon?: string;
    /**
     * API 3.3 and later (`announcement`).
     */
    subtype?: string;
    agent: GreetingAgent;
    /**
     * A message or rich message event.
     */
    event: CustomerApiEventV3_3;
}

/**
 * `incoming_greeting` (Customer Chat API): a greeting shown to the customer.
 *
 * As API 3.2 sends it.
 */
export interface IncomingGreetingPayloadV3_2 {
    /**
     * The configured greeting.
     */
    id: number;
    /**
     * This display of it.
     */
    unique_id: string;
    displayed_first_time: boolean;
    addon?: string;
    agent: GreetingAgent;
    /**
     * A message or rich message event.
     */
    event: CustomerApiEventV3_2;
}

/**
 * The agent a greeting comes from.
 */
export interface GreetingAgent {
    id: string;
    name?: string;
    avatar?: string;
    job_title?: string;
    is_bot?: boolean;
}

/**
 * `incoming_multicast` (Customer Chat API): no `type`.
 */
export interface CustomerMulticastPayload {
    author_id?: string;
    /**
     * Any JSON.
     */
    content: unknown;
}

/**
 * `incoming_typing_indicator` (Customer Chat API).
 */
export interface CustomerTypingIndicatorPayload {
    chat_id: string;
    thread_id: string;
    typing_indicator: CustomerTypingIndicator;
}

/**
 * Someone is typing (Customer Chat API): `recipients` in every version (the agent API renamed
 * it in 3.4; §6 P7).
 */
export interface CustomerTypingIndicator {
    author_id: string;
    recipients?: Recipients;
    visibility?: Visibility;
    /**
     * Unix seconds.
     */
    timestamp: number;
    is_typing: boolean;
}

/**
 * `incoming_welcome_message` (Customer Chat API 3.6+).
 */
export interface WelcomeMessagePayload {
    id: string;
    event: EventPreview;
}

/**
 * `customer_created`: the customer itself (the webhook page), or wrapped as `{customer}` (the
 * push of the same name, and API 3.2); either may say `"type": "customer"`.
 *
 * As API 3.3–3.5 sends it.
 */
export type CustomerCreatedPayload = WrappedCustomer | CreatedCustomerV3_3;

/**
 * `customer_created`: the customer itself (the webhook page), or wrapped as `{customer}` (the
 * push of the same name, and API 3.2); either may say `"type": "customer"`.
 *
 * As API 3.2 sends it.
 */
export type CustomerCreatedPayloadV3_2 = WrappedCustomerV3_2 | CreatedCustomerV3_2;

/**
 * `customer_created`: the customer itself (the webhook page), or wrapped as `{customer}` (the
 * push of the same name, and API 3.2); either may say `"type": "customer"`.
 *
 * As API 3.1 sends it.
 */
export type CustomerCreatedPayloadV3_1 = WrappedCustomerV3_1 | CreatedCustomerV3_1;

/**
 * A customer wrapped as `{ "customer": ... }`, as some payloads carry it.
 *
 * As API 3.3–3.5 sends it.
 */
export interface WrappedCustomer {
    customer: CreatedCustomerV3_3;
}

/**
 * A customer wrapped as `{ "customer": ... }`, as some payloads carry it.
 *
 * As API 3.2 sends it.
 */
export interface WrappedCustomerV3_2 {
    customer: CreatedCustomerV3_2;
}

/**
 * A customer wrapped as `{ "customer": ... }`, as some payloads carry it.
 *
 * As API 3.1 sends it.
 */
export interface WrappedCustomerV3_1 {
    customer: CreatedCustomerV3_1;
}

/**
 * The envelope of API 3.4 webhooks: `organization_id` since the release, `license_id` in
 * the preview.
 */
export interface EnvelopeV3_4<P> {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    organization_id?: string;
    /**
     * Preview-era 3.4 deliveries.
     */
    license_id?: number;
    payload: P;
    /**
     * Absent from some documented samples.
     */
    additional_data?: AdditionalData;
}

/**
 * `auto_access_added` (API 3.4): a rule that gives groups access to chats by where the
 * customer is.
 */
export interface AutoAccessAddedPayload {
    id: string;
    description?: string;
    access: AutoAccessGroups;
    conditions: AutoAccessConditions;
    /**
     * The following rule; empty or absent for the last.
     */
    next_id?: string;
}

/**
 * `auto_access_updated` (API 3.4): the rule's id and what changed.
 */
export interface AutoAccessUpdatedPayload {
    id: string;
    description?: string;
    access?: AutoAccessGroups;
    conditions?: AutoAccessConditions;
    next_id?: string;
}

/**
 * The envelope of API 3.2 and 3.3 webhooks.
 *
 * As API 3.3 sends it.
 */
export interface EnvelopeV3_3<P> {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    license_id: number;
    payload: P;
    /**
     * Absent from some documented samples.
     */
    additional_data?: AdditionalData;
}

/**
 * The envelope of API 3.2 and 3.3 webhooks.
 *
 * As API 3.2 sends it.
 */
export interface EnvelopeV3_2<P> {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    license_id: number;
    payload: P;
    /**
     * Absent from some documented samples.
     */
    additional_data?: AdditionalDataV3_2;
}

/**
 * `agent_deleted` up to API 3.3: the agent's id.
 */
export interface AgentDeletedPayload {
    agent_id: string;
}

/**
 * `customer_updated` in API 3.2: the customer, wrapped.
 */
export interface CustomerUpdatedV3_2Payload {
    customer: CustomerUpdateV3_2;
}

/**
 * `customer_visit_ended` (Agent Chat API 3.2).
 */
export interface CustomerVisitEndedPayload {
    customer_id: string;
    visit_id: number;
    ended_at: Timestamp;
}

/**
 * `customer_visit_started` (Agent Chat API 3.2): a customer opened the website.
 */
export interface CustomerVisitStartedPayload {
    customer_id: string;
    visit_id: number;
    started_at: Timestamp;
    ip?: string;
    user_agent?: string;
    geolocation?: LiveChatGeolocation;
}

/**
 * The envelope of API 3.1 webhooks.
 */
export interface EnvelopeV3_1<P> {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
    payload: P;
    /**
     * Absent from some documented samples.
     */
    additional_data?: AdditionalDataV3_1;
}

/**
 * A new thread started (API 3.1): the whole chat, with that thread in `chat.thread`.
 */
export interface IncomingChatThreadPayload {
    chat: ChatV3_1;
}

/**
 * A chat with the single thread the webhook is about (API 3.1).
 */
export interface ChatV3_1 {
    id: string;
    /**
     * In the seed and the Customer Chat API push; absent from Agent API webhooks.
     */
    order?: number;
    users: UserV3_1[];
    properties?: Properties;
    access?: Access;
    thread: ThreadV3_1;
}

/**
 * A thread (API 3.1).
 */
export interface ThreadV3_1 {
    id: string;
    /**
     * Unix seconds.
     */
    timestamp: number;
    active: boolean;
    user_ids: string[];
    /**
     * When true, `events` is left out. (A string from API 3.2 on.)
     */
    restricted_access?: boolean;
    events?: LiveChatEventV3_1[];
    order: number;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
}

/**
 * `access_set` (the new access), `access_granted` and `access_revoked` (the groups that
 * gained or lost access).
 */
export interface AccessPayload {
    /**
     * `chat` in the docs; `customer` and `thread` also seen.
     */
    resource: string;
    id: string;
    access: Access;
}

/**
 * `chat_user_added` (API 3.1): a user joined a chat.
 */
export interface ChatUserAddedPayload {
    chat_id: string;
    /**
     * Empty when the user joined an inactive chat.
     */
    thread_id: string;
    user: UserV3_1;
    /**
     * Says the same as `user.type`.
     */
    user_type: UserType;
}

/**
 * `chat_user_removed` (API 3.1): a user left a chat.
 */
export interface ChatUserRemovedPayload {
    chat_id: string;
    /**
     * Documented, but missing in captured traffic, and empty for inactive chats.
     */
    thread_id?: string;
    user_id: string;
    user_type: UserType;
}

/**
 * `incoming_event` and `event_updated` of API 3.1, which has no deleted events.
 */
export interface EventPayloadV3_1 {
    chat_id: string;
    thread_id: string;
    event: LiveChatEventV3_1;
}

/**
 * `agent_status_changed` (API 3.1): an agent's routing status changed.
 */
export interface AgentStatusChangedPayload {
    agent_id: string;
    status: AgentStatus;
}

/**
 * Spelled with spaces here, unlike the agent's `routing_status`.
 */
export type AgentStatus = "accepting chats" | "not accepting chats" | "offline";

/**
 * The seed's (API 3.0 preview) seen marker; released 3.1 sends `events_marked_as_seen`.
 */
export interface LastSeenTimestampUpdatedPayload {
    user_id: string;
    chat_id: string;
    /**
     * In the seed; absent from other samples.
     */
    thread_id?: string;
    /**
     * Unix seconds.
     */
    timestamp: number;
}

/**
 * Known only from LiveChat's Go SDK; documented nowhere.
 */
export interface FollowUpRequestedPayload {
    chat_id: string;
    thread_id: string;
    customer_id: string;
}

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * The first version with webhooks of this shape, retired by LiveChat: `incoming_chat_thread`, `thread_closed`, `access_*`, `chat_user_*`, ...
 */
export type WebhookV3_1 = ({ action: "incoming_chat_thread" } & EnvelopeV3_1<IncomingChatThreadPayload>) | ({ action: "thread_closed" } & EnvelopeV3_1<ChatDeactivatedPayload>) | ({ action: "access_granted" } & EnvelopeV3_1<AccessPayload>) | ({ action: "access_revoked" } & EnvelopeV3_1<AccessPayload>) | ({ action: "access_set" } & EnvelopeV3_1<AccessPayload>) | ({ action: "chat_user_added" } & EnvelopeV3_1<ChatUserAddedPayload>) | ({ action: "chat_user_removed" } & EnvelopeV3_1<ChatUserRemovedPayload>) | ({ action: "incoming_event" } & EnvelopeV3_1<EventPayloadV3_1>) | ({ action: "event_updated" } & EnvelopeV3_1<EventPayloadV3_1>) | ({ action: "incoming_rich_message_postback" } & EnvelopeV3_1<IncomingRichMessagePostbackPayloadV3_1>) | ({ action: "chat_properties_updated" } & EnvelopeV3_1<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & EnvelopeV3_1<ChatPropertiesDeletedPayload>) | ({ action: "chat_thread_properties_updated" } & EnvelopeV3_1<ThreadPropertiesUpdatedPayload>) | ({ action: "chat_thread_properties_deleted" } & EnvelopeV3_1<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & EnvelopeV3_1<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & EnvelopeV3_1<EventPropertiesDeletedPayload>) | ({ action: "chat_thread_tagged" } & EnvelopeV3_1<ThreadTagPayload>) | ({ action: "chat_thread_untagged" } & EnvelopeV3_1<ThreadTagPayload>) | ({ action: "agent_status_changed" } & EnvelopeV3_1<AgentStatusChangedPayload>) | ({ action: "agent_deleted" } & EnvelopeV3_1<AgentDeletedPayload>) | ({ action: "customer_created" } & EnvelopeV3_1<CustomerCreatedPayloadV3_1>) | ({ action: "events_marked_as_seen" } & EnvelopeV3_1<EventsMarkedAsSeenPayload>) | ({ action: "last_seen_timestamp_updated" } & EnvelopeV3_1<LastSeenTimestampUpdatedPayload>) | ({ action: "follow_up_requested" } & EnvelopeV3_1<FollowUpRequestedPayload>);

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * 3.2 renamed most actions (`incoming_chat`, `chat_deactivated`, `user_added_to_chat`, ...), dropped `access_set` and `agent_status_changed`, and put `license_id` in the envelope; threads carry `created_at`, customers `session_fields`.
 */
export type WebhookV3_2 = ({ action: "incoming_chat" } & EnvelopeV3_2<IncomingChatPayloadV3_2>) | ({ action: "chat_deactivated" } & EnvelopeV3_2<ChatDeactivatedPayload>) | ({ action: "chat_access_granted" } & EnvelopeV3_2<ChatAccessPayload>) | ({ action: "chat_access_revoked" } & EnvelopeV3_2<ChatAccessPayload>) | ({ action: "user_added_to_chat" } & EnvelopeV3_2<UserAddedToChatPayloadV3_2>) | ({ action: "user_removed_from_chat" } & EnvelopeV3_2<UserRemovedFromChatPayload>) | ({ action: "incoming_event" } & EnvelopeV3_2<EventPayloadV3_2>) | ({ action: "event_updated" } & EnvelopeV3_2<EventPayloadV3_2>) | ({ action: "incoming_rich_message_postback" } & EnvelopeV3_2<IncomingRichMessagePostbackPayloadV3_1>) | ({ action: "chat_properties_updated" } & EnvelopeV3_2<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & EnvelopeV3_2<ChatPropertiesDeletedPayload>) | ({ action: "thread_properties_updated" } & EnvelopeV3_2<ThreadPropertiesUpdatedPayload>) | ({ action: "thread_properties_deleted" } & EnvelopeV3_2<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & EnvelopeV3_2<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & EnvelopeV3_2<EventPropertiesDeletedPayload>) | ({ action: "thread_tagged" } & EnvelopeV3_2<ThreadTagPayload>) | ({ action: "thread_untagged" } & EnvelopeV3_2<ThreadTagPayload>) | ({ action: "routing_status_set" } & EnvelopeV3_2<RoutingStatusSetPayload>) | ({ action: "agent_deleted" } & EnvelopeV3_2<AgentDeletedPayload>) | ({ action: "customer_created" } & EnvelopeV3_2<CustomerCreatedPayloadV3_2>) | ({ action: "events_marked_as_seen" } & EnvelopeV3_2<EventsMarkedAsSeenPayload>);

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * 3.3 added `incoming_customer` (was `customer_created`), `chat_transferred` and `customer_session_fields_updated`; `form` events; `chat_presence_user_ids`.
 */
export type WebhookV3_3 = ({ action: "incoming_chat" } & EnvelopeV3_3<IncomingChatPayloadV3_3>) | ({ action: "chat_deactivated" } & EnvelopeV3_3<ChatDeactivatedPayload>) | ({ action: "chat_access_granted" } & EnvelopeV3_3<ChatAccessPayload>) | ({ action: "chat_access_revoked" } & EnvelopeV3_3<ChatAccessPayload>) | ({ action: "chat_transferred" } & EnvelopeV3_3<ChatTransferredPayloadV3_3>) | ({ action: "user_added_to_chat" } & EnvelopeV3_3<UserAddedToChatPayloadV3_3>) | ({ action: "user_removed_from_chat" } & EnvelopeV3_3<UserRemovedFromChatPayload>) | ({ action: "incoming_event" } & EnvelopeV3_3<EventPayloadV3_3>) | ({ action: "event_updated" } & EnvelopeV3_3<EventPayloadV3_3>) | ({ action: "incoming_rich_message_postback" } & EnvelopeV3_3<IncomingRichMessagePostbackPayloadV3_1>) | ({ action: "chat_properties_updated" } & EnvelopeV3_3<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & EnvelopeV3_3<ChatPropertiesDeletedPayload>) | ({ action: "thread_properties_updated" } & EnvelopeV3_3<ThreadPropertiesUpdatedPayload>) | ({ action: "thread_properties_deleted" } & EnvelopeV3_3<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & EnvelopeV3_3<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & EnvelopeV3_3<EventPropertiesDeletedPayload>) | ({ action: "thread_tagged" } & EnvelopeV3_3<ThreadTagPayload>) | ({ action: "thread_untagged" } & EnvelopeV3_3<ThreadTagPayload>) | ({ action: "routing_status_set" } & EnvelopeV3_3<RoutingStatusSetPayload>) | ({ action: "agent_deleted" } & EnvelopeV3_3<AgentDeletedPayload>) | ({ action: "incoming_customer" } & EnvelopeV3_3<CustomerCreatedPayload>) | ({ action: "customer_session_fields_updated" } & EnvelopeV3_3<CustomerSessionFieldsUpdatedPayload>) | ({ action: "events_marked_as_seen" } & EnvelopeV3_3<EventsMarkedAsSeenPayload>);

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * 3.4 put `organization_id` in the envelope (its preview still sent `license_id`), merged the chat access actions into `chat_access_updated`, and added configuration webhooks (agents, auto access, bots, groups); events carry `visibility` (was `recipients`).
 */
export type WebhookV3_4 = ({ action: "incoming_chat" } & EnvelopeV3_4<IncomingChatPayloadV3_4>) | ({ action: "chat_deactivated" } & EnvelopeV3_4<ChatDeactivatedPayload>) | ({ action: "chat_access_updated" } & EnvelopeV3_4<ChatAccessPayload>) | ({ action: "chat_transferred" } & EnvelopeV3_4<ChatTransferredPayloadV3_3>) | ({ action: "user_added_to_chat" } & EnvelopeV3_4<UserAddedToChatPayloadV3_4>) | ({ action: "user_removed_from_chat" } & EnvelopeV3_4<UserRemovedFromChatPayload>) | ({ action: "incoming_event" } & EnvelopeV3_4<EventPayloadV3_4>) | ({ action: "event_updated" } & EnvelopeV3_4<EventPayloadV3_4>) | ({ action: "incoming_rich_message_postback" } & EnvelopeV3_4<IncomingRichMessagePostbackPayloadV3_1>) | ({ action: "chat_properties_updated" } & EnvelopeV3_4<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & EnvelopeV3_4<ChatPropertiesDeletedPayload>) | ({ action: "thread_properties_updated" } & EnvelopeV3_4<ThreadPropertiesUpdatedPayload>) | ({ action: "thread_properties_deleted" } & EnvelopeV3_4<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & EnvelopeV3_4<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & EnvelopeV3_4<EventPropertiesDeletedPayload>) | ({ action: "thread_tagged" } & EnvelopeV3_4<ThreadTagPayload>) | ({ action: "thread_untagged" } & EnvelopeV3_4<ThreadTagPayload>) | ({ action: "routing_status_set" } & EnvelopeV3_4<RoutingStatusSetPayload>) | ({ action: "incoming_customer" } & EnvelopeV3_4<CustomerCreatedPayload>) | ({ action: "customer_session_fields_updated" } & EnvelopeV3_4<CustomerSessionFieldsUpdatedPayload>) | ({ action: "agent_created" } & EnvelopeV3_4<AgentCreatedPayloadV3_4>) | ({ action: "agent_approved" } & EnvelopeV3_4<IdPayload>) | ({ action: "agent_updated" } & EnvelopeV3_4<AgentUpdatedPayloadV3_4>) | ({ action: "agent_suspended" } & EnvelopeV3_4<IdPayload>) | ({ action: "agent_unsuspended" } & EnvelopeV3_4<IdPayload>) | ({ action: "agent_deleted" } & EnvelopeV3_4<IdPayload>) | ({ action: "auto_access_added" } & EnvelopeV3_4<AutoAccessAddedPayload>) | ({ action: "auto_access_updated" } & EnvelopeV3_4<AutoAccessUpdatedPayload>) | ({ action: "auto_access_deleted" } & EnvelopeV3_4<IdPayload>) | ({ action: "bot_created" } & EnvelopeV3_4<BotCreatedPayloadV3_4>) | ({ action: "bot_updated" } & EnvelopeV3_4<BotUpdatedPayloadV3_4>) | ({ action: "bot_deleted" } & EnvelopeV3_4<IdPayload>) | ({ action: "group_created" } & EnvelopeV3_4<GroupCreatedPayload>) | ({ action: "group_updated" } & EnvelopeV3_4<GroupUpdatedPayload>) | ({ action: "group_deleted" } & EnvelopeV3_4<GroupDeletedPayload>) | ({ action: "events_marked_as_seen" } & EnvelopeV3_4<EventsMarkedAsSeenPayload>);

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * 3.5 added tags, replaced the three `auto_access_*` actions by `auto_accesses_updated` (an array payload), and gave agents the new `work_scheduler`.
 */
export type WebhookV3_5 = ({ action: "incoming_chat" } & Envelope<IncomingChatPayloadV3_5>) | ({ action: "chat_deactivated" } & Envelope<ChatDeactivatedPayload>) | ({ action: "chat_access_updated" } & Envelope<ChatAccessPayload>) | ({ action: "chat_transferred" } & Envelope<ChatTransferredPayloadV3_3>) | ({ action: "user_added_to_chat" } & Envelope<UserAddedToChatPayloadV3_5>) | ({ action: "user_removed_from_chat" } & Envelope<UserRemovedFromChatPayload>) | ({ action: "incoming_event" } & Envelope<EventPayloadV3_5>) | ({ action: "event_updated" } & Envelope<EventPayloadV3_5>) | ({ action: "incoming_rich_message_postback" } & Envelope<IncomingRichMessagePostbackPayloadV3_1>) | ({ action: "chat_properties_updated" } & Envelope<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & Envelope<ChatPropertiesDeletedPayload>) | ({ action: "thread_properties_updated" } & Envelope<ThreadPropertiesUpdatedPayload>) | ({ action: "thread_properties_deleted" } & Envelope<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & Envelope<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & Envelope<EventPropertiesDeletedPayload>) | ({ action: "thread_tagged" } & Envelope<ThreadTagPayload>) | ({ action: "thread_untagged" } & Envelope<ThreadTagPayload>) | ({ action: "routing_status_set" } & Envelope<RoutingStatusSetPayload>) | ({ action: "incoming_customer" } & Envelope<CustomerCreatedPayload>) | ({ action: "customer_session_fields_updated" } & Envelope<CustomerSessionFieldsUpdatedPayload>) | ({ action: "agent_created" } & Envelope<AgentCreatedPayload>) | ({ action: "agent_approved" } & Envelope<IdPayload>) | ({ action: "agent_updated" } & Envelope<AgentUpdatedPayload>) | ({ action: "agent_suspended" } & Envelope<IdPayload>) | ({ action: "agent_unsuspended" } & Envelope<IdPayload>) | ({ action: "agent_deleted" } & Envelope<IdPayload>) | ({ action: "auto_accesses_updated" } & Envelope<AutoAccessChange[]>) | ({ action: "bot_created" } & Envelope<BotCreatedPayloadV3_5>) | ({ action: "bot_updated" } & Envelope<BotUpdatedPayloadV3_5>) | ({ action: "bot_deleted" } & Envelope<IdPayload>) | ({ action: "group_created" } & Envelope<GroupCreatedPayload>) | ({ action: "group_updated" } & Envelope<GroupUpdatedPayload>) | ({ action: "group_deleted" } & Envelope<GroupDeletedPayload>) | ({ action: "tag_created" } & Envelope<TagCreatedPayload>) | ({ action: "tag_deleted" } & Envelope<TagDeletedPayload>) | ({ action: "tag_updated" } & Envelope<TagUpdatedPayload>) | ({ action: "events_marked_as_seen" } & Envelope<EventsMarkedAsSeenPayload>);

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * 3.6 added `event_deleted` and `thread_summary_set`, `system` events and deleted events, customers' `visit` (was `last_visit`), carts and tickets, and `requester` on configuration webhooks; `incoming_customer` is gone.
 */
export type WebhookV3_6 = ({ action: "incoming_chat" } & Envelope<IncomingChatPayload>) | ({ action: "chat_deactivated" } & Envelope<ChatDeactivatedPayload>) | ({ action: "chat_access_updated" } & Envelope<ChatAccessPayload>) | ({ action: "chat_transferred" } & Envelope<ChatTransferredPayload>) | ({ action: "user_added_to_chat" } & Envelope<UserAddedToChatPayload>) | ({ action: "user_removed_from_chat" } & Envelope<UserRemovedFromChatPayload>) | ({ action: "incoming_event" } & Envelope<EventPayload>) | ({ action: "event_updated" } & Envelope<EventPayload>) | ({ action: "event_deleted" } & Envelope<EventDeletedPayload>) | ({ action: "incoming_rich_message_postback" } & Envelope<IncomingRichMessagePostbackPayload>) | ({ action: "chat_properties_updated" } & Envelope<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & Envelope<ChatPropertiesDeletedPayload>) | ({ action: "thread_properties_updated" } & Envelope<ThreadPropertiesUpdatedPayload>) | ({ action: "thread_properties_deleted" } & Envelope<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & Envelope<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & Envelope<EventPropertiesDeletedPayload>) | ({ action: "thread_tagged" } & Envelope<ThreadTagPayload>) | ({ action: "thread_untagged" } & Envelope<ThreadTagPayload>) | ({ action: "routing_status_set" } & Envelope<RoutingStatusSetPayload>) | ({ action: "customer_session_fields_updated" } & Envelope<CustomerSessionFieldsUpdatedPayload>) | ({ action: "agent_created" } & ConfigEnvelope<AgentCreatedPayload>) | ({ action: "agent_approved" } & ConfigEnvelope<IdPayload>) | ({ action: "agent_updated" } & ConfigEnvelope<AgentUpdatedPayload>) | ({ action: "agent_suspended" } & ConfigEnvelope<IdPayload>) | ({ action: "agent_unsuspended" } & ConfigEnvelope<IdPayload>) | ({ action: "agent_deleted" } & ConfigEnvelope<IdPayload>) | ({ action: "auto_accesses_updated" } & ConfigEnvelope<AutoAccessChange[]>) | ({ action: "bot_created" } & ConfigEnvelope<BotCreatedPayload>) | ({ action: "bot_updated" } & ConfigEnvelope<BotUpdatedPayload>) | ({ action: "bot_deleted" } & ConfigEnvelope<IdPayload>) | ({ action: "group_created" } & ConfigEnvelope<GroupCreatedPayload>) | ({ action: "group_updated" } & ConfigEnvelope<GroupUpdatedPayload>) | ({ action: "group_deleted" } & ConfigEnvelope<GroupDeletedPayload>) | ({ action: "tag_created" } & ConfigEnvelope<TagCreatedPayload>) | ({ action: "tag_deleted" } & ConfigEnvelope<TagDeletedPayload>) | ({ action: "tag_updated" } & ConfigEnvelope<TagUpdatedPayload>) | ({ action: "events_marked_as_seen" } & Envelope<EventsMarkedAsSeenPayload>) | ({ action: "thread_summary_set" } & Envelope<ThreadSummarySetPayload>);

/**
 * Every webhook of this API version, told apart by `action`.
 *
 * 3.7 is a developer preview whose webhooks are those of 3.6.
 */
export type WebhookV3_7 = ({ action: "incoming_chat" } & Envelope<IncomingChatPayload>) | ({ action: "chat_deactivated" } & Envelope<ChatDeactivatedPayload>) | ({ action: "chat_access_updated" } & Envelope<ChatAccessPayload>) | ({ action: "chat_transferred" } & Envelope<ChatTransferredPayload>) | ({ action: "user_added_to_chat" } & Envelope<UserAddedToChatPayload>) | ({ action: "user_removed_from_chat" } & Envelope<UserRemovedFromChatPayload>) | ({ action: "incoming_event" } & Envelope<EventPayload>) | ({ action: "event_updated" } & Envelope<EventPayload>) | ({ action: "event_deleted" } & Envelope<EventDeletedPayload>) | ({ action: "incoming_rich_message_postback" } & Envelope<IncomingRichMessagePostbackPayload>) | ({ action: "chat_properties_updated" } & Envelope<ChatPropertiesUpdatedPayload>) | ({ action: "chat_properties_deleted" } & Envelope<ChatPropertiesDeletedPayload>) | ({ action: "thread_properties_updated" } & Envelope<ThreadPropertiesUpdatedPayload>) | ({ action: "thread_properties_deleted" } & Envelope<ThreadPropertiesDeletedPayload>) | ({ action: "event_properties_updated" } & Envelope<EventPropertiesUpdatedPayload>) | ({ action: "event_properties_deleted" } & Envelope<EventPropertiesDeletedPayload>) | ({ action: "thread_tagged" } & Envelope<ThreadTagPayload>) | ({ action: "thread_untagged" } & Envelope<ThreadTagPayload>) | ({ action: "routing_status_set" } & Envelope<RoutingStatusSetPayload>) | ({ action: "customer_session_fields_updated" } & Envelope<CustomerSessionFieldsUpdatedPayload>) | ({ action: "agent_created" } & ConfigEnvelope<AgentCreatedPayload>) | ({ action: "agent_approved" } & ConfigEnvelope<IdPayload>) | ({ action: "agent_updated" } & ConfigEnvelope<AgentUpdatedPayload>) | ({ action: "agent_suspended" } & ConfigEnvelope<IdPayload>) | ({ action: "agent_unsuspended" } & ConfigEnvelope<IdPayload>) | ({ action: "agent_deleted" } & ConfigEnvelope<IdPayload>) | ({ action: "auto_accesses_updated" } & ConfigEnvelope<AutoAccessChange[]>) | ({ action: "bot_created" } & ConfigEnvelope<BotCreatedPayload>) | ({ action: "bot_updated" } & ConfigEnvelope<BotUpdatedPayload>) | ({ action: "bot_deleted" } & ConfigEnvelope<IdPayload>) | ({ action: "group_created" } & ConfigEnvelope<GroupCreatedPayload>) | ({ action: "group_updated" } & ConfigEnvelope<GroupUpdatedPayload>) | ({ action: "group_deleted" } & ConfigEnvelope<GroupDeletedPayload>) | ({ action: "tag_created" } & ConfigEnvelope<TagCreatedPayload>) | ({ action: "tag_deleted" } & ConfigEnvelope<TagDeletedPayload>) | ({ action: "tag_updated" } & ConfigEnvelope<TagUpdatedPayload>) | ({ action: "events_marked_as_seen" } & Envelope<EventsMarkedAsSeenPayload>) | ({ action: "thread_summary_set" } & Envelope<ThreadSummarySetPayload>);

/** The RTM pushes of the Agent Chat API in API 3.2, told apart by `action`. */
export type AgentPushV3_2 =
    | { version?: string; request_id?: string; action: "agent_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "chat_access_granted"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_access_revoked"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayloadV3_2 }
    | { version?: string; request_id?: string; action: "chat_unfollowed"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "customer_banned"; type: "push"; payload: CustomerBannedPayload }
    | { version?: string; request_id?: string; action: "customer_created"; type: "push"; payload: CustomerCreatedPayloadV3_2 }
    | { version?: string; request_id?: string; action: "customer_page_updated"; type: "push"; payload: CustomerPageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdatedV3_2Payload }
    | { version?: string; request_id?: string; action: "customer_visit_ended"; type: "push"; payload: CustomerVisitEndedPayload }
    | { version?: string; request_id?: string; action: "customer_visit_started"; type: "push"; payload: CustomerVisitStartedPayload }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: EventPayloadV3_2 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: IncomingChatPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: EventPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: MulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_sneak_peek"; type: "push"; payload: SneakPeekPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: TypingIndicatorPayloadV3_2 }
    | { version?: string; request_id?: string; action: "queue_positions_updated"; type: "push"; payload: QueuePosition[] }
    | { version?: string; request_id?: string; action: "routing_status_set"; type: "push"; payload: RoutingStatusSetPayload }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_tagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "thread_untagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_2 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Customer Chat API in API 3.2, told apart by `action`. */
export type CustomerPushV3_2 =
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayloadV3_2 }
    | { version?: string; request_id?: string; action: "customer_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "customer_side_storage_updated"; type: "push"; payload: CustomerSideStorageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdatedV3_2Payload }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: CustomerApiEventPayloadV3_2 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "greeting_accepted"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "greeting_canceled"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: CustomerApiIncomingChatPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: CustomerApiEventPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_greeting"; type: "push"; payload: IncomingGreetingPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: CustomerMulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: CustomerTypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "queue_position_updated"; type: "push"; payload: QueuePosition }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_2 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Agent Chat API in API 3.3, told apart by `action`. */
export type AgentPushV3_3 =
    | { version?: string; request_id?: string; action: "agent_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "chat_access_granted"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_access_revoked"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayloadV3_3 }
    | { version?: string; request_id?: string; action: "chat_unfollowed"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "customer_banned"; type: "push"; payload: CustomerBannedPayload }
    | { version?: string; request_id?: string; action: "customer_left"; type: "push"; payload: CustomerLeftPayload }
    | { version?: string; request_id?: string; action: "customer_page_updated"; type: "push"; payload: CustomerPageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_transferred"; type: "push"; payload: CustomerTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_unfollowed"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdateV3_2 }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: EventPayloadV3_3 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: IncomingChatPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_customer"; type: "push"; payload: CreatedCustomerV3_3 }
    | { version?: string; request_id?: string; action: "incoming_customers"; type: "push"; payload: IncomingCustomersPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: EventPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: MulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_sneak_peek"; type: "push"; payload: SneakPeekPayloadV3_2 }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: TypingIndicatorPayloadV3_2 }
    | { version?: string; request_id?: string; action: "queue_positions_updated"; type: "push"; payload: QueuePosition[] }
    | { version?: string; request_id?: string; action: "routing_status_set"; type: "push"; payload: RoutingStatusSetPayload }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_tagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "thread_untagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_3 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Customer Chat API in API 3.3, told apart by `action`. */
export type CustomerPushV3_3 =
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: CustomerApiChatTransferredPayloadV3_3 }
    | { version?: string; request_id?: string; action: "customer_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "customer_side_storage_updated"; type: "push"; payload: CustomerSideStorageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdateV3_2 }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: CustomerApiEventPayloadV3_3 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "greeting_accepted"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "greeting_canceled"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: CustomerApiIncomingChatPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: CustomerApiEventPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_greeting"; type: "push"; payload: IncomingGreetingPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: CustomerMulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: CustomerTypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "queue_position_updated"; type: "push"; payload: QueuePosition }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_3 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Agent Chat API in API 3.4, told apart by `action`. */
export type AgentPushV3_4 =
    | { version?: string; request_id?: string; action: "agent_approved"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_created"; type: "push"; payload: AgentCreatedPayloadV3_4 }
    | { version?: string; request_id?: string; action: "agent_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "agent_suspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_unsuspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_updated"; type: "push"; payload: AgentUpdatedPayloadV3_4 }
    | { version?: string; request_id?: string; action: "auto_access_added"; type: "push"; payload: AutoAccessAddedPayload }
    | { version?: string; request_id?: string; action: "auto_access_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "auto_access_updated"; type: "push"; payload: AutoAccessUpdatedPayload }
    | { version?: string; request_id?: string; action: "bot_created"; type: "push"; payload: BotCreatedPayloadV3_4 }
    | { version?: string; request_id?: string; action: "bot_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "bot_updated"; type: "push"; payload: BotUpdatedPayloadV3_4 }
    | { version?: string; request_id?: string; action: "chat_access_updated"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_deleted"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayloadV3_3 }
    | { version?: string; request_id?: string; action: "chat_unfollowed"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "customer_banned"; type: "push"; payload: CustomerBannedPayload }
    | { version?: string; request_id?: string; action: "customer_left"; type: "push"; payload: CustomerLeftPayload }
    | { version?: string; request_id?: string; action: "customer_page_updated"; type: "push"; payload: CustomerPageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_transferred"; type: "push"; payload: CustomerTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdateV3_2 }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: EventPayloadV3_4 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "group_created"; type: "push"; payload: GroupCreatedPayload }
    | { version?: string; request_id?: string; action: "group_deleted"; type: "push"; payload: GroupDeletedPayload }
    | { version?: string; request_id?: string; action: "group_updated"; type: "push"; payload: GroupUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: IncomingChatPayloadV3_4 }
    | { version?: string; request_id?: string; action: "incoming_customer"; type: "push"; payload: CreatedCustomerV3_3 }
    | { version?: string; request_id?: string; action: "incoming_customers"; type: "push"; payload: IncomingCustomersPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: EventPayloadV3_4 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: MulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_sneak_peek"; type: "push"; payload: SneakPeekPayload }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: TypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "queue_positions_updated"; type: "push"; payload: QueuePosition[] }
    | { version?: string; request_id?: string; action: "routing_status_set"; type: "push"; payload: RoutingStatusSetPayload }
    | { version?: string; request_id?: string; action: "thread_deleted"; type: "push"; payload: ThreadDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_tagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "thread_untagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "threads_deleted"; type: "push"; payload: ThreadsDeletedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_4 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Customer Chat API in API 3.4, told apart by `action`. */
export type CustomerPushV3_4 =
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: CustomerApiChatTransferredPayloadV3_3 }
    | { version?: string; request_id?: string; action: "customer_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "customer_side_storage_updated"; type: "push"; payload: CustomerSideStorageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdateV3_2 }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: CustomerApiEventPayloadV3_4 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "greeting_accepted"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "greeting_canceled"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: CustomerApiIncomingChatPayloadV3_4 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: CustomerApiEventPayloadV3_4 }
    | { version?: string; request_id?: string; action: "incoming_greeting"; type: "push"; payload: IncomingGreetingPayloadV3_4 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: CustomerMulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: CustomerTypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "queue_position_updated"; type: "push"; payload: QueuePosition }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_4 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Agent Chat API in API 3.5, told apart by `action`. */
export type AgentPushV3_5 =
    | { version?: string; request_id?: string; action: "agent_approved"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_created"; type: "push"; payload: AgentCreatedPayload }
    | { version?: string; request_id?: string; action: "agent_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "agent_suspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_unsuspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_updated"; type: "push"; payload: AgentUpdatedPayload }
    | { version?: string; request_id?: string; action: "auto_accesses_updated"; type: "push"; payload: AutoAccessChange[] }
    | { version?: string; request_id?: string; action: "bot_created"; type: "push"; payload: BotCreatedPayloadV3_5 }
    | { version?: string; request_id?: string; action: "bot_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "bot_updated"; type: "push"; payload: BotUpdatedPayloadV3_5 }
    | { version?: string; request_id?: string; action: "chat_access_updated"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_deleted"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayloadV3_3 }
    | { version?: string; request_id?: string; action: "chat_unfollowed"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "customer_banned"; type: "push"; payload: CustomerBannedPayload }
    | { version?: string; request_id?: string; action: "customer_left"; type: "push"; payload: CustomerLeftPayload }
    | { version?: string; request_id?: string; action: "customer_page_updated"; type: "push"; payload: CustomerPageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_transferred"; type: "push"; payload: CustomerTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdateV3_2 }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: EventPayloadV3_5 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "group_created"; type: "push"; payload: GroupCreatedPayload }
    | { version?: string; request_id?: string; action: "group_deleted"; type: "push"; payload: GroupDeletedPayload }
    | { version?: string; request_id?: string; action: "group_updated"; type: "push"; payload: GroupUpdatedPayload }
    | { version?: string; request_id?: string; action: "groups_status_updated"; type: "push"; payload: GroupsStatusUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: IncomingChatPayloadV3_5 }
    | { version?: string; request_id?: string; action: "incoming_customer"; type: "push"; payload: CreatedCustomerV3_3 }
    | { version?: string; request_id?: string; action: "incoming_customers"; type: "push"; payload: IncomingCustomersPayloadV3_3 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: EventPayloadV3_5 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: MulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_sneak_peek"; type: "push"; payload: SneakPeekPayload }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: TypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "queue_positions_updated"; type: "push"; payload: QueuePosition[] }
    | { version?: string; request_id?: string; action: "routing_status_set"; type: "push"; payload: RoutingStatusSetPayload }
    | { version?: string; request_id?: string; action: "tag_created"; type: "push"; payload: TagCreatedPayload }
    | { version?: string; request_id?: string; action: "tag_deleted"; type: "push"; payload: TagDeletedPayload }
    | { version?: string; request_id?: string; action: "tag_updated"; type: "push"; payload: TagUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_deleted"; type: "push"; payload: ThreadDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_tagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "thread_untagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "threads_deleted"; type: "push"; payload: ThreadsDeletedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_5 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Customer Chat API in API 3.5, told apart by `action`. */
export type CustomerPushV3_5 =
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: CustomerApiChatTransferredPayloadV3_3 }
    | { version?: string; request_id?: string; action: "customer_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "customer_side_storage_updated"; type: "push"; payload: CustomerSideStorageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdateV3_2 }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: CustomerApiEventPayloadV3_5 }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "greeting_accepted"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "greeting_canceled"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "groups_status_updated"; type: "push"; payload: CustomerGroupsStatusUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: CustomerApiIncomingChatPayloadV3_5 }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: CustomerApiEventPayloadV3_5 }
    | { version?: string; request_id?: string; action: "incoming_greeting"; type: "push"; payload: IncomingGreetingPayloadV3_5 }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: CustomerMulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayloadV3_1 }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: CustomerTypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "queue_position_updated"; type: "push"; payload: QueuePosition }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayloadV3_5 }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Agent Chat API in API 3.6, told apart by `action`. */
export type AgentPushV3_6 =
    | { version?: string; request_id?: string; action: "agent_approved"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_created"; type: "push"; payload: AgentCreatedPayload }
    | { version?: string; request_id?: string; action: "agent_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "agent_suspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_unsuspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_updated"; type: "push"; payload: AgentUpdatedPayload }
    | { version?: string; request_id?: string; action: "auto_accesses_updated"; type: "push"; payload: AutoAccessChange[] }
    | { version?: string; request_id?: string; action: "bot_created"; type: "push"; payload: BotCreatedPayload }
    | { version?: string; request_id?: string; action: "bot_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "bot_updated"; type: "push"; payload: BotUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_access_updated"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_deleted"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayload }
    | { version?: string; request_id?: string; action: "chat_unfollowed"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "customer_banned"; type: "push"; payload: CustomerBannedPayload }
    | { version?: string; request_id?: string; action: "customer_left"; type: "push"; payload: CustomerLeftPayload }
    | { version?: string; request_id?: string; action: "customer_page_updated"; type: "push"; payload: CustomerPageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_statistics_updated"; type: "push"; payload: CustomerStatisticsUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_transferred"; type: "push"; payload: CustomerTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdate }
    | { version?: string; request_id?: string; action: "event_deleted"; type: "push"; payload: EventDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: EventPayload }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "group_created"; type: "push"; payload: GroupCreatedPayload }
    | { version?: string; request_id?: string; action: "group_deleted"; type: "push"; payload: GroupDeletedPayload }
    | { version?: string; request_id?: string; action: "group_properties_updated"; type: "push"; payload: GroupPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "group_updated"; type: "push"; payload: GroupUpdatedPayload }
    | { version?: string; request_id?: string; action: "groups_status_updated"; type: "push"; payload: GroupsStatusUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: IncomingChatPayload }
    | { version?: string; request_id?: string; action: "incoming_customer"; type: "push"; payload: CreatedCustomer }
    | { version?: string; request_id?: string; action: "incoming_customers"; type: "push"; payload: IncomingCustomersPayload }
    | { version?: string; request_id?: string; action: "incoming_error"; type: "push"; payload: IncomingErrorPayload }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: EventPayload }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: MulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayload }
    | { version?: string; request_id?: string; action: "incoming_sneak_peek"; type: "push"; payload: SneakPeekPayload }
    | { version?: string; request_id?: string; action: "incoming_thinking_indicator"; type: "push"; payload: ThinkingIndicatorPayload }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: TypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "license_properties_updated"; type: "push"; payload: LicensePropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "queue_positions_updated"; type: "push"; payload: QueuePosition[] }
    | { version?: string; request_id?: string; action: "routing_status_set"; type: "push"; payload: RoutingStatusSetPayload }
    | { version?: string; request_id?: string; action: "subscribed_customers_totals_updated"; type: "push"; payload: Record<string, number> }
    | { version?: string; request_id?: string; action: "tag_created"; type: "push"; payload: TagCreatedPayload }
    | { version?: string; request_id?: string; action: "tag_deleted"; type: "push"; payload: TagDeletedPayload }
    | { version?: string; request_id?: string; action: "tag_updated"; type: "push"; payload: TagUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_deleted"; type: "push"; payload: ThreadDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_summary_set"; type: "push"; payload: ThreadSummarySetPayload }
    | { version?: string; request_id?: string; action: "thread_tagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "thread_untagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "threads_deleted"; type: "push"; payload: ThreadsDeletedPayload }
    | { version?: string; request_id?: string; action: "ticket_created"; type: "push"; payload: TicketCreatedPayload }
    | { version?: string; request_id?: string; action: "ticket_deleted"; type: "push"; payload: TicketDeletedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayload }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Customer Chat API in API 3.6, told apart by `action`. */
export type CustomerPushV3_6 =
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: CustomerApiChatTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "customer_side_storage_updated"; type: "push"; payload: CustomerSideStorageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdate }
    | { version?: string; request_id?: string; action: "event_deleted"; type: "push"; payload: EventDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: CustomerApiEventPayload }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "greeting_accepted"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "greeting_canceled"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "groups_status_updated"; type: "push"; payload: CustomerGroupsStatusUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: CustomerApiIncomingChatPayload }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: CustomerApiEventPayload }
    | { version?: string; request_id?: string; action: "incoming_event_preview"; type: "push"; payload: EventPreviewPayload }
    | { version?: string; request_id?: string; action: "incoming_greeting"; type: "push"; payload: IncomingGreetingPayload }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: CustomerMulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayload }
    | { version?: string; request_id?: string; action: "incoming_thinking_indicator"; type: "push"; payload: ThinkingIndicatorPayload }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: CustomerTypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "incoming_welcome_message"; type: "push"; payload: WelcomeMessagePayload }
    | { version?: string; request_id?: string; action: "queue_position_updated"; type: "push"; payload: QueuePosition }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayload }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/** The RTM pushes of the Agent Chat API in API 3.7, told apart by `action`. */
export type AgentPushV3_7 =
    | { version?: string; request_id?: string; action: "agent_approved"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_created"; type: "push"; payload: AgentCreatedPayload }
    | { version?: string; request_id?: string; action: "agent_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "agent_suspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_unsuspended"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "agent_updated"; type: "push"; payload: AgentUpdatedPayload }
    | { version?: string; request_id?: string; action: "auto_accesses_updated"; type: "push"; payload: AutoAccessChange[] }
    | { version?: string; request_id?: string; action: "bot_created"; type: "push"; payload: BotCreatedPayload }
    | { version?: string; request_id?: string; action: "bot_deleted"; type: "push"; payload: IdPayload }
    | { version?: string; request_id?: string; action: "bot_updated"; type: "push"; payload: BotUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_access_updated"; type: "push"; payload: ChatAccessPayload }
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_deleted"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: ChatTransferredPayload }
    | { version?: string; request_id?: string; action: "chat_unfollowed"; type: "push"; payload: ChatIdPayload }
    | { version?: string; request_id?: string; action: "customer_banned"; type: "push"; payload: CustomerBannedPayload }
    | { version?: string; request_id?: string; action: "customer_left"; type: "push"; payload: CustomerLeftPayload }
    | { version?: string; request_id?: string; action: "customer_page_updated"; type: "push"; payload: CustomerPageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_statistics_updated"; type: "push"; payload: CustomerStatisticsUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_transferred"; type: "push"; payload: CustomerTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdate }
    | { version?: string; request_id?: string; action: "event_deleted"; type: "push"; payload: EventDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: EventPayload }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "group_created"; type: "push"; payload: GroupCreatedPayload }
    | { version?: string; request_id?: string; action: "group_deleted"; type: "push"; payload: GroupDeletedPayload }
    | { version?: string; request_id?: string; action: "group_properties_updated"; type: "push"; payload: GroupPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "group_updated"; type: "push"; payload: GroupUpdatedPayload }
    | { version?: string; request_id?: string; action: "groups_status_updated"; type: "push"; payload: GroupsStatusUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: IncomingChatPayload }
    | { version?: string; request_id?: string; action: "incoming_customer"; type: "push"; payload: CreatedCustomer }
    | { version?: string; request_id?: string; action: "incoming_customers"; type: "push"; payload: IncomingCustomersPayload }
    | { version?: string; request_id?: string; action: "incoming_error"; type: "push"; payload: IncomingErrorPayload }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: EventPayload }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: MulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayload }
    | { version?: string; request_id?: string; action: "incoming_sneak_peek"; type: "push"; payload: SneakPeekPayload }
    | { version?: string; request_id?: string; action: "incoming_thinking_indicator"; type: "push"; payload: ThinkingIndicatorPayload }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: TypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "license_properties_updated"; type: "push"; payload: LicensePropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "queue_positions_updated"; type: "push"; payload: QueuePosition[] }
    | { version?: string; request_id?: string; action: "routing_status_set"; type: "push"; payload: RoutingStatusSetPayload }
    | { version?: string; request_id?: string; action: "subscribed_customers_totals_updated"; type: "push"; payload: Record<string, number> }
    | { version?: string; request_id?: string; action: "tag_created"; type: "push"; payload: TagCreatedPayload }
    | { version?: string; request_id?: string; action: "tag_deleted"; type: "push"; payload: TagDeletedPayload }
    | { version?: string; request_id?: string; action: "tag_updated"; type: "push"; payload: TagUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_deleted"; type: "push"; payload: ThreadDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "thread_summary_set"; type: "push"; payload: ThreadSummarySetPayload }
    | { version?: string; request_id?: string; action: "thread_tagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "thread_untagged"; type: "push"; payload: ThreadTagPayload }
    | { version?: string; request_id?: string; action: "threads_deleted"; type: "push"; payload: ThreadsDeletedPayload }
    | { version?: string; request_id?: string; action: "ticket_created"; type: "push"; payload: TicketCreatedPayload }
    | { version?: string; request_id?: string; action: "ticket_deleted"; type: "push"; payload: TicketDeletedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayload }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload }
    | { version?: string; request_id?: string; action: "canned_response_created"; type: "push"; payload: CannedResponse }
    | { version?: string; request_id?: string; action: "canned_response_updated"; type: "push"; payload: CannedResponseUpdate }
    | { version?: string; request_id?: string; action: "canned_response_deleted"; type: "push"; payload: CannedResponseId };

/** The RTM pushes of the Customer Chat API in API 3.7, told apart by `action`. */
export type CustomerPushV3_7 =
    | { version?: string; request_id?: string; action: "chat_deactivated"; type: "push"; payload: ChatDeactivatedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_deleted"; type: "push"; payload: ChatPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "chat_properties_updated"; type: "push"; payload: ChatPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "chat_transferred"; type: "push"; payload: CustomerApiChatTransferredPayload }
    | { version?: string; request_id?: string; action: "customer_disconnected"; type: "push"; payload: DisconnectedPayload }
    | { version?: string; request_id?: string; action: "customer_side_storage_updated"; type: "push"; payload: CustomerSideStorageUpdatedPayload }
    | { version?: string; request_id?: string; action: "customer_updated"; type: "push"; payload: CustomerUpdate }
    | { version?: string; request_id?: string; action: "event_deleted"; type: "push"; payload: EventDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_deleted"; type: "push"; payload: EventPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "event_properties_updated"; type: "push"; payload: EventPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "event_updated"; type: "push"; payload: CustomerApiEventPayload }
    | { version?: string; request_id?: string; action: "events_marked_as_seen"; type: "push"; payload: EventsMarkedAsSeenPayload }
    | { version?: string; request_id?: string; action: "greeting_accepted"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "greeting_canceled"; type: "push"; payload: GreetingIdPayload }
    | { version?: string; request_id?: string; action: "groups_status_updated"; type: "push"; payload: CustomerGroupsStatusUpdatedPayload }
    | { version?: string; request_id?: string; action: "incoming_chat"; type: "push"; payload: CustomerApiIncomingChatPayload }
    | { version?: string; request_id?: string; action: "incoming_event"; type: "push"; payload: CustomerApiEventPayload }
    | { version?: string; request_id?: string; action: "incoming_event_preview"; type: "push"; payload: EventPreviewPayload }
    | { version?: string; request_id?: string; action: "incoming_greeting"; type: "push"; payload: IncomingGreetingPayload }
    | { version?: string; request_id?: string; action: "incoming_multicast"; type: "push"; payload: CustomerMulticastPayload }
    | { version?: string; request_id?: string; action: "incoming_rich_message_postback"; type: "push"; payload: IncomingRichMessagePostbackPayload }
    | { version?: string; request_id?: string; action: "incoming_thinking_indicator"; type: "push"; payload: ThinkingIndicatorPayload }
    | { version?: string; request_id?: string; action: "incoming_typing_indicator"; type: "push"; payload: CustomerTypingIndicatorPayload }
    | { version?: string; request_id?: string; action: "incoming_welcome_message"; type: "push"; payload: WelcomeMessagePayload }
    | { version?: string; request_id?: string; action: "queue_position_updated"; type: "push"; payload: QueuePosition }
    | { version?: string; request_id?: string; action: "thread_properties_deleted"; type: "push"; payload: ThreadPropertiesDeletedPayload }
    | { version?: string; request_id?: string; action: "thread_properties_updated"; type: "push"; payload: ThreadPropertiesUpdatedPayload }
    | { version?: string; request_id?: string; action: "user_added_to_chat"; type: "push"; payload: UserAddedToChatPayload }
    | { version?: string; request_id?: string; action: "user_removed_from_chat"; type: "push"; payload: UserRemovedFromChatPayload };

/**
 * Each API version's union of RTM pushes, per API (`agent`, `customer`).
 */
export interface PushesByVersion {
    agent: {
        "3.2": AgentPushV3_2;
        "3.3": AgentPushV3_3;
        "3.4": AgentPushV3_4;
        "3.5": AgentPushV3_5;
        "3.6": AgentPushV3_6;
        "3.7": AgentPushV3_7;
    };
    customer: {
        "3.2": CustomerPushV3_2;
        "3.3": CustomerPushV3_3;
        "3.4": CustomerPushV3_4;
        "3.5": CustomerPushV3_5;
        "3.6": CustomerPushV3_6;
        "3.7": CustomerPushV3_7;
    };
}

/**
 * The model's structures of each API version, by name: what `ModelType` reads.
 */
export interface ModelTypesByVersion {
    "3.1": {
        Access: Access;
        AccessPayload: AccessPayload;
        AdditionalData: AdditionalDataV3_1;
        Address: Address;
        Agent: AgentV3_1;
        AgentDeletedPayload: AgentDeletedPayload;
        AgentStatus: AgentStatus;
        AgentStatusChangedPayload: AgentStatusChangedPayload;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonTypeV3_1;
        Cart: Cart;
        CartItem: CartItem;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatUserAddedPayload: ChatUserAddedPayload;
        ChatUserRemovedPayload: ChatUserRemovedPayload;
        ChatV3_1: ChatV3_1;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomerV3_1;
        Customer: CustomerV3_1;
        CustomerCreatedPayload: CustomerCreatedPayloadV3_1;
        CustomerType: CustomerType;
        Decimal: Decimal;
        DeletedProperties: DeletedProperties;
        DocumentedFormField: DocumentedFormFieldV3_1;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventPayloadV3_1: EventPayloadV3_1;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEventV3_1;
        FilledFormEvent: FilledFormEventV3_1;
        FollowUpRequestedPayload: FollowUpRequestedPayload;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionFieldV3_1;
        FormEvent: FormEventV3_1;
        FormField: FormFieldV3_1;
        FormFieldType: FormFieldTypeV3_1;
        GroupAnswer: GroupAnswer;
        IncomingChatThreadPayload: IncomingChatThreadPayload;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayloadV3_1;
        LastSeenTimestampUpdatedPayload: LastSeenTimestampUpdatedPayload;
        LiveChatCustomEvent: LiveChatCustomEventV3_1;
        LiveChatEvent: LiveChatEventV3_1;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEventV3_1;
        MessagePostback: MessagePostbackV3_1;
        ObservedFormField: ObservedFormFieldV3_1;
        Postback: PostbackV3_1;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Recipients: Recipients;
        RichMessageButton: RichMessageButtonV3_1;
        RichMessageElement: RichMessageElementV3_1;
        RichMessageEvent: RichMessageEventV3_1;
        RichMessageImage: RichMessageImageV3_1;
        RoutingStatus: RoutingStatus;
        Scalar: Scalar;
        Statistics: StatisticsV3_1;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEventV3_1;
        SystemMessageEvent: SystemMessageEventV3_1;
        TemplateId: TemplateIdV3_1;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadTagPayload: ThreadTagPayload;
        ThreadV3_1: ThreadV3_1;
        Ticket: Ticket;
        Timestamp: Timestamp;
        TypedCustomer: TypedCustomerV3_1;
        User: UserV3_1;
        UserType: UserType;
        Visibility: Visibility;
        Visit: VisitV3_1;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WrappedCustomer: WrappedCustomerV3_1;
        WrappedValue: WrappedValue;
    };
    "3.2": {
        Access: Access;
        AdditionalData: AdditionalDataV3_2;
        Address: Address;
        Agent: AgentV3_2;
        AgentDeletedPayload: AgentDeletedPayload;
        Ban: Ban;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonTypeV3_1;
        Cart: Cart;
        CartItem: CartItem;
        Chat: ChatV3_2;
        ChatAccessPayload: ChatAccessPayload;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatIdPayload: ChatIdPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatTransferredPayload: ChatTransferredPayloadV3_2;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomerV3_2;
        Customer: CustomerV3_2;
        CustomerApiChat: CustomerApiChatV3_2;
        CustomerApiCustomEvent: CustomerApiCustomEventV3_2;
        CustomerApiDocumentedFormField: CustomerApiDocumentedFormFieldV3_2;
        CustomerApiEvent: CustomerApiEventV3_2;
        CustomerApiEventPayload: CustomerApiEventPayloadV3_2;
        CustomerApiFileEvent: CustomerApiFileEventV3_2;
        CustomerApiFilledFormEvent: CustomerApiFilledFormEventV3_2;
        CustomerApiFormDefinitionField: CustomerApiFormDefinitionFieldV3_2;
        CustomerApiFormEvent: CustomerApiFormEventV3_2;
        CustomerApiFormField: CustomerApiFormFieldV3_2;
        CustomerApiFormFieldType: CustomerApiFormFieldTypeV3_2;
        CustomerApiIncomingChatPayload: CustomerApiIncomingChatPayloadV3_2;
        CustomerApiMessageEvent: CustomerApiMessageEventV3_2;
        CustomerApiObservedFormField: CustomerApiObservedFormFieldV3_2;
        CustomerApiRichMessageEvent: CustomerApiRichMessageEventV3_2;
        CustomerApiThread: CustomerApiThreadV3_2;
        CustomerApiThreadEvent: CustomerApiThreadEventV3_2;
        CustomerBannedPayload: CustomerBannedPayload;
        CustomerCreatedPayload: CustomerCreatedPayloadV3_2;
        CustomerMulticastPayload: CustomerMulticastPayload;
        CustomerPageUpdatedPayload: CustomerPageUpdatedPayload;
        CustomerSideStorageUpdatedPayload: CustomerSideStorageUpdatedPayload;
        CustomerType: CustomerType;
        CustomerTypingIndicator: CustomerTypingIndicator;
        CustomerTypingIndicatorPayload: CustomerTypingIndicatorPayload;
        CustomerUpdate: CustomerUpdateV3_2;
        CustomerUpdatedV3_2Payload: CustomerUpdatedV3_2Payload;
        CustomerVisit: CustomerVisit;
        CustomerVisitEndedPayload: CustomerVisitEndedPayload;
        CustomerVisitStartedPayload: CustomerVisitStartedPayload;
        Decimal: Decimal;
        DeletedProperties: DeletedProperties;
        DisconnectedPayload: DisconnectedPayload;
        DocumentedFormField: DocumentedFormFieldV3_1;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventPayload: EventPayloadV3_2;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEventV3_2;
        FilledFormEvent: FilledFormEventV3_2;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionFieldV3_1;
        FormEvent: FormEventV3_2;
        FormField: FormFieldV3_1;
        FormFieldType: FormFieldTypeV3_1;
        GreetingAgent: GreetingAgent;
        GreetingIdPayload: GreetingIdPayload;
        GroupAnswer: GroupAnswer;
        IncomingChatPayload: IncomingChatPayloadV3_2;
        IncomingGreetingPayload: IncomingGreetingPayloadV3_2;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayloadV3_1;
        LiveChatCustomEvent: LiveChatCustomEventV3_2;
        LiveChatEvent: LiveChatEventV3_2;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEventV3_2;
        MessagePostback: MessagePostbackV3_1;
        MulticastPayload: MulticastPayload;
        ObservedFormField: ObservedFormFieldV3_1;
        Postback: PostbackV3_1;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Queue: Queue;
        QueuePosition: QueuePosition;
        QueueWait: QueueWait;
        Recipients: Recipients;
        RichMessageButton: RichMessageButtonV3_1;
        RichMessageElement: RichMessageElementV3_1;
        RichMessageEvent: RichMessageEventV3_2;
        RichMessageImage: RichMessageImageV3_1;
        RoutingStatus: RoutingStatus;
        RoutingStatusSetPayload: RoutingStatusSetPayload;
        RoutingStatusValue: RoutingStatusValue;
        Scalar: Scalar;
        SneakPeek: SneakPeekV3_2;
        SneakPeekPayload: SneakPeekPayloadV3_2;
        Statistics: StatisticsV3_1;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEventV3_2;
        SystemMessageEvent: SystemMessageEventV3_2;
        TemplateId: TemplateIdV3_1;
        Thread: ThreadV3_2;
        ThreadEvent: ThreadEventV3_2;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadSummary: ThreadSummary;
        ThreadTagPayload: ThreadTagPayload;
        Ticket: Ticket;
        Timestamp: Timestamp;
        TransferQueue: TransferQueueV3_2;
        TransferReason: TransferReason;
        TransferTarget: TransferTarget;
        TypedCustomer: TypedCustomerV3_2;
        TypingIndicator: TypingIndicatorV3_2;
        TypingIndicatorPayload: TypingIndicatorPayloadV3_2;
        User: UserV3_2;
        UserAddedToChatPayload: UserAddedToChatPayloadV3_2;
        UserRemovedFromChatPayload: UserRemovedFromChatPayload;
        UserType: UserType;
        Visibility: Visibility;
        Visit: VisitV3_1;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WrappedCustomer: WrappedCustomerV3_2;
        WrappedValue: WrappedValue;
    };
    "3.3": {
        Access: Access;
        ActiveChat: ActiveChat;
        AdditionalData: AdditionalData;
        Address: Address;
        Agent: AgentV3_2;
        AgentDeletedPayload: AgentDeletedPayload;
        Ban: Ban;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonType;
        Cart: Cart;
        CartItem: CartItem;
        Chat: ChatV3_3;
        ChatAccessPayload: ChatAccessPayload;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatIdPayload: ChatIdPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatTransferredPayload: ChatTransferredPayloadV3_3;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomerV3_3;
        Customer: CustomerV3_3;
        CustomerApiChat: CustomerApiChatV3_3;
        CustomerApiChatTransferredPayload: CustomerApiChatTransferredPayloadV3_3;
        CustomerApiCustomEvent: CustomerApiCustomEventV3_2;
        CustomerApiDocumentedFormField: CustomerApiDocumentedFormField;
        CustomerApiEvent: CustomerApiEventV3_3;
        CustomerApiEventPayload: CustomerApiEventPayloadV3_3;
        CustomerApiFileEvent: CustomerApiFileEventV3_3;
        CustomerApiFilledFormEvent: CustomerApiFilledFormEventV3_3;
        CustomerApiFormDefinitionField: CustomerApiFormDefinitionField;
        CustomerApiFormEvent: CustomerApiFormEventV3_3;
        CustomerApiFormField: CustomerApiFormField;
        CustomerApiFormFieldType: CustomerApiFormFieldType;
        CustomerApiIncomingChatPayload: CustomerApiIncomingChatPayloadV3_3;
        CustomerApiMessageEvent: CustomerApiMessageEventV3_2;
        CustomerApiObservedFormField: CustomerApiObservedFormField;
        CustomerApiRichMessageEvent: CustomerApiRichMessageEventV3_3;
        CustomerApiThread: CustomerApiThreadV3_3;
        CustomerApiThreadEvent: CustomerApiThreadEventV3_3;
        CustomerBannedPayload: CustomerBannedPayload;
        CustomerCreatedPayload: CustomerCreatedPayload;
        CustomerLeftPayload: CustomerLeftPayload;
        CustomerMulticastPayload: CustomerMulticastPayload;
        CustomerPageUpdatedPayload: CustomerPageUpdatedPayload;
        CustomerSessionFieldsUpdatedPayload: CustomerSessionFieldsUpdatedPayload;
        CustomerSideStorageUpdatedPayload: CustomerSideStorageUpdatedPayload;
        CustomerTransferredPayload: CustomerTransferredPayload;
        CustomerType: CustomerType;
        CustomerTypingIndicator: CustomerTypingIndicator;
        CustomerTypingIndicatorPayload: CustomerTypingIndicatorPayload;
        CustomerUpdate: CustomerUpdateV3_2;
        CustomerVisit: CustomerVisit;
        Decimal: Decimal;
        DeletedProperties: DeletedProperties;
        DisconnectedPayload: DisconnectedPayload;
        DocumentedFormField: DocumentedFormField;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventPayload: EventPayloadV3_3;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEventV3_3;
        FilledFormEvent: FilledFormEventV3_3;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionField;
        FormEvent: FormEventV3_3;
        FormField: FormField;
        FormFieldType: FormFieldType;
        GreetingAgent: GreetingAgent;
        GreetingIdPayload: GreetingIdPayload;
        GroupAnswer: GroupAnswer;
        IdPayload: IdPayload;
        IncomingChatPayload: IncomingChatPayloadV3_3;
        IncomingCustomersPayload: IncomingCustomersPayloadV3_3;
        IncomingGreetingPayload: IncomingGreetingPayloadV3_3;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayloadV3_1;
        LiveChatCustomEvent: LiveChatCustomEventV3_2;
        LiveChatEvent: LiveChatEventV3_3;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEventV3_2;
        MessagePostback: MessagePostbackV3_1;
        MulticastPayload: MulticastPayload;
        ObservedFormField: ObservedFormField;
        Postback: PostbackV3_1;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Queue: Queue;
        QueuePosition: QueuePosition;
        QueueWait: QueueWait;
        Recipients: Recipients;
        RichMessageButton: RichMessageButton;
        RichMessageElement: RichMessageElementV3_3;
        RichMessageEvent: RichMessageEventV3_3;
        RichMessageImage: RichMessageImage;
        RoutingStatus: RoutingStatus;
        RoutingStatusSetPayload: RoutingStatusSetPayload;
        RoutingStatusValue: RoutingStatusValue;
        Scalar: Scalar;
        SneakPeek: SneakPeekV3_2;
        SneakPeekPayload: SneakPeekPayloadV3_2;
        Statistics: StatisticsV3_1;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEventV3_2;
        SystemMessageEvent: SystemMessageEventV3_2;
        TemplateId: TemplateIdV3_1;
        Thread: ThreadV3_3;
        ThreadEvent: ThreadEventV3_3;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadSummary: ThreadSummary;
        ThreadTagPayload: ThreadTagPayload;
        Ticket: Ticket;
        Timestamp: Timestamp;
        TransferQueue: TransferQueueV3_3;
        TransferReason: TransferReason;
        TransferTarget: TransferTarget;
        TypedCustomer: TypedCustomerV3_3;
        TypingIndicator: TypingIndicatorV3_2;
        TypingIndicatorPayload: TypingIndicatorPayloadV3_2;
        User: UserV3_3;
        UserAddedToChatPayload: UserAddedToChatPayloadV3_3;
        UserRemovedFromChatPayload: UserRemovedFromChatPayload;
        UserType: UserType;
        Visibility: Visibility;
        Visit: Visit;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WrappedCustomer: WrappedCustomer;
        WrappedValue: WrappedValue;
    };
    "3.4": {
        Access: Access;
        ActiveChat: ActiveChat;
        AdditionalData: AdditionalData;
        Address: Address;
        Agent: AgentV3_4;
        AgentCreatedPayload: AgentCreatedPayloadV3_4;
        AgentRole: AgentRole;
        AgentUpdatedPayload: AgentUpdatedPayloadV3_4;
        AutoAccessAddedPayload: AutoAccessAddedPayload;
        AutoAccessConditions: AutoAccessConditions;
        AutoAccessGroups: AutoAccessGroups;
        AutoAccessUpdatedPayload: AutoAccessUpdatedPayload;
        Ban: Ban;
        BotCreatedPayload: BotCreatedPayloadV3_4;
        BotUpdatedPayload: BotUpdatedPayloadV3_4;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonType;
        Cart: Cart;
        CartItem: CartItem;
        Chat: ChatV3_4;
        ChatAccessPayload: ChatAccessPayload;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatIdPayload: ChatIdPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatTransferredPayload: ChatTransferredPayloadV3_3;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomerV3_3;
        Customer: CustomerV3_3;
        CustomerApiChat: CustomerApiChatV3_4;
        CustomerApiChatTransferredPayload: CustomerApiChatTransferredPayloadV3_3;
        CustomerApiDocumentedFormField: CustomerApiDocumentedFormField;
        CustomerApiEvent: CustomerApiEventV3_4;
        CustomerApiEventPayload: CustomerApiEventPayloadV3_4;
        CustomerApiFilledFormEvent: CustomerApiFilledFormEventV3_4;
        CustomerApiFormDefinitionField: CustomerApiFormDefinitionField;
        CustomerApiFormEvent: CustomerApiFormEventV3_4;
        CustomerApiFormField: CustomerApiFormField;
        CustomerApiFormFieldType: CustomerApiFormFieldType;
        CustomerApiIncomingChatPayload: CustomerApiIncomingChatPayloadV3_4;
        CustomerApiObservedFormField: CustomerApiObservedFormField;
        CustomerApiThread: CustomerApiThreadV3_4;
        CustomerApiThreadEvent: CustomerApiThreadEventV3_4;
        CustomerBannedPayload: CustomerBannedPayload;
        CustomerCreatedPayload: CustomerCreatedPayload;
        CustomerLeftPayload: CustomerLeftPayload;
        CustomerMulticastPayload: CustomerMulticastPayload;
        CustomerPageUpdatedPayload: CustomerPageUpdatedPayload;
        CustomerSessionFieldsUpdatedPayload: CustomerSessionFieldsUpdatedPayload;
        CustomerSideStorageUpdatedPayload: CustomerSideStorageUpdatedPayload;
        CustomerTransferredPayload: CustomerTransferredPayload;
        CustomerType: CustomerType;
        CustomerTypingIndicator: CustomerTypingIndicator;
        CustomerTypingIndicatorPayload: CustomerTypingIndicatorPayload;
        CustomerUpdate: CustomerUpdateV3_2;
        CustomerVisit: CustomerVisit;
        Decimal: Decimal;
        DeletedProperties: DeletedProperties;
        DisconnectedPayload: DisconnectedPayload;
        DocumentedFormField: DocumentedFormField;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventPayload: EventPayloadV3_4;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEventV3_4;
        FilledFormEvent: FilledFormEventV3_4;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionField;
        FormEvent: FormEventV3_4;
        FormField: FormField;
        FormFieldType: FormFieldType;
        GeolocationCondition: GeolocationCondition;
        GeolocationMatch: GeolocationMatch;
        GreetingAgent: GreetingAgent;
        GreetingIdPayload: GreetingIdPayload;
        GroupAnswer: GroupAnswer;
        GroupCreatedPayload: GroupCreatedPayload;
        GroupDeletedPayload: GroupDeletedPayload;
        GroupMembership: GroupMembership;
        GroupPriority: GroupPriority;
        GroupUpdatedPayload: GroupUpdatedPayload;
        IdPayload: IdPayload;
        IncomingChatPayload: IncomingChatPayloadV3_4;
        IncomingCustomersPayload: IncomingCustomersPayloadV3_3;
        IncomingGreetingPayload: IncomingGreetingPayloadV3_4;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayloadV3_1;
        LiveChatCustomEvent: LiveChatCustomEventV3_4;
        LiveChatEvent: LiveChatEventV3_4;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEventV3_4;
        Match: Match;
        MatchList: MatchList;
        MessagePostback: MessagePostbackV3_1;
        MulticastPayload: MulticastPayload;
        ObservedFormField: ObservedFormField;
        Postback: PostbackV3_1;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Queue: Queue;
        QueuePosition: QueuePosition;
        QueueWait: QueueWait;
        Recipients: Recipients;
        RichMessageButton: RichMessageButton;
        RichMessageElement: RichMessageElementV3_3;
        RichMessageEvent: RichMessageEventV3_4;
        RichMessageImage: RichMessageImage;
        RoutingStatus: RoutingStatus;
        RoutingStatusSetPayload: RoutingStatusSetPayload;
        RoutingStatusValue: RoutingStatusValue;
        Scalar: Scalar;
        SneakPeek: SneakPeek;
        SneakPeekPayload: SneakPeekPayload;
        Statistics: StatisticsV3_1;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEventV3_4;
        SystemMessageEvent: SystemMessageEventV3_4;
        TemplateId: TemplateIdV3_1;
        Thread: ThreadV3_4;
        ThreadDeletedPayload: ThreadDeletedPayload;
        ThreadEvent: ThreadEventV3_4;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadSummary: ThreadSummary;
        ThreadTagPayload: ThreadTagPayload;
        ThreadsDeletedPayload: ThreadsDeletedPayload;
        Ticket: Ticket;
        Timestamp: Timestamp;
        TransferQueue: TransferQueueV3_3;
        TransferReason: TransferReason;
        TransferTarget: TransferTarget;
        TypedCustomer: TypedCustomerV3_3;
        TypingIndicator: TypingIndicator;
        TypingIndicatorPayload: TypingIndicatorPayload;
        User: UserV3_4;
        UserAddedToChatPayload: UserAddedToChatPayloadV3_4;
        UserRemovedFromChatPayload: UserRemovedFromChatPayload;
        UserType: UserType;
        Visibility: Visibility;
        Visit: Visit;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WorkHours: WorkHours;
        WorkRange: WorkRange;
        WorkSchedule: WorkSchedule;
        WorkScheduler: WorkSchedulerV3_4;
        WrappedCustomer: WrappedCustomer;
        WrappedValue: WrappedValue;
    };
    "3.5": {
        Access: Access;
        ActiveChat: ActiveChat;
        AdditionalData: AdditionalData;
        Address: Address;
        Agent: Agent;
        AgentCreatedPayload: AgentCreatedPayload;
        AgentRole: AgentRole;
        AgentUpdatedPayload: AgentUpdatedPayload;
        AutoAccessChange: AutoAccessChange;
        AutoAccessConditions: AutoAccessConditions;
        AutoAccessGroups: AutoAccessGroups;
        AutoAccessStatus: AutoAccessStatus;
        Ban: Ban;
        BotCreatedPayload: BotCreatedPayloadV3_5;
        BotUpdatedPayload: BotUpdatedPayloadV3_5;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonType;
        Cart: Cart;
        CartItem: CartItem;
        Chat: ChatV3_5;
        ChatAccessPayload: ChatAccessPayload;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatIdPayload: ChatIdPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatTransferredPayload: ChatTransferredPayloadV3_3;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomerV3_3;
        Customer: CustomerV3_3;
        CustomerApiChat: CustomerApiChatV3_5;
        CustomerApiChatTransferredPayload: CustomerApiChatTransferredPayloadV3_3;
        CustomerApiCustomEvent: CustomerApiCustomEventV3_2;
        CustomerApiDocumentedFormField: CustomerApiDocumentedFormField;
        CustomerApiEvent: CustomerApiEventV3_5;
        CustomerApiEventPayload: CustomerApiEventPayloadV3_5;
        CustomerApiFileEvent: CustomerApiFileEventV3_3;
        CustomerApiFilledFormEvent: CustomerApiFilledFormEventV3_4;
        CustomerApiFormDefinitionField: CustomerApiFormDefinitionField;
        CustomerApiFormEvent: CustomerApiFormEventV3_4;
        CustomerApiFormField: CustomerApiFormField;
        CustomerApiFormFieldType: CustomerApiFormFieldType;
        CustomerApiIncomingChatPayload: CustomerApiIncomingChatPayloadV3_5;
        CustomerApiMessageEvent: CustomerApiMessageEventV3_2;
        CustomerApiObservedFormField: CustomerApiObservedFormField;
        CustomerApiRichMessageEvent: CustomerApiRichMessageEventV3_3;
        CustomerApiThread: CustomerApiThreadV3_5;
        CustomerApiThreadEvent: CustomerApiThreadEventV3_5;
        CustomerBannedPayload: CustomerBannedPayload;
        CustomerCreatedPayload: CustomerCreatedPayload;
        CustomerGroupStatus: CustomerGroupStatus;
        CustomerGroupsStatusUpdatedPayload: CustomerGroupsStatusUpdatedPayload;
        CustomerLeftPayload: CustomerLeftPayload;
        CustomerMulticastPayload: CustomerMulticastPayload;
        CustomerPageUpdatedPayload: CustomerPageUpdatedPayload;
        CustomerSessionFieldsUpdatedPayload: CustomerSessionFieldsUpdatedPayload;
        CustomerSideStorageUpdatedPayload: CustomerSideStorageUpdatedPayload;
        CustomerTransferredPayload: CustomerTransferredPayload;
        CustomerType: CustomerType;
        CustomerTypingIndicator: CustomerTypingIndicator;
        CustomerTypingIndicatorPayload: CustomerTypingIndicatorPayload;
        CustomerUpdate: CustomerUpdateV3_2;
        CustomerVisit: CustomerVisit;
        Decimal: Decimal;
        DeletedProperties: DeletedProperties;
        DisconnectedPayload: DisconnectedPayload;
        DocumentedFormField: DocumentedFormField;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventPayload: EventPayloadV3_5;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEventV3_5;
        FilledFormEvent: FilledFormEventV3_5;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionField;
        FormEvent: FormEventV3_5;
        FormField: FormField;
        FormFieldType: FormFieldType;
        GeolocationCondition: GeolocationCondition;
        GeolocationMatch: GeolocationMatch;
        GreetingAgent: GreetingAgent;
        GreetingIdPayload: GreetingIdPayload;
        GroupAnswer: GroupAnswer;
        GroupAvailability: GroupAvailability;
        GroupCreatedPayload: GroupCreatedPayload;
        GroupDeletedPayload: GroupDeletedPayload;
        GroupMembership: GroupMembership;
        GroupPriority: GroupPriority;
        GroupRoutingStatus: GroupRoutingStatus;
        GroupStatus: GroupStatus;
        GroupUpdatedPayload: GroupUpdatedPayload;
        GroupsStatusUpdatedPayload: GroupsStatusUpdatedPayload;
        IdPayload: IdPayload;
        IncomingChatPayload: IncomingChatPayloadV3_5;
        IncomingCustomersPayload: IncomingCustomersPayloadV3_3;
        IncomingGreetingPayload: IncomingGreetingPayloadV3_5;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayloadV3_1;
        LiveChatCustomEvent: LiveChatCustomEventV3_5;
        LiveChatEvent: LiveChatEventV3_5;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEventV3_5;
        Match: Match;
        MatchList: MatchList;
        MessagePostback: MessagePostbackV3_1;
        MulticastPayload: MulticastPayload;
        ObservedFormField: ObservedFormField;
        Postback: PostbackV3_1;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Queue: Queue;
        QueuePosition: QueuePosition;
        QueueWait: QueueWait;
        Recipients: Recipients;
        RichMessageButton: RichMessageButton;
        RichMessageElement: RichMessageElementV3_3;
        RichMessageEvent: RichMessageEventV3_5;
        RichMessageImage: RichMessageImage;
        RoutingStatus: RoutingStatus;
        RoutingStatusSetPayload: RoutingStatusSetPayload;
        RoutingStatusValue: RoutingStatusValue;
        Scalar: Scalar;
        SneakPeek: SneakPeek;
        SneakPeekPayload: SneakPeekPayload;
        Statistics: StatisticsV3_1;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEventV3_5;
        SystemMessageEvent: SystemMessageEventV3_5;
        TagCreatedPayload: TagCreatedPayload;
        TagDeletedPayload: TagDeletedPayload;
        TagUpdatedPayload: TagUpdatedPayload;
        TemplateId: TemplateIdV3_1;
        Thread: ThreadV3_5;
        ThreadDeletedPayload: ThreadDeletedPayload;
        ThreadEvent: ThreadEventV3_5;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadSummary: ThreadSummary;
        ThreadTagPayload: ThreadTagPayload;
        ThreadsDeletedPayload: ThreadsDeletedPayload;
        Ticket: Ticket;
        Timestamp: Timestamp;
        TransferQueue: TransferQueueV3_3;
        TransferReason: TransferReason;
        TransferTarget: TransferTarget;
        TypedCustomer: TypedCustomerV3_3;
        TypingIndicator: TypingIndicator;
        TypingIndicatorPayload: TypingIndicatorPayload;
        User: UserV3_5;
        UserAddedToChatPayload: UserAddedToChatPayloadV3_5;
        UserRemovedFromChatPayload: UserRemovedFromChatPayload;
        UserType: UserType;
        Visibility: Visibility;
        Visit: Visit;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WorkHours: WorkHours;
        WorkRange: WorkRange;
        WorkSchedule: WorkSchedule;
        WorkScheduler: WorkScheduler;
        WrappedCustomer: WrappedCustomer;
        WrappedValue: WrappedValue;
    };
    "3.6": {
        Access: Access;
        ActiveChat: ActiveChat;
        AdditionalData: AdditionalData;
        Address: Address;
        Agent: Agent;
        AgentCreatedPayload: AgentCreatedPayload;
        AgentRole: AgentRole;
        AgentUpdatedPayload: AgentUpdatedPayload;
        AutoAccessChange: AutoAccessChange;
        AutoAccessConditions: AutoAccessConditions;
        AutoAccessGroups: AutoAccessGroups;
        AutoAccessStatus: AutoAccessStatus;
        Ban: Ban;
        BotCreatedPayload: BotCreatedPayload;
        BotUpdatedPayload: BotUpdatedPayload;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonType;
        Cart: Cart;
        CartItem: CartItem;
        Chat: Chat;
        ChatAccessPayload: ChatAccessPayload;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatIdPayload: ChatIdPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatTransferredPayload: ChatTransferredPayload;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomer;
        Customer: Customer;
        CustomerApiChat: CustomerApiChat;
        CustomerApiChatTransferredPayload: CustomerApiChatTransferredPayload;
        CustomerApiCustomEvent: CustomerApiCustomEvent;
        CustomerApiDocumentedFormField: CustomerApiDocumentedFormField;
        CustomerApiEvent: CustomerApiEvent;
        CustomerApiEventPayload: CustomerApiEventPayload;
        CustomerApiFileEvent: CustomerApiFileEvent;
        CustomerApiFilledFormEvent: CustomerApiFilledFormEvent;
        CustomerApiFormDefinitionField: CustomerApiFormDefinitionField;
        CustomerApiFormEvent: CustomerApiFormEvent;
        CustomerApiFormField: CustomerApiFormField;
        CustomerApiFormFieldType: CustomerApiFormFieldType;
        CustomerApiIncomingChatPayload: CustomerApiIncomingChatPayload;
        CustomerApiMessageEvent: CustomerApiMessageEvent;
        CustomerApiObservedFormField: CustomerApiObservedFormField;
        CustomerApiRichMessageEvent: CustomerApiRichMessageEvent;
        CustomerApiThread: CustomerApiThread;
        CustomerApiThreadEvent: CustomerApiThreadEvent;
        CustomerBannedPayload: CustomerBannedPayload;
        CustomerGroupStatus: CustomerGroupStatus;
        CustomerGroupsStatusUpdatedPayload: CustomerGroupsStatusUpdatedPayload;
        CustomerLeftPayload: CustomerLeftPayload;
        CustomerMulticastPayload: CustomerMulticastPayload;
        CustomerPageUpdatedPayload: CustomerPageUpdatedPayload;
        CustomerSessionFieldsUpdatedPayload: CustomerSessionFieldsUpdatedPayload;
        CustomerSideStorageUpdatedPayload: CustomerSideStorageUpdatedPayload;
        CustomerStatistics: CustomerStatistics;
        CustomerStatisticsUpdatedPayload: CustomerStatisticsUpdatedPayload;
        CustomerTransferredPayload: CustomerTransferredPayload;
        CustomerType: CustomerType;
        CustomerTypingIndicator: CustomerTypingIndicator;
        CustomerTypingIndicatorPayload: CustomerTypingIndicatorPayload;
        CustomerUpdate: CustomerUpdate;
        CustomerVisit: CustomerVisit;
        Decimal: Decimal;
        DeletedEvent: DeletedEvent;
        DeletedProperties: DeletedProperties;
        DisconnectedPayload: DisconnectedPayload;
        DocumentedFormField: DocumentedFormField;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventDeletedPayload: EventDeletedPayload;
        EventPayload: EventPayload;
        EventPreview: EventPreview;
        EventPreviewPayload: EventPreviewPayload;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEvent;
        FilledFormEvent: FilledFormEvent;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionField;
        FormEvent: FormEvent;
        FormField: FormField;
        FormFieldType: FormFieldType;
        GeolocationCondition: GeolocationCondition;
        GeolocationMatch: GeolocationMatch;
        GreetingAgent: GreetingAgent;
        GreetingIdPayload: GreetingIdPayload;
        GroupAnswer: GroupAnswer;
        GroupAvailability: GroupAvailability;
        GroupCreatedPayload: GroupCreatedPayload;
        GroupDeletedPayload: GroupDeletedPayload;
        GroupMembership: GroupMembership;
        GroupPriority: GroupPriority;
        GroupPropertiesUpdatedPayload: GroupPropertiesUpdatedPayload;
        GroupRoutingStatus: GroupRoutingStatus;
        GroupStatus: GroupStatus;
        GroupUpdatedPayload: GroupUpdatedPayload;
        GroupsStatusUpdatedPayload: GroupsStatusUpdatedPayload;
        IdPayload: IdPayload;
        IncomingChatPayload: IncomingChatPayload;
        IncomingCustomersPayload: IncomingCustomersPayload;
        IncomingErrorPayload: IncomingErrorPayload;
        IncomingGreetingPayload: IncomingGreetingPayload;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayload;
        LicensePropertiesUpdatedPayload: LicensePropertiesUpdatedPayload;
        LiveChatCustomEvent: LiveChatCustomEvent;
        LiveChatEvent: LiveChatEvent;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEvent;
        Match: Match;
        MatchList: MatchList;
        MessagePostback: MessagePostback;
        MulticastPayload: MulticastPayload;
        ObservedFormField: ObservedFormField;
        Postback: Postback;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Queue: Queue;
        QueuePosition: QueuePosition;
        QueueWait: QueueWait;
        Recipients: Recipients;
        Requester: Requester;
        RichMessageButton: RichMessageButton;
        RichMessageElement: RichMessageElement;
        RichMessageEvent: RichMessageEvent;
        RichMessageImage: RichMessageImage;
        RoutingStatus: RoutingStatus;
        RoutingStatusSetPayload: RoutingStatusSetPayload;
        RoutingStatusValue: RoutingStatusValue;
        Scalar: Scalar;
        SneakPeek: SneakPeek;
        SneakPeekPayload: SneakPeekPayload;
        Statistics: Statistics;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEvent;
        SystemMessageEvent: SystemMessageEvent;
        TagCreatedPayload: TagCreatedPayload;
        TagDeletedPayload: TagDeletedPayload;
        TagUpdatedPayload: TagUpdatedPayload;
        TemplateId: TemplateId;
        ThinkingIndicatorPayload: ThinkingIndicatorPayload;
        Thread: Thread;
        ThreadDeletedPayload: ThreadDeletedPayload;
        ThreadEvent: ThreadEvent;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadSummary: ThreadSummary;
        ThreadSummarySetPayload: ThreadSummarySetPayload;
        ThreadTagPayload: ThreadTagPayload;
        ThreadsDeletedPayload: ThreadsDeletedPayload;
        Ticket: Ticket;
        TicketCreatedPayload: TicketCreatedPayload;
        TicketDeletedPayload: TicketDeletedPayload;
        Timestamp: Timestamp;
        TransferQueue: TransferQueue;
        TransferReason: TransferReason;
        TransferTarget: TransferTarget;
        TypedCustomer: TypedCustomer;
        TypingIndicator: TypingIndicator;
        TypingIndicatorPayload: TypingIndicatorPayload;
        User: User;
        UserAddedToChatPayload: UserAddedToChatPayload;
        UserRemovedFromChatPayload: UserRemovedFromChatPayload;
        UserType: UserType;
        Visibility: Visibility;
        Visit: Visit;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WelcomeMessagePayload: WelcomeMessagePayload;
        WorkHours: WorkHours;
        WorkRange: WorkRange;
        WorkSchedule: WorkSchedule;
        WorkScheduler: WorkScheduler;
        WrappedValue: WrappedValue;
    };
    "3.7": {
        Access: Access;
        ActiveChat: ActiveChat;
        AdditionalData: AdditionalData;
        Address: Address;
        Agent: Agent;
        AgentCreatedPayload: AgentCreatedPayload;
        AgentRole: AgentRole;
        AgentUpdatedPayload: AgentUpdatedPayload;
        AutoAccessChange: AutoAccessChange;
        AutoAccessConditions: AutoAccessConditions;
        AutoAccessGroups: AutoAccessGroups;
        AutoAccessStatus: AutoAccessStatus;
        Ban: Ban;
        BotCreatedPayload: BotCreatedPayload;
        BotUpdatedPayload: BotUpdatedPayload;
        ButtonTarget: ButtonTarget;
        ButtonType: ButtonType;
        CannedResponse: CannedResponse;
        CannedResponseId: CannedResponseId;
        CannedResponseUpdate: CannedResponseUpdate;
        Cart: Cart;
        CartItem: CartItem;
        Chat: Chat;
        ChatAccessPayload: ChatAccessPayload;
        ChatDeactivatedPayload: ChatDeactivatedPayload;
        ChatIdPayload: ChatIdPayload;
        ChatPropertiesDeletedPayload: ChatPropertiesDeletedPayload;
        ChatPropertiesUpdatedPayload: ChatPropertiesUpdatedPayload;
        ChatTransferredPayload: ChatTransferredPayload;
        ChoiceAnswer: ChoiceAnswer;
        CreatedCustomer: CreatedCustomer;
        Customer: Customer;
        CustomerApiChat: CustomerApiChat;
        CustomerApiChatTransferredPayload: CustomerApiChatTransferredPayload;
        CustomerApiCustomEvent: CustomerApiCustomEvent;
        CustomerApiDocumentedFormField: CustomerApiDocumentedFormField;
        CustomerApiEvent: CustomerApiEvent;
        CustomerApiEventPayload: CustomerApiEventPayload;
        CustomerApiFileEvent: CustomerApiFileEvent;
        CustomerApiFilledFormEvent: CustomerApiFilledFormEvent;
        CustomerApiFormDefinitionField: CustomerApiFormDefinitionField;
        CustomerApiFormEvent: CustomerApiFormEvent;
        CustomerApiFormField: CustomerApiFormField;
        CustomerApiFormFieldType: CustomerApiFormFieldType;
        CustomerApiIncomingChatPayload: CustomerApiIncomingChatPayload;
        CustomerApiMessageEvent: CustomerApiMessageEvent;
        CustomerApiObservedFormField: CustomerApiObservedFormField;
        CustomerApiRichMessageEvent: CustomerApiRichMessageEvent;
        CustomerApiThread: CustomerApiThread;
        CustomerApiThreadEvent: CustomerApiThreadEvent;
        CustomerBannedPayload: CustomerBannedPayload;
        CustomerGroupStatus: CustomerGroupStatus;
        CustomerGroupsStatusUpdatedPayload: CustomerGroupsStatusUpdatedPayload;
        CustomerLeftPayload: CustomerLeftPayload;
        CustomerMulticastPayload: CustomerMulticastPayload;
        CustomerPageUpdatedPayload: CustomerPageUpdatedPayload;
        CustomerSessionFieldsUpdatedPayload: CustomerSessionFieldsUpdatedPayload;
        CustomerSideStorageUpdatedPayload: CustomerSideStorageUpdatedPayload;
        CustomerStatistics: CustomerStatistics;
        CustomerStatisticsUpdatedPayload: CustomerStatisticsUpdatedPayload;
        CustomerTransferredPayload: CustomerTransferredPayload;
        CustomerType: CustomerType;
        CustomerTypingIndicator: CustomerTypingIndicator;
        CustomerTypingIndicatorPayload: CustomerTypingIndicatorPayload;
        CustomerUpdate: CustomerUpdate;
        CustomerVisit: CustomerVisit;
        Decimal: Decimal;
        DeletedEvent: DeletedEvent;
        DeletedProperties: DeletedProperties;
        DisconnectedPayload: DisconnectedPayload;
        DocumentedFormField: DocumentedFormField;
        EcommerceAddon: EcommerceAddon;
        EcommerceElement: EcommerceElement;
        EcommerceOption: EcommerceOption;
        EcommercePostback: EcommercePostback;
        EcommerceViewType: EcommerceViewType;
        EventDeletedPayload: EventDeletedPayload;
        EventPayload: EventPayload;
        EventPreview: EventPreview;
        EventPreviewPayload: EventPreviewPayload;
        EventPropertiesDeletedPayload: EventPropertiesDeletedPayload;
        EventPropertiesUpdatedPayload: EventPropertiesUpdatedPayload;
        EventsMarkedAsSeenPayload: EventsMarkedAsSeenPayload;
        FileEvent: FileEvent;
        FilledFormEvent: FilledFormEvent;
        FormAnswer: FormAnswer;
        FormDefinitionField: FormDefinitionField;
        FormEvent: FormEvent;
        FormField: FormField;
        FormFieldType: FormFieldType;
        GeolocationCondition: GeolocationCondition;
        GeolocationMatch: GeolocationMatch;
        GreetingAgent: GreetingAgent;
        GreetingIdPayload: GreetingIdPayload;
        GroupAnswer: GroupAnswer;
        GroupAvailability: GroupAvailability;
        GroupCreatedPayload: GroupCreatedPayload;
        GroupDeletedPayload: GroupDeletedPayload;
        GroupMembership: GroupMembership;
        GroupPriority: GroupPriority;
        GroupPropertiesUpdatedPayload: GroupPropertiesUpdatedPayload;
        GroupRoutingStatus: GroupRoutingStatus;
        GroupStatus: GroupStatus;
        GroupUpdatedPayload: GroupUpdatedPayload;
        GroupsStatusUpdatedPayload: GroupsStatusUpdatedPayload;
        IdPayload: IdPayload;
        IncomingChatPayload: IncomingChatPayload;
        IncomingCustomersPayload: IncomingCustomersPayload;
        IncomingErrorPayload: IncomingErrorPayload;
        IncomingGreetingPayload: IncomingGreetingPayload;
        IncomingRichMessagePostbackPayload: IncomingRichMessagePostbackPayload;
        LicensePropertiesUpdatedPayload: LicensePropertiesUpdatedPayload;
        LiveChatCustomEvent: LiveChatCustomEvent;
        LiveChatEvent: LiveChatEvent;
        LiveChatGeolocation: LiveChatGeolocation;
        LiveChatMessageEvent: LiveChatMessageEvent;
        Match: Match;
        MatchList: MatchList;
        MessagePostback: MessagePostback;
        MulticastPayload: MulticastPayload;
        ObservedFormField: ObservedFormField;
        Postback: Postback;
        Properties: Properties;
        PropertyValue: PropertyValue;
        Queue: Queue;
        QueuePosition: QueuePosition;
        QueueWait: QueueWait;
        Recipients: Recipients;
        Requester: Requester;
        RichMessageButton: RichMessageButton;
        RichMessageElement: RichMessageElement;
        RichMessageEvent: RichMessageEvent;
        RichMessageImage: RichMessageImage;
        RoutingStatus: RoutingStatus;
        RoutingStatusSetPayload: RoutingStatusSetPayload;
        RoutingStatusValue: RoutingStatusValue;
        Scalar: Scalar;
        SneakPeek: SneakPeek;
        SneakPeekPayload: SneakPeekPayload;
        Statistics: Statistics;
        StringOrInt: StringOrInt;
        SystemEvent: SystemEvent;
        SystemMessageEvent: SystemMessageEvent;
        TagCreatedPayload: TagCreatedPayload;
        TagDeletedPayload: TagDeletedPayload;
        TagUpdatedPayload: TagUpdatedPayload;
        TemplateId: TemplateId;
        ThinkingIndicatorPayload: ThinkingIndicatorPayload;
        Thread: Thread;
        ThreadDeletedPayload: ThreadDeletedPayload;
        ThreadEvent: ThreadEvent;
        ThreadPropertiesDeletedPayload: ThreadPropertiesDeletedPayload;
        ThreadPropertiesUpdatedPayload: ThreadPropertiesUpdatedPayload;
        ThreadSummary: ThreadSummary;
        ThreadSummarySetPayload: ThreadSummarySetPayload;
        ThreadTagPayload: ThreadTagPayload;
        ThreadsDeletedPayload: ThreadsDeletedPayload;
        Ticket: Ticket;
        TicketCreatedPayload: TicketCreatedPayload;
        TicketDeletedPayload: TicketDeletedPayload;
        Timestamp: Timestamp;
        TransferQueue: TransferQueue;
        TransferReason: TransferReason;
        TransferTarget: TransferTarget;
        TypedCustomer: TypedCustomer;
        TypingIndicator: TypingIndicator;
        TypingIndicatorPayload: TypingIndicatorPayload;
        User: User;
        UserAddedToChatPayload: UserAddedToChatPayload;
        UserRemovedFromChatPayload: UserRemovedFromChatPayload;
        UserType: UserType;
        Visibility: Visibility;
        Visit: Visit;
        VisitedPage: VisitedPage;
        WebviewHeight: WebviewHeight;
        WelcomeMessagePayload: WelcomeMessagePayload;
        WorkHours: WorkHours;
        WorkRange: WorkRange;
        WorkSchedule: WorkSchedule;
        WorkScheduler: WorkScheduler;
        WrappedValue: WrappedValue;
    };
}

/** @deprecated Use `LiveChatGeolocation`: `Geolocation` is also a global of the DOM, whose type a forgotten import would silently give. */
export type Geolocation = LiveChatGeolocation;

/** @deprecated Use `LiveChatEvent`: `Event` is also a global of the DOM, whose type a forgotten import would silently give. */
export type Event = LiveChatEvent;

/** @deprecated Use `LiveChatMessageEvent`: `MessageEvent` is also a global of the DOM, whose type a forgotten import would silently give. */
export type MessageEvent = LiveChatMessageEvent;

/** @deprecated Use `LiveChatCustomEvent`: `CustomEvent` is also a global of the DOM, whose type a forgotten import would silently give. */
export type CustomEvent = LiveChatCustomEvent;

// The public TypeScript API of the package: what api.ts and handler.ts export, and the types
// around it. Versions in doc comments are written {{latest}}, {{first}} and {{newest}}: the build
// puts in the table's. scripts/assemble-pkg.mjs copies everything after the import below into
// pkg/index.d.ts, ahead of the model's types (one exact set per API version, written by
// scripts/model-types.mjs from each version's JSON Schema), so users get one self-contained declaration file. api.ts and handler.ts type
// their exports with these declarations (`typeof Api.decodeWebhook`), and `tsc --strict` checks
// them against the code, so the declarations cannot drift from what runs.
import type {
    ApiVersion,
    AppWebhook,
    AutoApiVersion,
    Issue,
    IssueCode,
    LatestApiVersion,
    UnknownWebhook,
    Webhook,
    WebhooksByVersion,
} from "./livechat_webhooks.js";
import type { ModelTypesByVersion, PushesByVersion } from "./model.js";

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
     * The API version the webhook is registered with (the body does not say): `"{{first}}"` …
     * `"{{newest}}"` (default `"{{latest}}"`, the latest stable; newer ones are developer previews),
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
 * Checks a webhook body and returns it as a typed webhook of the options' `apiVersion` ({{latest}} by
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
 * True when the webhook's `action` is one that `apiVersion` (default {{latest}}) knows: its payload is
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
     * The API version the webhook is registered with (default "{{latest}}"), or `"auto"`; handlers
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

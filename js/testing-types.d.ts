// The public TypeScript API of `livechat-webhooks/testing`: what testing.ts exports.
// scripts/assemble-pkg.mjs copies it to pkg/testing.d.ts (and .d.cts), with its imports pointed at
// the package's index.d.ts; testing.ts types its exports by these declarations (`tsc -p js`).
import type { ApiVersion, AppWebhook, IssueCode, LatestApiVersion, WebhooksByVersion } from "./livechat_webhooks.js";
import type { NodeRequestLike, NodeResponseLike, PushApi, PushApiVersion, PushOf, WebhookOf } from "./types.js";

/** Options of `sampleWebhook`. */
export interface SampleOptions<V extends ApiVersion = ApiVersion> {
    /** The API version whose webhook to build (default: the latest stable one). */
    apiVersion?: V;
    /** The `secret_key` to write (the first one when several): give your receiver's. */
    secretKey?: string | readonly string[];
    /** Members to set on the generated value (merged deeply; arrays and scalars replace). */
    overrides?: unknown;
    /** The generator's seed (an integer, default 0): the same seed gives the same body. */
    seed?: number;
}

/** A generated webhook: its value and its JSON text. */
export interface Sample<A extends string = string, V extends ApiVersion = ApiVersion> {
    readonly action: A;
    readonly apiVersion: V;
    /** The webhook as `JSON.parse` gives it. */
    readonly value: A extends WebhooksByVersion[V]["action"] ? WebhookOf<A, V> : WebhooksByVersion[V];
    /** The body as LiveChat would send it: the value's JSON text. */
    readonly body: string;
}

/** The issue an invalid sample must produce: exactly one error, this code at this pointer. */
export interface ExpectedIssue {
    readonly code: IssueCode;
    readonly pointer: string;
}

/** A valid body changed in one place, and the issue that change must produce. */
export interface InvalidSample {
    readonly action: string;
    readonly apiVersion: ApiVersion;
    /** The changed value (no longer a valid webhook). */
    readonly value: unknown;
    readonly body: string;
    /** What was changed: "drop /payload/chat/id". */
    readonly change: string;
    /** Exactly the one error `validateWebhook` (with the same apiVersion and secretKey) gives. */
    readonly expected: ExpectedIssue;
}

/** Options of the generators driven by a tape of numbers (what fast-check arbitraries feed). */
export interface GenerateOptions<V extends ApiVersion = ApiVersion> {
    apiVersion?: V;
    /** One action only (default: any action of the version). */
    action?: string;
    secretKey?: string | readonly string[];
}

/**
 * A valid body of `action` in `apiVersion` (default the latest), built from the model's JSON
 * Schema: every required member, some optional ones, realistic values (LiveChat's id shapes,
 * RFC 3339 times, e-mails, URLs). Deterministic for a seed.
 * @throws {TypeError} for an unknown version, or an action the version does not have.
 */
export function sampleWebhook<A extends WebhooksByVersion[V]["action"], V extends ApiVersion = LatestApiVersion>(action: A, options?: SampleOptions<V>): Sample<A, V>;

/** One valid body of every action of `apiVersion`, in the version's order. */
export function sampleWebhooks<V extends ApiVersion = LatestApiVersion>(options?: Omit<SampleOptions<V>, "overrides">): Sample<WebhooksByVersion[V]["action"], V>[];

/**
 * Every invalid body derived from `sampleWebhook(action, options)` by one change (a required
 * member dropped, a member of another JSON type, a value outside its enum, a length over its
 * limit, a wrong secret when `secretKey` is given), each with the issue it must produce.
 */
export function invalidWebhooks(action: string, options?: Omit<SampleOptions, "overrides">): InvalidSample[];

/**
 * A valid body whose every choice is read from `numbers` (0 when they run out: the simplest
 * choice), for property-based testing; `livechat-webhooks/testing/fast-check` wraps it.
 */
export function webhookFromTape(numbers: readonly number[], options?: GenerateOptions): Sample;

/** An invalid body: the valid one of `numbers` changed at its `pick`-th possible change. */
export function invalidWebhookFromTape(numbers: readonly number[], pick: number, options?: GenerateOptions): InvalidSample;

/** Options of `samplePush`. */
export interface PushSampleOptions<A extends PushApi = PushApi, V extends PushApiVersion = PushApiVersion> {
    /** The Chat API whose push to build: their pushes differ. */
    api: A;
    /** The API version (default: the latest stable one). 3.2's frames carry no `version`. */
    apiVersion?: V;
    /** Members to set on the generated frame (merged deeply; arrays and scalars replace). */
    overrides?: unknown;
    /** The generator's seed (an integer, default 0): the same seed gives the same frame. */
    seed?: number;
}

/** A generated RTM push frame: its value and its JSON text. */
export interface PushSample<A extends PushApi = PushApi, Ac extends string = string, V extends PushApiVersion = PushApiVersion> {
    readonly action: Ac;
    readonly api: A;
    readonly apiVersion: V;
    /** The frame as `JSON.parse` gives it: `{ version, action, type: "push", payload }`. */
    readonly value: Extract<PushOf<{ api: A; apiVersion: V }>, { action: Ac }>;
    /** The frame as the websocket carries it: the value's JSON text. */
    readonly body: string;
}

/**
 * A valid RTM push frame of `action` for `api` in `apiVersion` (default the latest), built from
 * the push model's JSON Schema as `sampleWebhook` builds webhooks; `validatePush` with the same
 * api and version accepts it with no issue. No `request_id` (set one with `overrides`).
 * @throws {TypeError} for an api other than "agent" or "customer", a version without pushes, or
 * an action that is no push of the api in that version.
 */
export function samplePush<
    Ac extends PushOf<{ api: A; apiVersion: V }>["action"],
    const A extends PushApi,
    V extends PushApiVersion = LatestApiVersion & PushApiVersion,
>(action: Ac, options: PushSampleOptions<A, V>): PushSample<A, Ac, V>;

/** Options of `sampleAppWebhook`. */
export interface AppSampleOptions {
    /** Members to set on the generated value (merged deeply; arrays and scalars replace). */
    overrides?: unknown;
    /** The generator's seed (an integer, default 0). */
    seed?: number;
}

/** A generated app webhook (Developer Console): its value and its JSON text. */
export interface AppSample<E extends AppWebhook["event"] = AppWebhook["event"]> {
    readonly event: E;
    readonly value: Extract<AppWebhook, { event: E }>;
    readonly body: string;
}

/**
 * A valid app webhook of `event`, built from the app webhooks' JSON Schema; `validateAppWebhook`
 * accepts it with no issue.
 * @throws {TypeError} for an unknown event.
 */
export function sampleAppWebhook<E extends AppWebhook["event"]>(event: E, options?: AppSampleOptions): AppSample<E>;

/** Every app webhook event, in the model's order. */
export function appWebhookEvents(): AppWebhook["event"][];

/** What a test request carries: a sample, a body's text or bytes, or a value to serialise. */
export type TestBody = Sample | InvalidSample | string | Uint8Array | object;

/** Options of `createTestRequest` and `createNodeTestRequest`. */
export interface TestRequestOptions {
    /** Default "POST". */
    method?: string;
    /** Default "http://localhost/webhooks/livechat" (a path for Node requests). */
    url?: string;
    /** Added to `content-type: application/json`. */
    headers?: Record<string, string>;
}

/**
 * A web `Request` carrying the body as LiveChat POSTs it, for a handler of
 * `createWebhookHandler` (or any fetch-style route) called without a server.
 */
export function createTestRequest(body: TestBody, options?: TestRequestOptions): Request;

/** What a Node-style listener answered. */
export interface TestResponse {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}

/** A request and a response for a listener of `toNodeListener`, and what it answered. */
export interface NodeTestExchange {
    readonly req: NodeRequestLike & { readonly url: string };
    readonly res: NodeResponseLike;
    /** Settles when the listener calls `res.end()`. */
    readonly response: Promise<TestResponse>;
}

/**
 * A request as Node's `http` hands it to a listener (the body streamed in chunks) and a response
 * that records what the listener wrote: `await listener(req, res); (await response).status`.
 */
export function createNodeTestRequest(body: TestBody, options?: TestRequestOptions): NodeTestExchange;

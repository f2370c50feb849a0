// livechat-webhooks/testing: valid bodies of every action of every API version, invalid ones that
// say which issue they must produce, and requests to hand a receiver without a server. Plain
// JavaScript over the shipped JSON Schema (no wasm, no Node module): it loads in every runtime.
// Declarations: testing-types.d.ts.

import { LATEST_API_VERSION, actionsByVersion, pushesByApi } from "./constants.js";
import type * as T from "./testing-types.js";
import { Generator, seeded, tape, type Json, type Source } from "./sample.js";
import { mutations } from "./mutate.js";

// Type-level checks against the declarations, erased from the output.
type Check<X extends true> = X;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _Sample = Check<Assignable<typeof T.sampleWebhook, typeof sampleWebhook>>;
type _Samples = Check<Assignable<typeof T.sampleWebhooks, typeof sampleWebhooks>>;
type _Invalid = Check<Assignable<typeof T.invalidWebhooks, typeof invalidWebhooks>>;
type _FromTape = Check<Assignable<typeof T.webhookFromTape, typeof webhookFromTape>>;
type _InvalidFromTape = Check<Assignable<typeof T.invalidWebhookFromTape, typeof invalidWebhookFromTape>>;
type _Request = Check<Assignable<typeof T.createTestRequest, typeof createTestRequest>>;
type _NodeRequest = Check<Assignable<typeof T.createNodeTestRequest, typeof createNodeTestRequest>>;
type _SamplePush = Check<Assignable<typeof T.samplePush, typeof samplePush>>;
type _SampleApp = Check<Assignable<typeof T.sampleAppWebhook, typeof sampleAppWebhook>>;
type _AppEvents = Check<Assignable<typeof T.appWebhookEvents, typeof appWebhookEvents>>;

const PREFIX = "livechat-webhooks/testing";

function versionOf(options: { apiVersion?: unknown } | undefined): string {
  const v = options?.apiVersion ?? LATEST_API_VERSION;
  if (typeof v !== "string" || !(v in actionsByVersion)) {
    throw new TypeError(`${PREFIX}: unknown apiVersion ${JSON.stringify(v)}; expected one of ${Object.keys(actionsByVersion).join(", ")}`);
  }
  return v;
}

function secretOf(options: { secretKey?: unknown } | undefined): string | undefined {
  const s = options?.secretKey;
  if (s === undefined) return undefined;
  const first = Array.isArray(s) ? s[0] : s;
  if (typeof first !== "string") throw new TypeError(`${PREFIX}: secretKey must be a string (or an array of strings)`);
  return first;
}

// The envelope's members first, in the order LiveChat writes them, then the rest.
function ordered(value: Json): Json {
  const v = value as { [k: string]: Json };
  const out: { [k: string]: Json } = {};
  for (const k of ["webhook_id", "secret_key", "action"]) if (k in v) out[k] = v[k]!;
  for (const [k, x] of Object.entries(v)) if (!(k in out)) out[k] = x;
  return out;
}

// Deep merge: objects merge member by member, anything else (arrays included) replaces.
function overlay(base: Json, over: unknown): Json {
  if (over === undefined) return base;
  const isObj = (x: unknown): x is { [k: string]: Json } => x !== null && typeof x === "object" && !Array.isArray(x);
  if (!isObj(base) || !isObj(over)) return JSON.parse(JSON.stringify(over)) as Json;
  const out: { [k: string]: Json } = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = overlay(base[k] as Json, v);
  return out;
}

function generate(version: string, action: string | undefined, src: Source, secret: string | undefined, sites: boolean) {
  const gen = new Generator(`webhook ${version}`, src, secret, sites);
  let variant;
  if (action === undefined) {
    const all = gen.actions();
    variant = gen.variantOf(all[src.pick(all.length)]!);
  } else {
    variant = gen.variantOf(action);
    if (variant === undefined) {
      throw new TypeError(
        `${PREFIX}: API ${version} has no action ${JSON.stringify(action)}; its actions: ${(actionsByVersion as Record<string, readonly string[]>)[version]!.join(", ")}`,
      );
    }
  }
  const value = ordered(gen.value(variant!, "", "", "", false));
  return { gen, value };
}

function sample(version: string, value: Json): T.Sample<any, any> {
  const body = JSON.stringify(value);
  return { action: (value as { action: string }).action, apiVersion: version as any, value, body };
}

export function sampleWebhook(action: string, options?: T.SampleOptions): T.Sample<any, any> {
  const version = versionOf(options);
  const seed = options?.seed ?? 0;
  if (!Number.isInteger(seed)) throw new TypeError(`${PREFIX}: seed must be an integer`);
  const { value } = generate(version, action, seeded(seed), secretOf(options), false);
  return sample(version, overlay(value, options?.overrides));
}

export function sampleWebhooks(options?: Omit<T.SampleOptions, "overrides">): T.Sample<any, any>[] {
  const version = versionOf(options);
  return (actionsByVersion as Record<string, readonly string[]>)[version]!.map((action) => sampleWebhook(action, { ...options, apiVersion: version as any }));
}

export function webhookFromTape(numbers: readonly number[], options?: T.GenerateOptions): T.Sample<any, any> {
  const version = versionOf(options);
  const { value } = generate(version, options?.action, tape(numbers), secretOf(options), false);
  return sample(version, value);
}

function invalid(version: string, value: Json, m: ReturnType<typeof mutations>[number]): T.InvalidSample {
  const changed = m.apply(value);
  return {
    action: (value as { action: string }).action,
    apiVersion: version as any,
    value: changed,
    body: JSON.stringify(changed),
    change: m.description,
    expected: m.expected,
  };
}

export function invalidWebhooks(action: string, options?: Omit<T.SampleOptions, "overrides">): T.InvalidSample[] {
  const version = versionOf(options);
  const secret = secretOf(options);
  const { gen, value } = generate(version, action, seeded(options?.seed ?? 0), secret, true);
  return mutations(gen, value, secret).map((m) => invalid(version, value, m));
}

export function invalidWebhookFromTape(numbers: readonly number[], pick: number, options?: T.GenerateOptions): T.InvalidSample {
  const version = versionOf(options);
  const secret = secretOf(options);
  const { gen, value } = generate(version, options?.action, tape(numbers), secret, true);
  const all = mutations(gen, value, secret);
  // Every body has a mutation: `action` is always a site.
  return invalid(version, value, all[Math.abs(Math.trunc(pick)) % all.length]!);
}

// ---- RTM pushes and app webhooks: valid values only, from their own schemas ----

const PUSH_VERSIONS = pushesByApi as Record<"agent" | "customer", Record<string, readonly string[]>>;

export function samplePush(action: string, options: T.PushSampleOptions): T.PushSample<any, any, any> {
  const api = options?.api;
  if (api !== "agent" && api !== "customer") {
    throw new TypeError(`${PREFIX}: samplePush needs { api: "agent" } or { api: "customer" }, found api ${JSON.stringify(api)}`);
  }
  const versions = Object.keys(PUSH_VERSIONS[api]);
  const version = options.apiVersion ?? LATEST_API_VERSION;
  if (typeof version !== "string" || !versions.includes(version)) {
    throw new TypeError(`${PREFIX}: the ${api} API has no pushes in apiVersion ${JSON.stringify(version)}; expected one of ${versions.join(", ")}`);
  }
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed)) throw new TypeError(`${PREFIX}: seed must be an integer`);
  const gen = new Generator(`${api} ${version}`, seeded(seed), undefined, false);
  const variant = gen.variantOf(action);
  if (variant === undefined) {
    throw new TypeError(`${PREFIX}: the ${api} API ${version} has no push ${JSON.stringify(action)}; its pushes: ${PUSH_VERSIONS[api][version]!.join(", ")}`);
  }
  const walked = gen.value(variant, "", "", "", true) as { [k: string]: Json };
  // The frame as LiveChat writes it. The oldest push version's frames carry no `version`; from
  // the next one every frame names its version (request_id is left out: it is only on the
  // connection whose request caused the push; set it with `overrides`).
  const frame: { [k: string]: Json } = {};
  if (version !== versions[0]) frame.version = version;
  frame.action = action;
  frame.type = "push";
  frame.payload = walked.payload!;
  const value = overlay(frame, options.overrides);
  return { action, api, apiVersion: version as any, value, body: JSON.stringify(value) };
}

export function sampleAppWebhook(event: string, options?: T.AppSampleOptions): T.AppSample<any> {
  const seed = options?.seed ?? 0;
  if (!Number.isInteger(seed)) throw new TypeError(`${PREFIX}: seed must be an integer`);
  const gen = new Generator("app", seeded(seed), undefined, false);
  const variant = gen.variantOf(event);
  if (variant === undefined) throw new TypeError(`${PREFIX}: no app webhook event ${JSON.stringify(event)}; the events: ${gen.actions().join(", ")}`);
  const walked = gen.value(variant, "", "", "", true) as { [k: string]: Json };
  // `event` first, as the Developer Console writes it.
  const value = overlay({ event, ...walked }, options?.overrides);
  return { event, value: value as any, body: JSON.stringify(value) };
}

/** The app webhook events, in the model's order. */
export function appWebhookEvents(): any[] {
  return new Generator("app", seeded(0), undefined, false).actions();
}

// ---- requests ----

function bodyText(body: T.TestBody): string | Uint8Array {
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body !== null && typeof body === "object" && "body" in body && typeof (body as T.Sample<any, any>).body === "string" && "apiVersion" in body) {
    return (body as T.Sample<any, any>).body;
  }
  return JSON.stringify(body);
}

export function createTestRequest(body: T.TestBody, options?: T.TestRequestOptions): Request {
  const text = bodyText(body);
  return new Request(options?.url ?? "http://localhost/webhooks/livechat", {
    method: options?.method ?? "POST",
    headers: { "content-type": "application/json", ...options?.headers },
    body: (options?.method ?? "POST") === "GET" || options?.method === "HEAD" ? null : (text as BodyInit),
  });
}

export function createNodeTestRequest(body: T.TestBody, options?: T.TestRequestOptions): T.NodeTestExchange {
  const text = bodyText(body);
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const listeners: Record<string, ((...args: any[]) => void)[]> = {};
  const headers: Record<string, string> = { "content-type": "application/json", "content-length": String(bytes.byteLength) };
  for (const [k, v] of Object.entries(options?.headers ?? {})) headers[k.toLowerCase()] = v;
  let paused = false;
  let started = false;
  const req: T.NodeTestExchange["req"] = {
    method: options?.method ?? "POST",
    url: options?.url ?? "/webhooks/livechat",
    headers,
    on(event: string, listener: (...args: any[]) => void) {
      (listeners[event] ??= []).push(listener);
      // Emitted once the reader listens for the end, in chunks of 16 KB as a socket would.
      if (event === "end" && !started) {
        started = true;
        queueMicrotask(() => {
          for (let i = 0; i < bytes.byteLength && !paused; i += 16384) {
            for (const l of listeners.data ?? []) l(bytes.subarray(i, i + 16384));
          }
          if (!paused) for (const l of listeners.end ?? []) l();
        });
      }
      return req;
    },
    pause() {
      paused = true;
      return req;
    },
  };
  let finish!: (r: T.TestResponse) => void;
  const response = new Promise<T.TestResponse>((resolve) => (finish = resolve));
  let status = 0;
  let sent: Record<string, string> = {};
  const res: T.NodeTestExchange["res"] = {
    writeHead(code: number, h: Record<string, string>) {
      status = code;
      sent = { ...h };
      return res;
    },
    end(text?: string) {
      finish({ status, headers: sent, body: text ?? "" });
      return res;
    },
  };
  return { req, res, response };
}

// Compiled with `tsc --strict` against the generated pkg/index.d.ts (node tests/types/run.mjs).
// Right uses must compile; each `@ts-expect-error` line proves a wrong use is rejected (tsc fails
// when the line below it compiles).
import {
  decodeWebhook,
  validateWebhook,
  isKnownWebhook,
  knownActions,
  actionsByVersion,
  WebhookError,
  type Issue,
  type IssueCode,
  type UnknownWebhook,
  type ModelType,
  type ValidationResult,
  type WebhookV3_1 as Webhook,
  type WebhookBody,
  type WebhookOptions,
} from "livechat-webhooks";

declare const text: string;
declare const bytes: Uint8Array;
declare const buffer: ArrayBuffer;
declare const parsed: object;
// This file checks the API 3.1 types; tests/types/versions.ts checks the later versions.
const v31 = { apiVersion: "3.1" } as const;

// ---- every body kind; the default result is a known Webhook ----
const fromText: Webhook = decodeWebhook(text, v31);
const fromBytes: Webhook = decodeWebhook(bytes, v31);
const fromBuffer: Webhook = decodeWebhook(buffer, v31);
const fromObject: Webhook = decodeWebhook(parsed, v31);
const bodies: WebhookBody[] = [text, bytes, buffer, parsed];
// @ts-expect-error: a number is not a body
decodeWebhook(42);
// @ts-expect-error: nor is undefined
decodeWebhook(undefined);

// ---- the set of actions is exactly API 3.1's 24 ----
const everyAction: Record<Webhook["action"], true> = {
  incoming_chat_thread: true,
  thread_closed: true,
  access_granted: true,
  access_revoked: true,
  access_set: true,
  chat_user_added: true,
  chat_user_removed: true,
  incoming_event: true,
  event_updated: true,
  incoming_rich_message_postback: true,
  chat_properties_updated: true,
  chat_properties_deleted: true,
  chat_thread_properties_updated: true,
  chat_thread_properties_deleted: true,
  event_properties_updated: true,
  event_properties_deleted: true,
  chat_thread_tagged: true,
  chat_thread_untagged: true,
  agent_status_changed: true,
  agent_deleted: true,
  customer_created: true,
  events_marked_as_seen: true,
  last_seen_timestamp_updated: true,
  follow_up_requested: true,
};
const actions: readonly Webhook["action"][] = actionsByVersion["3.1"];
// @ts-expect-error: the action lists are read-only
actionsByVersion["3.1"].push("thread_closed");
// @ts-expect-error: knownActions are the latest version's, which has no thread_closed
const latestHasClosed: readonly "thread_closed"[] = knownActions;

// ---- narrowing by action ----
function handle(w: Webhook): string {
  const id: string = w.webhook_id;
  const secret: string = w.secret_key;
  switch (w.action) {
    case "thread_closed": {
      const chat: string = w.payload.chat_id;
      const closedBy: string | undefined = w.payload.user_id;
      // @ts-expect-error: thread_closed carries no event
      w.payload.event;
      return chat + closedBy;
    }
    case "incoming_chat_thread": {
      const users = w.payload.chat.users.map(describeUser);
      const events = (w.payload.chat.thread.events ?? []).map(describeEvent);
      const active: boolean = w.payload.chat.thread.active;
      // @ts-expect-error: the chat is under payload.chat, not payload
      w.payload.users;
      return users.join() + events.join() + active;
    }
    case "incoming_event":
    case "event_updated":
      return describeEvent(w.payload.event);
    case "chat_user_added":
      return describeUser(w.payload.user) + w.payload.user_type;
    case "agent_status_changed": {
      const status: "accepting chats" | "not accepting chats" | "offline" = w.payload.status;
      return status;
    }
    case "incoming_rich_message_postback": {
      const toggled: boolean = w.payload.postback.toggled;
      return w.payload.event_id + toggled;
    }
    case "chat_thread_tagged":
      return w.payload.tag;
    case "events_marked_as_seen":
      return w.payload.seen_up_to;
    default:
      return w.action;
  }
}

// @ts-expect-error: an action that does not exist cannot be compared with
function wrongAction(w: Webhook): boolean { return w.action === "thread_opened"; }

function wrongPayload(w: Webhook): void {
  if (w.action === "agent_deleted") {
    const agent: string = w.payload.agent_id;
    // @ts-expect-error: chat_id belongs to other actions' payloads
    w.payload.chat_id;
  }
}

// The webhooks here are 3.1's, and so are their events and users.
type Event = ModelType<"LiveChatEvent", "3.1">;
type User = ModelType<"User", "3.1">;

// ---- narrowing events by type ----
function describeEvent(e: Event): string {
  switch (e.type) {
    case "message":
      // @ts-expect-error: a message has no url
      e.url;
      return e.text;
    case "file":
      return e.url + e.content_type;
    case "filled_form":
      return String(e.fields.length);
    case "rich_message":
      return e.template_id;
    case "custom":
      return JSON.stringify(e.content);
    case "system_message":
      return e.system_message_type;
    // @ts-expect-error: form events came with API 3.3
    case "form":
      return "";
    // @ts-expect-error: system events came with API 3.6
    case "system":
      return "";
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

// ---- narrowing users by type ----
function describeUser(u: User): string {
  if (u.type === "customer") {
    const city: string | undefined = u.last_visit?.geolocation?.city;
    return u.id + city;
  }
  const agentName: string | undefined = u.name;
  // @ts-expect-error: an agent has no last_visit
  u.last_visit;
  return u.id + agentName;
}

// ---- options ----
const options: WebhookOptions = {
  apiVersion: "3.1",
  secretKey: ["old-secret", "new-secret"],
  unknownFields: "warn",
  unknownActions: "reject",
  maxBytes: 1 << 20,
  maxDepth: 64,
};
decodeWebhook(text, { secretKey: "one" });
// @ts-expect-error: not an unknownFields value
decodeWebhook(text, { unknownFields: "drop" });
// @ts-expect-error: a secret is a string or strings
decodeWebhook(text, { secretKey: 42 });
// @ts-expect-error: no such API version
decodeWebhook(text, { apiVersion: "3.0" });
// @ts-expect-error: a limit is a number
decodeWebhook(text, { maxBytes: "1MB" });
// @ts-expect-error: an option present but without a value
decodeWebhook(text, { unknownActions: undefined });

// ---- unknown actions ----
const accepted = decodeWebhook(text, { apiVersion: "3.1", unknownActions: "accept" });
// @ts-expect-error: with unknownActions "accept" the result may be an UnknownWebhook
const notNarrowed: Webhook = accepted;
if (isKnownWebhook(accepted, "3.1")) {
  handle(accepted);
} else {
  const unknownOne: UnknownWebhook = accepted;
  const action: string = unknownOne.action;
  const payload: unknown = unknownOne.payload;
}
// "accept" visible through `as const` gives the union too.
const acceptConst = { apiVersion: "3.1", unknownActions: "accept" } as const;
const wide: Webhook | UnknownWebhook = decodeWebhook(text, acceptConst);
// @ts-expect-error: "accept" as const: the result may be an UnknownWebhook
const wideNotKnown: Webhook = decodeWebhook(text, acceptConst);
// @ts-expect-error: the literal "accept" case of validateWebhook is not only known webhooks
const acceptedNotKnown: ValidationResult<Webhook> = validateWebhook(text, { apiVersion: "3.1", unknownActions: "accept" });
// Options typed `WebhookOptions` (no "accept" in their type) give a webhook of any version, which
// narrows by action.
const annotated: WebhookOptions = {};
const fromAnnotated = decodeWebhook(text, annotated);
if (fromAnnotated.action === "thread_closed") {
  const closedChat: string = fromAnnotated.payload.chat_id;
}
// @ts-expect-error: a `WebhookOptions` value may name any version
const wideNarrow: Webhook = decodeWebhook(text, options);
const annotatedResult = validateWebhook(text, annotated);
if (annotatedResult.ok && annotatedResult.value.action === "thread_closed") {
  const closedChat: string = annotatedResult.value.payload.chat_id;
}
const strict: Webhook = decodeWebhook(text, { apiVersion: "3.1", unknownActions: "reject" });

// ---- validateWebhook ----
const result: ValidationResult<Webhook> = validateWebhook(bytes, v31);
if (result.ok) {
  handle(result.value);
  const warnings: Issue[] = result.issues;
} else {
  const issues: Issue[] = result.issues;
  // @ts-expect-error: no value when not ok
  result.value;
}
// @ts-expect-error: the value must be checked for ok first
validateWebhook(text).value;
const anything: ValidationResult<Webhook> = validateWebhook(undefined as unknown, v31);
const acceptedResult: ValidationResult<Webhook | UnknownWebhook> = validateWebhook(text, { apiVersion: "3.1", unknownActions: "accept" });

// ---- issues and errors ----
function report(e: unknown): IssueCode | undefined {
  if (e instanceof WebhookError) {
    const name: "WebhookError" = e.name;
    const message: string = e.message;
    for (const issue of e.issues) {
      const where: string = issue.pointer;
      const path: (string | number)[] = issue.path;
      const line: number | undefined = issue.line;
      const column: number | undefined = issue.column;
      const severity: "error" | "warning" = issue.severity;
      const expected: string | undefined = issue.expected;
      const received: string | undefined = issue.received;
    }
    // @ts-expect-error: the code is read-only
    e.code = "invalid_json";
    return e.code;
  }
  return undefined;
}
const code: IssueCode = "number_out_of_range";
// @ts-expect-error: not an issue code
const badCode: IssueCode = "out_of_range";
const made: WebhookError = new WebhookError([]);
const asError: Error = made;

export { latestHasClosed };
export { fromText, fromBytes, fromBuffer, fromObject, bodies, everyAction, actions, wrongAction, wrongPayload };
export { wideNotKnown, acceptedNotKnown, fromAnnotated, annotatedResult };
export { accepted, wide, strict, anything, acceptedResult, report, code, asError, notNarrowed, wideNarrow, badCode };

// ---- Standard Schema: the output type follows the options ----
import { webhookSchema, type WebhookStandardSchema, type AnyVersionWebhook } from "livechat-webhooks";
const strictSchema: WebhookStandardSchema<Webhook> = webhookSchema({ apiVersion: "3.1", secretKey: "s" });
const openSchema: WebhookStandardSchema<Webhook | UnknownWebhook> = webhookSchema({ apiVersion: "3.1", unknownActions: "accept" });
function standardOutput(input: unknown): string | undefined {
  const r = strictSchema["~standard"].validate(input);
  if ("value" in r && r.issues === undefined) return r.value.action;
  return undefined;
}
// @ts-expect-error: with unknownActions "accept" the output is not only known webhooks
const notOnlyKnown: WebhookStandardSchema<Webhook> = webhookSchema({ apiVersion: "3.1", unknownActions: "accept" });
// Options typed `WebhookOptions` give a schema of known webhooks of any version, whose output narrows.
const annotatedOptions: WebhookOptions = { secretKey: "s" };
const annotatedSchema: WebhookStandardSchema<AnyVersionWebhook> = webhookSchema(annotatedOptions);
function annotatedOutput(input: unknown): string | undefined {
  const r = webhookSchema(annotatedOptions)["~standard"].validate(input);
  if (r.issues === undefined && r.value.action === "thread_closed") return r.value.payload.chat_id;
  return undefined;
}
export { strictSchema, openSchema, standardOutput, notOnlyKnown, annotatedSchema, annotatedOutput };

// ---- createWebhookHandler: one handler per action, each given that action's webhook ----
import {
  createWebhookHandler,
  toNodeListener,
  type ApiVersion,
  type WebhookHandler,
  type WebhookHandlerContext,
  type WebhooksByVersion,
} from "livechat-webhooks";
declare const request: Request;
const receiver: WebhookHandler = createWebhookHandler({
  apiVersion: "3.1",
  secretKey: "s",
  on: {
    incoming_event(webhook, context) {
      const action: "incoming_event" = webhook.action;
      // @ts-expect-error: the webhook is narrowed to its action
      const other: "thread_closed" = webhook.action;
      if (webhook.payload.event.type === "message") {
        const message: string = webhook.payload.event.text;
      }
      const warnings: readonly Issue[] = context.warnings;
    },
    async thread_closed(webhook) {
      const closedBy: string | undefined = webhook.payload.user_id;
      // @ts-expect-error: thread_closed has no event
      webhook.payload.event;
    },
  },
  onUnhandled(webhook) {
    const action: string = webhook.action;
  },
  onError(error: unknown) {},
});
const answered: Promise<Response> = receiver(request);
// The default version is 3.6, whose agent_deleted carries `id`.
const defaultVersion = createWebhookHandler({ on: { agent_deleted: (w) => void w.payload.id } });
// @ts-expect-error: `agent_id` is the 3.1–3.3 payload
createWebhookHandler({ on: { agent_deleted: (w) => void w.payload.agent_id } });
// @ts-expect-error: not an action of API 3.1 (a typo would never be called)
createWebhookHandler({ apiVersion: "3.1", on: { incoming_events() {} } });
// @ts-expect-error: a handler of one action cannot take another's webhook
createWebhookHandler({ apiVersion: "3.1", on: { thread_closed: (w: Extract<Webhook, { action: "incoming_event" }>) => {} } });
// @ts-expect-error: `on` is required
createWebhookHandler({ secretKey: "s" });
// "3.7", a preview, is a version of its own: its handlers get WebhookV3_7's webhooks.
createWebhookHandler({ apiVersion: "3.7", on: { event_deleted: (w) => void w.payload.event_id } });
// @ts-expect-error: no API 3.9
createWebhookHandler({ apiVersion: "3.9", on: {} });
// @ts-expect-error: not a version this package knows
createWebhookHandler({ apiVersion: "3.0", on: {} });
// What a handler returns is awaited and otherwise ignored.
createWebhookHandler({ apiVersion: "3.1", on: { thread_closed: async () => 42, agent_deleted: () => "stored" } });
const version: ApiVersion = "3.1";
const byVersion: WebhooksByVersion["3.1"] = fromText;
const context: WebhookHandlerContext = { warnings: [], waitUntil: () => {} };
const listener = toNodeListener(receiver);
// @ts-expect-error: toNodeListener takes a handler of createWebhookHandler
toNodeListener((x: string) => x);
export { receiver, answered, defaultVersion, version, byVersion, context, listener };

// ---- late options (issue 15): a function of the Worker's env, typed by what it returns ----
interface WorkerEnv {
  readonly LIVECHAT_SECRET: string;
}
declare const workerEnv: WorkerEnv;
declare const workerCtx: { waitUntil(promise: Promise<unknown>): void };
const late: WebhookHandler<WorkerEnv> = createWebhookHandler((env: WorkerEnv) => ({
  apiVersion: "3.1",
  secretKey: env.LIVECHAT_SECRET,
  answer: "when-valid",
  dedupe: true,
  on: {
    thread_closed(webhook, context) {
      const closedBy: string | undefined = webhook.payload.user_id;
      context.waitUntil(Promise.resolve(closedBy));
    },
  },
}));
const lateAnswer: Promise<Response> = late(request, workerEnv, workerCtx);
// The default version's handlers, from a function too.
createWebhookHandler(() => ({ on: { agent_deleted: (w) => void w.payload.id } }));
// @ts-expect-error: `agent_id` is the 3.1–3.3 payload, in late options as in early ones
createWebhookHandler(() => ({ on: { agent_deleted: (w) => void w.payload.agent_id } }));
// @ts-expect-error: answer takes two values
createWebhookHandler({ on: {}, answer: "later" });
export { late, lateAnswer };

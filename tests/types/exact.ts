// Each version's types say exactly what that version sends, nested structures included (compiled
// with narrowing.ts by tests/types/run.mjs, `exactOptionalPropertyTypes` on). Every
// `@ts-expect-error` below is a body the decoder refuses under that version (or a use of the API
// that cannot work), so the types refuse it too; the lines without one are what the version sends.
import {
  decodeWebhook,
  validateWebhook,
  isKnownWebhook,
  type ModelType,
  type WebhookOf,
  type WebhookV3_2,
  type WebhookV3_5,
  type WebhookV3_6,
} from "livechat-webhooks";

declare const text: string;

// ---- event types by version ----
function events32(e: ModelType<"LiveChatEvent", "3.2">): string {
  switch (e.type) {
    case "message":
      return e.text;
    // @ts-expect-error: form events came with API 3.3
    case "form":
      return "";
    // @ts-expect-error: system events came with API 3.6
    case "system":
      return "";
    default:
      return e.type;
  }
}
function events33(e: ModelType<"LiveChatEvent", "3.3">): string {
  switch (e.type) {
    case "form":
      return e.form_id;
    // @ts-expect-error: system events came with API 3.6
    case "system":
      return "";
    default:
      return e.type;
  }
}
function events36(e: ModelType<"LiveChatEvent", "3.6">): string {
  return e.type === "system" ? e.source + e.subtype : e.type;
}

// ---- deleted events exist from API 3.6 on ----
function incomingEvent34(w: WebhookOf<"incoming_event", "3.4">): string {
  const ev = w.payload.event;
  // No deleted stub in 3.4's union: a message has its text.
  return ev.type === "message" ? ev.text : ev.type;
}
function incomingEvent35(w: WebhookOf<"incoming_event", "3.5">): string {
  // @ts-expect-error: 3.5 has no deleted events
  const deleted: true = w.payload.event.deleted;
  return String(deleted);
}
function incomingEvent36(w: WebhookOf<"incoming_event", "3.6">): string {
  const ev = w.payload.event;
  if (ev.type === "message") {
    // @ts-expect-error: in 3.6 a message event may be a deleted stub, which has no text
    ev.text;
  }
  return ev.id;
}

// ---- members a version requires are required in its types ----
function createdAt(e31: ModelType<"LiveChatMessageEvent", "3.1">, e32: ModelType<"LiveChatMessageEvent", "3.2">): string {
  const required: string = e32.created_at;
  // @ts-expect-error: 3.1 events may carry `timestamp` instead
  const optional: string = e31.created_at;
  return required + optional;
}
function visibility(a34: ModelType<"Agent", "3.4">, a35: ModelType<"Agent", "3.5">, e35: ModelType<"LiveChatMessageEvent", "3.5">): string {
  const agent: "all" | "agents" = a35.visibility;
  const event: "all" | "agents" = e35.visibility;
  // @ts-expect-error: 3.4 agents may leave visibility out
  const older: "all" | "agents" = a34.visibility;
  return agent + event + older;
}
function recipients(e33: ModelType<"LiveChatMessageEvent", "3.3">, e35: ModelType<"LiveChatMessageEvent", "3.5">): string {
  const who: string = e33.recipients;
  // @ts-expect-error: `recipients` became `visibility` in 3.4
  e35.recipients;
  return who;
}
// Issue 17: 3.6 accepts `queued_at_us` (the 3.3–3.5 pages' spelling, with a warning) in place of
// `queued_at`, so neither is certain; one of them is there.
function queuedAt(w: WebhookOf<"chat_transferred", "3.6">): string {
  if (w.payload.queue === undefined) return "";
  // @ts-expect-error: `queued_at` may be left out for `queued_at_us`
  const only: string = w.payload.queue.queued_at;
  return only ?? w.payload.queue.queued_at ?? w.payload.queue.queued_at_us ?? "";
}

// ---- values a version does not have ----
// @ts-expect-error: the cancel button came with API 3.3
const cancel32: ModelType<"ButtonType", "3.2"> = "cancel";
const cancel33: ModelType<"ButtonType", "3.3"> = "cancel";
// @ts-expect-error: the ecommerce template came with API 3.6
const ecommerce35: ModelType<"TemplateId", "3.5"> = "ecommerce";
const ecommerce36: ModelType<"TemplateId", "3.6"> = "ecommerce";
const byWeekday: ModelType<"WorkScheduler", "3.4"> = { monday: { start: "08:00", end: "16:00" } };
// @ts-expect-error: from 3.5 the work scheduler is a time zone and ranges
const byWeekday35: ModelType<"WorkScheduler", "3.5"> = { monday: { start: "08:00", end: "16:00" } };
const ranges: ModelType<"WorkScheduler", "3.5"> = { timezone: "Europe/Warsaw", schedule: [] };
// @ts-expect-error: 3.4 has the weekday map, not ranges
const ranges34: ModelType<"WorkScheduler", "3.4"> = { timezone: "Europe/Warsaw", schedule: [] };

// ---- "auto": the result's version narrows its value ----
const auto = validateWebhook(text, { apiVersion: "auto" });
if (auto.ok && auto.apiVersion === "3.2") {
  const old: WebhookV3_2 = auto.value;
  // @ts-expect-error: a 3.2 webhook is not a 3.6 one
  const latest: WebhookV3_6 = auto.value;
}
if (auto.ok) {
  // @ts-expect-error: "auto" never chooses a preview version
  auto.apiVersion === "3.7";
}

// isKnownWebhook narrows the action and keeps the version the body was decoded as.
const accepted = decodeWebhook(text, { apiVersion: "auto", unknownActions: "accept" });
if (isKnownWebhook(accepted, "3.5")) {
  const action: WebhookV3_5["action"] = accepted.action;
  // @ts-expect-error: thread_summary_set is not a 3.5 action
  accepted.action === "thread_summary_set";
}

// ---- the body must have been read ----
declare function readText(): Promise<string>;
async function receive(): Promise<string> {
  // @ts-expect-error: a promise is not a body (the `await` is missing)
  decodeWebhook(readText());
  return decodeWebhook(await readText()).action;
}

// ---- no model type shares its name with a DOM global ----
// `LiveChatMessageEvent`, not `MessageEvent`: a forgotten import of the latter would silently give
// the DOM's type. The old names remain as deprecated aliases of the new ones.
import type { LiveChatMessageEvent, MessageEvent as OldName } from "livechat-webhooks";
function sameType(e: LiveChatMessageEvent): OldName {
  return e;
}

// ---- createWebhookHandler takes every apiVersion the decoder takes ----
import { createWebhookHandler, type WebhookV3_4 } from "livechat-webhooks";
createWebhookHandler({
  apiVersion: "auto",
  on: {
    // Under "auto", an action's handler gets that action's webhook of every version that has it.
    incoming_chat(w) {
      const id: string = w.payload.chat.id;
      return id;
    },
    agent_created(w) {
      // @ts-expect-error: 3.4's agent_created has no requester; only 3.6's has
      w.requester.user_id;
    },
  },
});
createWebhookHandler({
  apiVersion: "3.7",
  on: {
    thread_summary_set(w) {
      return w.payload.summary.text;
    },
  },
});
createWebhookHandler({
  apiVersion: "3.4",
  on: {
    incoming_event(w) {
      const v34: WebhookV3_4 = w;
      return v34.action;
    },
  },
});
// @ts-expect-error: 3.4 has no thread_summary_set
createWebhookHandler({ apiVersion: "3.4", on: { thread_summary_set() {} } });

// The later API versions' types (compiled with narrowing.ts by tests/types/run.mjs): the default
// version is 3.6, each `apiVersion` gives its own union, and narrowing by action follows it.
import {
  decodeWebhook,
  validateWebhook,
  isKnownWebhook,
  type AnyVersionWebhook,
  type WebhookOf,
  type WebhookV3_2,
  type WebhookV3_4,
  type WebhookV3_5,
  type WebhookV3_6,
} from "livechat-webhooks";

declare const text: string;

// The default is the latest stable version.
const latest: WebhookV3_6 = decodeWebhook(text);
// @ts-expect-error: a 3.2 webhook is not what the default gives
const notOld: WebhookV3_2 = decodeWebhook(text);
const old: WebhookV3_2 = decodeWebhook(text, { apiVersion: "3.2" });
// "3.7" is a preview whose webhooks are 3.6's.
const preview: WebhookV3_6 = decodeWebhook(text, { apiVersion: "3.7" });
// "auto" may give any version.
const any: AnyVersionWebhook = decodeWebhook(text, { apiVersion: "auto" });
// @ts-expect-error: "auto" is not only 3.6
const notOnlyLatest: WebhookV3_6 = decodeWebhook(text, { apiVersion: "auto" });

function latestAction(w: WebhookV3_6): string {
  switch (w.action) {
    case "incoming_chat":
      return w.payload.chat.thread.created_at;
    case "chat_transferred":
      return w.payload.reason + (w.payload.queue?.queued_at ?? "");
    case "event_deleted":
      return w.payload.event_id;
    case "thread_summary_set":
      return w.payload.summary.text;
    case "agent_created":
      // Configuration webhooks of 3.6 say who made the change.
      return w.payload.id + (w.requester?.user_id ?? "") + w.organization_id;
    case "auto_accesses_updated":
      return w.payload.map((change) => change.status).join();
    case "group_deleted": {
      const id: number = w.payload.id;
      return String(id);
    }
    // @ts-expect-error: incoming_customer was removed in 3.6
    case "incoming_customer":
      return "";
    default:
      return w.action;
  }
}

function olderAction(w: WebhookV3_2): string {
  const license: number = w.license_id;
  switch (w.action) {
    case "agent_deleted":
      return w.payload.agent_id;
    case "customer_created":
      return String(license);
    default:
      // @ts-expect-error: 3.2 envelopes carry license_id, not organization_id
      return w.organization_id;
  }
}

function v34(w: WebhookV3_4): string {
  if (w.action === "agent_deleted") {
    // @ts-expect-error: from 3.4, agent_deleted carries `id`
    w.payload.agent_id;
    return w.payload.id;
  }
  // 3.4 previews sent license_id instead of organization_id.
  return w.organization_id ?? String(w.license_id);
}

function v35(w: WebhookV3_5): string {
  // @ts-expect-error: 3.5 has no event_deleted
  if (w.action === "event_deleted") return "";
  return w.organization_id;
}

const incoming: WebhookOf<"incoming_event", "3.4"> = decodeWebhook(text, { apiVersion: "3.4" }) as WebhookOf<"incoming_event", "3.4">;
const result = validateWebhook(text, { apiVersion: "3.3" });
if (result.ok) {
  const version: string = result.apiVersion;
  if (result.value.action === "chat_transferred") {
    const reason: string = result.value.payload.reason;
  }
}
const accepted = decodeWebhook(text, { apiVersion: "3.5", unknownActions: "accept" });
if (isKnownWebhook(accepted, "3.5")) {
  const known: WebhookV3_5 = accepted;
}

export { latest, notOld, old, preview, any, notOnlyLatest, latestAction, olderAction, v34, v35, incoming };

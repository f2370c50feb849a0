// Pushes and app webhooks (issue 17), compiled with `tsc --strict` against pkg/index.d.ts.
// Each `@ts-expect-error` line proves a wrong use is rejected.
import {
  decodePush,
  validatePush,
  pushSchema,
  pushesByVersion,
  decodeAppWebhook,
  validateAppWebhook,
  createPushDispatcher,
  createWebhookHandler,
  type PushOrWebhook,
  type WebhookForPush,
  type SharedAction,
  type AgentPushV3_2,
  type AgentPushV3_6,
  type CustomerPushV3_6,
  type PushesByVersion,
  type AppWebhook,
  type PushFrame,
  type PushOptions,
} from "livechat-webhooks";

// ---- per version and API, narrowed by action ----
export function narrowed(text: string): string {
  const p = decodePush(text, { api: "agent", apiVersion: "3.6" });
  const same: AgentPushV3_6 = p;
  let out = same.action;
  if (p.action === "incoming_typing_indicator") out += p.payload.typing_indicator.visibility ?? "";
  if (p.action === "queue_positions_updated") out += p.payload.map((q) => q.queue.position).join();
  if (p.action === "subscribed_customers_totals_updated") out += String(Object.values(p.payload)[0] ?? 0);
  if (p.action === "incoming_chat") out += (p.payload.requester_id ?? "") + String(p.payload.transferred_from?.group_ids);
  // @ts-expect-error: the agent API's typing indicator has `visibility` from 3.4, not `recipients`
  if (p.action === "incoming_typing_indicator") out += p.payload.typing_indicator.recipients;
  // @ts-expect-error: canned responses are pushes of 3.7
  if (p.action === "canned_response_created") out += "";
  const c = decodePush(text, { api: "customer", apiVersion: "3.6" });
  const cs: CustomerPushV3_6 = c;
  // The customer API's own shapes: events keep `recipients`, a transfer may lack `reason`, and
  // `incoming_chat` has `transferred_from` inside `chat`.
  const c5 = decodePush(text, { api: "customer", apiVersion: "3.5" });
  if (c5.action === "incoming_event" && c5.payload.event.type === "message") out += c5.payload.event.recipients ?? "";
  const a5 = decodePush(text, { api: "agent", apiVersion: "3.5" });
  // @ts-expect-error: the agent API's 3.5 events have `visibility`, not `recipients`
  if (a5.action === "incoming_event" && a5.payload.event.type === "message") out += a5.payload.event.recipients;
  if (cs.action === "chat_transferred") out += cs.payload.reason ?? "none";
  if (cs.action === "incoming_chat") out += String(cs.payload.chat.transferred_from?.agent_ids);
  // @ts-expect-error: the agent API's chat has no transferred_from inside it
  if (p.action === "incoming_chat") out += String(p.payload.chat.transferred_from);
  // Customer Chat API pushes keep `recipients` on the typing indicator in every version.
  if (cs.action === "incoming_typing_indicator") out += cs.payload.typing_indicator.recipients ?? "";
  if (cs.action === "groups_status_updated") {
    const s: "online" | "online_for_queue" | "offline" = cs.payload.groups[0]!.status;
    out += s;
  }
  // @ts-expect-error: the customer API has no routing_status_set
  if (cs.action === "routing_status_set") out += "";
  const old = decodePush(text, { api: "agent", apiVersion: "3.2" });
  const o: AgentPushV3_2 = old;
  if (o.action === "incoming_typing_indicator") out += o.payload.typing_indicator.recipients ?? "";
  // @ts-expect-error: chat_access_updated came with 3.4
  if (o.action === "chat_access_updated") out += "";
  const any = decodePush(text, { api: "agent", apiVersion: "auto" });
  const all: PushesByVersion["agent"][keyof PushesByVersion["agent"]] = any;
  // @ts-expect-error: 3.1 has no pushes of this shape
  decodePush(text, { api: "agent", apiVersion: "3.1" });
  return out + all.action;
}

export function dispatcher(): unknown {
  const dispatch = createPushDispatcher({
    api: "agent",
    apiVersion: "3.6",
    on: {
      incoming_chat: (p) => p.payload.chat.id,
      chat_deleted: (p) => p.payload.chat_id,
    },
    onInvalid: (issues) => issues.length,
  });
  createPushDispatcher({
    api: "customer",
    on: {
      // @ts-expect-error: the handler of an action gets that action's push
      greeting_accepted: (p) => p.payload.chat_id,
    },
  });
  createPushDispatcher({
    api: "customer",
    on: {
      // @ts-expect-error: not a push of the customer API
      routing_status_set: () => 0,
    },
  });
  return dispatch("{}");
}

export function pushes(text: string): string {
  const f: PushFrame = decodePush(text, { api: "agent", apiVersion: "3.6" });
  const t: "push" = f.type;
  const r = validatePush(text, { api: "customer", apiVersion: "auto" });
  const action = r.ok ? r.value.action : r.issues[0]?.code ?? "";
  // @ts-expect-error: the API is required (agent and customer pushes differ)
  decodePush(text, { apiVersion: "3.6" });
  // @ts-expect-error: no such API
  decodePush(text, { api: "visitor" });
  // @ts-expect-error: pushes carry no secret
  decodePush(text, { api: "agent", secretKey: "s" });
  // @ts-expect-error: 3.0 is no API version
  validatePush(text, { api: "agent", apiVersion: "3.0" });
  const o: PushOptions = { api: "agent", unknownFields: "warn" };
  const s = pushSchema(o)["~standard"].validate(text);
  const list: readonly string[] | undefined = pushesByVersion.agent["3.7"];
  return t + action + String(s) + String(list);
}

export function apps(text: string): string {
  const w: AppWebhook = decodeAppWebhook(text);
  let id = w.applicationID + w.clientID + String(w.licenseID);
  if (w.event === "payment_collected") id += String(w.payload.total ?? 0) + w.payload.paymentID;
  if (w.event === "application_installed") id += w.payload.applicationID;
  // @ts-expect-error: narrowed by event, an install has no payment
  if (w.event === "application_uninstalled") id += w.payload.paymentID;
  // @ts-expect-error: app webhooks have no API version
  decodeAppWebhook(text, { apiVersion: "3.6" });
  // @ts-expect-error: nor a secret
  validateAppWebhook(text, { secretKey: "s" });
  const r = validateAppWebhook(text, { unknownFields: "reject" });
  // @ts-expect-error: no apiVersion in the result
  r.apiVersion;
  return id + (r.ok ? r.value.event : "");
}

// ---- one handler for both roads ----
export function bothRoads(): unknown {
  const on = {
    incoming_chat: (x: PushOrWebhook<"incoming_chat", "3.6">) => x.payload.chat.id,
    chat_deactivated: (x: PushOrWebhook<"chat_deactivated", "3.6">) => x.payload.chat_id,
  };
  createPushDispatcher({ api: "agent", apiVersion: "3.6", on });
  createWebhookHandler({ apiVersion: "3.6", on });
  const shared: SharedAction<"3.6"> = "routing_status_set";
  // @ts-expect-error: incoming_typing_indicator is a push only
  const pushOnly: SharedAction<"3.6"> = "incoming_typing_indicator";
  type W = WebhookForPush<Extract<AgentPushV3_6, { action: "thread_tagged" }>, "3.6">;
  const w = (x: W) => x.webhook_id + x.payload.tag;
  // @ts-expect-error: a push without a webhook maps to never
  const none: WebhookForPush<Extract<AgentPushV3_6, { action: "chat_unfollowed" }>, "3.6"> = {};
  return [shared, pushOnly, w, none];
}

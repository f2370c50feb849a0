// The cost of type-checking the heaviest everyday use: narrowing an `"auto"` webhook, whose union
// holds every version's webhooks. tests/types/run.mjs compiles this file alone and fails when the
// checker's work (instantiations and subtype comparisons, counts that do not depend on the
// machine) goes over its budget.
import { createWebhookHandler, decodeWebhook, isKnownWebhook, validateWebhook, type WebhookHandlerOptions, type WebhookV3_2 } from "livechat-webhooks";

declare const text: string;
const webhook = decodeWebhook(text, { apiVersion: "auto", unknownActions: "accept" });
if (isKnownWebhook(webhook, "3.2")) {
  const action: WebhookV3_2["action"] = webhook.action;
}
const result = validateWebhook(text, { apiVersion: "auto" });
if (result.ok && result.apiVersion === "3.2") {
  const old: WebhookV3_2 = result.value;
}

// Late options: inferring the version from a function's result once made tsc give up (TS2590).
declare function lateOptions(): WebhookHandlerOptions<"3.6">;
createWebhookHandler(() => lateOptions());
createWebhookHandler({ apiVersion: "auto", on: { incoming_chat: (w) => w.payload.chat.id } });

// The testing kit's declarations (pkg/testing.d.ts, pkg/testing-fast-check.d.ts) under tsc --strict:
// a sample is typed as its action's webhook of its version, and what a version lacks does not compile.
import {
  appWebhookEvents,
  createTestRequest,
  invalidWebhooks,
  sampleAppWebhook,
  samplePush,
  sampleWebhook,
  sampleWebhooks,
  type InvalidSample,
} from "livechat-webhooks/testing";
import { invalidWebhookArbitrary, webhookArbitrary } from "livechat-webhooks/testing/fast-check";
import type { Arbitrary } from "fast-check";
import type { IssueCode } from "livechat-webhooks";

const event = sampleWebhook("incoming_event", { apiVersion: "3.4", seed: 2 });
const action: "incoming_event" = event.action;
const version: "3.4" = event.apiVersion;
const chatId: string = event.value.payload.chat_id;
const body: string = event.body;

const latest = sampleWebhook("thread_summary_set");
const summaryVersion: "3.6" = latest.apiVersion;

// @ts-expect-error thread_closed is an action of API 3.1 only, not of the default version
sampleWebhook("thread_closed");
// @ts-expect-error 2.9 is no API version
sampleWebhook("incoming_chat", { apiVersion: "2.9" });

const all: readonly { action: string }[] = sampleWebhooks({ apiVersion: "3.2" });
const broken: InvalidSample[] = invalidWebhooks("incoming_chat", { secretKey: "s" });
const code: IssueCode = broken[0]!.expected.code;
const request: Request = createTestRequest(event, { headers: { "x-test": "1" } });

const valid: Arbitrary<{ body: string }> = webhookArbitrary({ apiVersion: "3.5", action: "incoming_chat" });
const invalid: Arbitrary<InvalidSample> = invalidWebhookArbitrary();

// A push sample is typed as that API's push of that version and action.
const push = samplePush("incoming_chat", { api: "agent", apiVersion: "3.5", seed: 1 });
const pushAction: "incoming_chat" = push.action;
const pushApi: "agent" = push.api;
const pushVersion: "3.5" = push.apiVersion;
const pushType: "push" = push.value.type;
const pushChat: string = push.value.payload.chat.id;
const latestPush: "customer" = samplePush("incoming_chat", { api: "customer" }).api;
// @ts-expect-error api is required: agent and customer pushes differ
samplePush("incoming_chat", { apiVersion: "3.5" });
// @ts-expect-error 3.1 has no pushes
samplePush("incoming_chat", { api: "agent", apiVersion: "3.1" });
// @ts-expect-error incoming_webhook is no push
samplePush("incoming_webhook", { api: "agent" });

const installed = sampleAppWebhook("payment_collected", { seed: 2 });
const appEvent: "payment_collected" = installed.event;
const appClient: string = installed.value.clientID;
const events: ("application_installed" | "application_uninstalled" | "payment_trialstarted" | "payment_activated" | "payment_collected" | "payment_cancelled")[] = appWebhookEvents();
// @ts-expect-error no such app webhook event
sampleAppWebhook("payment_refunded");

export { action, version, chatId, body, summaryVersion, all, code, request, valid, invalid };
export { pushAction, pushApi, pushVersion, pushType, pushChat, latestPush, appEvent, appClient, events };

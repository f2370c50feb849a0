// The testing kit's declarations (pkg/testing.d.ts, pkg/testing-fast-check.d.ts) under tsc --strict:
// a sample is typed as its action's webhook of its version, and what a version lacks does not compile.
import { createTestRequest, invalidWebhooks, sampleWebhook, sampleWebhooks, type InvalidSample } from "livechat-webhooks/testing";
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

export { action, version, chatId, body, summaryVersion, all, code, request, valid, invalid };

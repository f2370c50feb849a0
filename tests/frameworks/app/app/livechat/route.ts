import { after } from "next/server";
import { createWebhookHandler } from "livechat-webhooks";
import { livechatOptions } from "../../webhooks";

// `next build` loads this module without the runtime's secrets: options are read at the first
// request. `after` keeps work handed to context.waitUntil running once the answer is sent.
export const POST = createWebhookHandler(() => ({ ...livechatOptions(process.env), waitUntil: after }));

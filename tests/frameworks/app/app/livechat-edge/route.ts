import { after } from "next/server";
import { createWebhookHandler } from "livechat-webhooks";
import { livechatOptions } from "../../webhooks";

export const runtime = "edge";

export const POST = createWebhookHandler(() => ({ ...livechatOptions(process.env), waitUntil: after }));

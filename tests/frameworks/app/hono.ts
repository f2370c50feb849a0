import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createWebhookHandler } from "livechat-webhooks";
import { livechatOptions } from "./webhooks.js";

const handler = createWebhookHandler(() => livechatOptions(process.env));

const app = new Hono();
// The handler takes the web Request as it came (no validator: it checks the body itself, answers
// 401 to a wrong secret and never echoes the body).
app.all("/livechat", (c) => handler(c.req.raw));

serve({
  fetch: app.fetch,
  port: Number(process.env.PORT ?? 3000),
  hostname: process.env.HOST ?? "127.0.0.1",
  // A webhook is small and LiveChat waits about 10 s: don't let a slow client hold a socket.
  serverOptions: { requestTimeout: 15_000, headersTimeout: 10_000 },
});

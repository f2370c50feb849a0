import { Hono } from "hono";
import { createWebhookHandler } from "livechat-webhooks";
import { livechatOptions, type LivechatEnv } from "./webhooks.js";

const handler = createWebhookHandler((env: LivechatEnv) => livechatOptions(env));

const app = new Hono<{ Bindings: LivechatEnv }>();
// On Workers, Hono's env and execution context go to the handler: secrets, and ctx.waitUntil.
app.all("/livechat", (c) => handler(c.req.raw, c.env, c.executionCtx));

export default app;

import Fastify from "fastify";
import { createFastifyPlugin, createWebhookHandler } from "livechat-webhooks";
import { livechatOptions } from "./webhooks.js";

const handler = createWebhookHandler(() => livechatOptions(process.env));

// A webhook is small and LiveChat waits about 10 s: don't let a slow client hold a socket.
const app = Fastify({ requestTimeout: 15_000 });
// The plugin's own scope leaves bodies unread for the handler; the rest of the app keeps
// Fastify's JSON parser.
await app.register(createFastifyPlugin(handler, { path: "/livechat" }));
await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? "127.0.0.1" });
app.server.headersTimeout = 10_000;

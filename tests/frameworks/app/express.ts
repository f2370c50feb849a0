import express from "express";
import { createNodeMiddleware, createWebhookHandler } from "livechat-webhooks";
import { livechatOptions } from "./webhooks.js";

const handler = createWebhookHandler(() => livechatOptions(process.env));

const app = express();
// Before any body parser: the middleware reads the raw bytes itself (up to maxBytes, with none of
// express.raw()'s 100 KB limit) and calls next() for every other path.
app.use(createNodeMiddleware(handler, { path: "/livechat" }));
app.use(express.json()); // the rest of the app

const server = app.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? "127.0.0.1");
// A webhook is small and LiveChat waits about 10 s: don't let a slow client hold a socket for 300 s.
server.requestTimeout = 15_000;
server.headersTimeout = 10_000;

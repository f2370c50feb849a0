import { createServer } from "node:http";
import { createWebhookHandler, toNodeListener } from "livechat-webhooks";
import { livechatOptions } from "./webhooks.js";

// Late options: read at the first request, so the module loads without the secret.
const handler = createWebhookHandler(() => livechatOptions(process.env));

const server = createServer(toNodeListener(handler));
// A webhook body is small and LiveChat gives up after about 10 s: a client that sends slowly, or
// not at all, should not hold a socket for Node's defaults (300 s for a request).
server.requestTimeout = 15_000;
server.headersTimeout = 10_000;
server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? "127.0.0.1");

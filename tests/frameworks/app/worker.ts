import { createWebhookHandler } from "livechat-webhooks";
import { livechatOptions, type LivechatEnv } from "./webhooks.js";

// Secrets arrive in `env` at the first request (there is no process.env); the handler takes
// `ctx` too, so work a handler hands to context.waitUntil outlives the answer.
const handler = createWebhookHandler((env: LivechatEnv) => livechatOptions(env));

export default { fetch: handler };

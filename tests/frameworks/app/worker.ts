import { createWebhookHandler } from "livechat-webhooks";
import { livechatOptions, type LivechatEnv } from "./webhooks.js";

// Secrets arrive in `env` at the first request (no process.env, no nodejs_compat needed); the
// handler takes `ctx` too, so work a handler hands to context.waitUntil outlives the answer.
const handler = createWebhookHandler((env: LivechatEnv) => livechatOptions(env));

export default { fetch: handler } satisfies ExportedHandler<LivechatEnv>;

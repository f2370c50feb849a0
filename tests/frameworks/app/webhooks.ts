// The test's stand-in for a user's own handlers module, which every recipe imports: the same
// options for every framework. Each handler reports what it received (the action and the whole
// webhook without its secret) to the runner's collector on 127.0.0.1, as late work through
// `context.waitUntil`, so that each platform's way of keeping work alive is exercised too.
import type { WebhookHandlerContext, WebhookHandlerOptions } from "livechat-webhooks";

export interface LivechatEnv {
  readonly [name: string]: string | undefined;
  readonly LIVECHAT_SECRET?: string | undefined;
  /** Where the test collects what the handlers received (set by tests/frameworks/run.mjs). */
  readonly COLLECTOR_URL?: string | undefined;
  /** Which recipe this is, for the collector. */
  readonly FRAMEWORK?: string | undefined;
}

export function livechatOptions(env: LivechatEnv): WebhookHandlerOptions<"3.6"> {
  const secret = env.LIVECHAT_SECRET;
  if (secret === undefined || secret === "") throw new Error("LIVECHAT_SECRET is not set");
  const collector = env.COLLECTOR_URL;
  const record = (webhook: { action: string }, context: WebhookHandlerContext): void => {
    if (collector === undefined) return;
    const { secret_key: _, ...rest } = webhook as { action: string; secret_key?: string };
    const report = JSON.stringify({ framework: env.FRAMEWORK, webhook: rest });
    context.waitUntil(fetch(collector, { method: "POST", body: report, headers: { "content-type": "application/json" } }));
  };
  return {
    secretKey: secret,
    maxBytes: 256 * 1024,
    on: {
      incoming_chat: record,
      incoming_event: record,
      chat_transferred: record,
      agent_created: record,
      auto_accesses_updated: record,
      thread_summary_set: record,
    },
    onUnhandled: record,
  };
}

// Where a receiver's faults go: the user's onError, else console.error. Nothing here may throw or
// leave a rejected promise behind: a failing onError, or late work that fails, must never take the
// process down (an unhandled rejection ends Node by default). Declarations: types.d.ts.

export type OnError = (error: unknown, webhook: unknown) => unknown;

// The webhook is never printed: it carries `secret_key`. Its action says which handler failed.
function printed(error: unknown, webhook: unknown, what: string): void {
  const action = webhook !== null && typeof webhook === "object" ? (webhook as { action?: unknown }).action : undefined;
  const where = typeof action === "string" ? ` (action "${action}")` : "";
  try {
    console.error(`livechat-webhooks: ${what}${where}:`, error);
  } catch {
    // A console that throws has nowhere else to go.
  }
}

/** Reports `error` to `onError` (awaited when it returns a promise), or prints it without one. */
export function report(onError: OnError | undefined, error: unknown, webhook: unknown): void {
  if (onError === undefined) {
    printed(error, webhook, "a webhook handler failed, and no onError was given");
    return;
  }
  try {
    const result = onError(error, webhook);
    if (result !== null && typeof result === "object" && typeof (result as PromiseLike<unknown>).then === "function") {
      Promise.resolve(result).catch((e: unknown) => printed(e, webhook, "onError itself failed"));
    }
  } catch (e) {
    printed(e, webhook, "onError itself failed");
  }
}

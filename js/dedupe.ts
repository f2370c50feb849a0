// Deduplication of deliveries: LiveChat retries a delivery it got no 2xx for within about 10 s,
// and its bodies carry no delivery id. Declarations and the key's definition: types.d.ts.

import type * as Api from "./types.js";

// Type-level checks against the declarations in types.d.ts, erased from the output.
type Check<T extends true> = T;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _DeliveryKey = Check<Assignable<typeof Api.deliveryKey, typeof deliveryKey>>;
type _MemoryDedupeStore = Check<Assignable<typeof Api.memoryDedupeStore, typeof memoryDedupeStore>>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

// `webhook_id` names the registration, so every delivery of one registered webhook carries the
// same one: the key is the whole webhook without its secret (a store's keys must not let anyone
// test guesses of the secret), hashed. A retry resends the same body, so it gets the same key.
export async function deliveryKey(webhook: object): Promise<string> {
  const w = webhook as { webhook_id?: unknown };
  const json = JSON.stringify(webhook, function (this: unknown, key: string, value: unknown) {
    return this === webhook && key === "secret_key" ? undefined : value;
  });
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(json)));
  let hex = "";
  for (const b of digest) hex += HEX[b];
  return `livechat:${typeof w.webhook_id === "string" ? w.webhook_id : ""}:${hex}`;
}

// An LRU of keys with an expiry each; a Map keeps insertion order, so the oldest is first.
export function memoryDedupeStore(options: { maxEntries?: number } = {}): Api.DedupeStore {
  const max = options.maxEntries ?? 10_000;
  if (!Number.isInteger(max) || max < 1) throw new TypeError("livechat-webhooks: memoryDedupeStore's maxEntries must be a positive integer");
  const expiries = new Map<string, number>();
  return {
    claim(key: string, ttlSeconds: number): boolean {
      const now = Date.now();
      const until = expiries.get(key);
      if (until !== undefined && until > now) return false;
      expiries.delete(key);
      expiries.set(key, now + ttlSeconds * 1000);
      if (expiries.size > max) expiries.delete(expiries.keys().next().value!);
      return true;
    },
    release(key: string): void {
      expiries.delete(key);
    },
  };
}

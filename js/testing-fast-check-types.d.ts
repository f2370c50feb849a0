// The public TypeScript API of `livechat-webhooks/testing/fast-check` (pkg/testing-fast-check.d.ts).
import type { Arbitrary } from "fast-check";
import type { GenerateOptions, InvalidSample, Sample } from "./testing-types.js";

/**
 * Valid webhooks of `options.apiVersion` (default the latest), of every action or of
 * `options.action` only; each is a `Sample` (`value` and `body`).
 */
export function webhookArbitrary(options?: GenerateOptions): Arbitrary<Sample>;

/**
 * Invalid webhooks, each changed in one place from a valid one and carrying the one issue
 * (`expected.code` at `expected.pointer`) that `validateWebhook` must report.
 */
export function invalidWebhookArbitrary(options?: GenerateOptions): Arbitrary<InvalidSample>;

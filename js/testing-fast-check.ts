// livechat-webhooks/testing/fast-check: the testing kit's generators as fast-check arbitraries.
// fast-check is an optional peer dependency, imported only here: `livechat-webhooks/testing`
// works without it. Each arbitrary draws a tape of numbers that drives every choice of the
// generator, so fast-check shrinks a failing body towards the simplest one (a tape of zeros).

import * as fc from "fast-check";
import { invalidWebhookFromTape, webhookFromTape } from "./testing.js";
import type * as F from "./testing-fast-check-types.js";
import type { GenerateOptions } from "./testing-types.js";

type Check<X extends true> = X;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _Valid = Check<Assignable<typeof F.webhookArbitrary, typeof webhookArbitrary>>;
type _Invalid = Check<Assignable<typeof F.invalidWebhookArbitrary, typeof invalidWebhookArbitrary>>;

// Long enough for the largest bodies' structural choices; ids and texts read past its end as 0s.
const TAPE = { maxLength: 400, size: "max" } as const;

export function webhookArbitrary(options?: GenerateOptions) {
  webhookFromTape([], options); // a bad version or action fails here, not inside a property
  return fc.array(fc.nat(), TAPE).map((t) => webhookFromTape(t, options));
}

export function invalidWebhookArbitrary(options?: GenerateOptions) {
  webhookFromTape([], options);
  return fc.tuple(fc.array(fc.nat(), TAPE), fc.nat()).map(([t, pick]) => invalidWebhookFromTape(t, pick, options));
}

// The shipped .wasm has no giant function. An engine compiles a wasm function the first time it is
// called (V8's lazy compilation, Liftoff), and all of it: when wasm-opt folded the webhook, push
// and app webhook roots and their failure paths into one 30 KB function, the first decode
// compiled all of it, 4.5 of an 11.75 ms cold start (issue 13). Cargo.toml's wasm-opt flags
// (`--no-inline=*validate::*`) keep src/validate's functions apart; this fails if a change of
// flags, of names, or of code brings such a function back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import support from "./support.cjs";

const { pkg } = support.setup();

// The size of each function body in the module's code section (section 10).
function bodySizes(bytes) {
  let p = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[p++];
      r += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return r;
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const len = leb();
    const end = p + len;
    if (id === 10) {
      const sizes = [];
      for (let n = leb(); n > 0; n--) {
        const size = leb();
        sizes.push(size);
        p += size;
      }
      return sizes;
    }
    p = end;
  }
  throw new Error("the module has no code section");
}

test("no function of the shipped wasm is big enough to stall the first call", () => {
  const sizes = bodySizes(readFileSync(join(pkg, "livechat_webhooks_bg.wasm")));
  assert.ok(sizes.length > 100, `only ${sizes.length} functions: is this the package's module?`);
  const largest = Math.max(...sizes);
  // 12 KB: the push frame's root, the largest kept apart, is about 8.5 KB; the folded root was 30.
  assert.ok(largest <= 12_000, `the largest function body is ${largest} bytes (at most 12000 expected)`);
});

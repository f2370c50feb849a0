// The project's own push frames and app webhooks (tests/cases/pushes.json, the playground's
// samples of those kinds) through the release pkg/: each case's result is what it expects, issue
// by issue (code, pointer, and line/column where the case gives them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";

const { dir, root } = support.setup();
const { validatePush, validateAppWebhook } = await import(pathToFileURL(join(dir, "esm.mjs")).href);
const cases = JSON.parse(readFileSync(join(root, "tests/cases/pushes.json"), "utf8"));
const key = (i) => `${i.code} ${i.pointer}`;

test("tests/cases/pushes.json holds valid and broken cases of both APIs and of app webhooks", () => {
  const of = (kind, ok) => cases.filter((c) => (c.kind === "app" ? "app" : c.options?.api) === kind && !!c.expect.ok === ok).length;
  for (const kind of ["agent", "customer", "app"]) assert.ok(of(kind, true) >= 2, `valid ${kind} cases`);
  assert.ok(of("agent", false) + of("customer", false) >= 1 && of("app", false) >= 1, "broken cases");
});

for (const c of cases) {
  test(`pushes.json: ${c.name}`, () => {
    const body = typeof c.raw === "string" ? c.raw : JSON.stringify(c.body, null, 2);
    const r = c.kind === "app" ? validateAppWebhook(body, c.options) : validatePush(body, c.options);
    assert.equal(r.ok, c.expect.ok, JSON.stringify(r.issues));
    const want = c.expect.issues ?? [];
    assert.deepEqual(r.issues.map(key).sort(), want.map(key).sort());
    for (const w of want.filter((i) => i.line !== undefined)) {
      const got = r.issues.find((i) => key(i) === key(w));
      assert.deepEqual([got.line, got.column], [w.line, w.column], `position of ${key(w)}`);
    }
    if (c.expect.ok) assert.deepEqual(r.value, JSON.parse(body));
  });
}

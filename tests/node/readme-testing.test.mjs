// The README's "Testing your receiver" recipe, run as it is written there: the js block between
// <!-- testing-recipe:start --> and :end is written into target/node-test/ (where the package
// resolves by name) and run by `node --test` in a child process; all its tests must pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import support from "./support.cjs";

const { dir, root } = support.setup();

test("the README's testing recipe passes as written", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = readme.match(/<!-- testing-recipe:start -->\n```js\n([\s\S]*?)```\n<!-- testing-recipe:end -->/);
  assert.ok(block, "README.md has no testing recipe between its markers");
  const file = join(dir, "readme-testing-recipe.mjs");
  writeFileSync(file, block[1]);
  // Without NODE_TEST_CONTEXT, which would make the child report to this runner instead of stdout.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const r = spawnSync(process.execPath, ["--test", "--test-reporter=tap", file], { cwd: dir, encoding: "utf8", env });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^# pass 3$/m);
  assert.match(r.stdout, /^# fail 0$/m);
});

// The README's framework recipes are the files tests/frameworks/run.mjs serves in each real
// framework: every `<!-- recipe: NAME -->` block must be tests/frameworks/app/NAME byte for byte,
// and every recipe file must be shown. `UPDATE_DOCS=1 node --test tests/node/readme-recipes.test.mjs`
// copies the files into the README's blocks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const app = join(root, "tests", "frameworks", "app");
const RECIPE = /<!-- recipe: ([\w./-]+) -->\n```ts\n([\s\S]*?)```\n<!-- end recipe -->/g;
let readme = readFileSync(join(root, "README.md"), "utf8");
if (process.env.UPDATE_DOCS) {
  readme = readme.replace(RECIPE, (_, name) => `<!-- recipe: ${name} -->\n\`\`\`ts\n${readFileSync(join(app, name), "utf8")}\`\`\`\n<!-- end recipe -->`);
  writeFileSync(join(root, "README.md"), readme);
}

test("every README recipe is the file make test runs, byte for byte", () => {
  const blocks = [...readme.matchAll(RECIPE)];
  const opened = readme.match(/<!-- recipe: /g)?.length ?? 0;
  assert.equal(blocks.length, opened, "a recipe marker without its ```ts block and end marker");
  const shown = new Set();
  for (const [, name, code] of blocks) {
    assert.equal(code, readFileSync(join(app, name), "utf8"), `README's ${name} differs from tests/frameworks/app/${name}`);
    shown.add(name);
  }
  // Every recipe file (the test's own handlers module and configuration aside) is in the README.
  const recipes = [
    ...readdirSync(app).filter((f) => f.endsWith(".ts") && f !== "webhooks.ts"),
    ...readdirSync(join(app, "app")).map((d) => `app/${d}/route.ts`),
  ];
  assert.ok(recipes.length >= 7, `only ${recipes.length} recipe files`);
  for (const r of recipes) assert.ok(shown.has(r), `${r} is not shown in the README`);
});

#!/usr/bin/env node
// The TypeScript test of the built package:
//   1. `tsc -p tests/types/tsconfig.json` (strict) compiles narrowing.ts against pkg/index.d.ts;
//   2. the package name resolves to index.d.ts for `import` and index.d.cts for `require`
//      (TypeScript's own nodenext resolution through pkg/package.json's exports);
//   3. every exported declaration of pkg/index.d.ts has a doc comment;
//   4. pkg/index.d.ts equals the committed golden copy, tests/types/golden/index.d.ts.
// `UPDATE_GOLDEN=1 node tests/types/run.mjs` rewrites the golden copy after an intended change.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const generated = join(root, "pkg", "index.d.ts");
const golden = join(here, "golden", "index.d.ts");
let failed = false;

function fail(message) {
  console.error(`types: FAIL: ${message}`);
  failed = true;
}

if (!existsSync(generated)) {
  console.error("types: pkg/index.d.ts is missing: build the package first (make build)");
  process.exit(1);
}

// 1. tsc --strict
const tsc = join(root, "node_modules", ".bin", "tsc");
if (!existsSync(tsc)) {
  console.error("types: node_modules/.bin/tsc is missing (run `npm ci`)");
  process.exit(1);
}
const run = spawnSync(tsc, ["-p", join(here, "tsconfig.json")], { cwd: root, encoding: "utf8" });
if (run.status !== 0) {
  fail(`tsc -p tests/types/tsconfig.json exited with ${run.status}:\n${run.stdout}${run.stderr}`);
} else {
  console.log("types: tsc --strict compiled tests/types/narrowing.ts, versions.ts, exact.ts, testing.ts and pushes.ts against pkg/index.d.ts and pkg/testing.d.ts");
}

// 1b. The type-check budget: the checker's work on tests/types/budget.ts alone, in counts that do
//     not depend on the machine (tsc --extendedDiagnostics). The many-version union of "auto" once
//     cost 170 000 subtype comparisons (3 s) for a 4-line file; it costs about 600 now.
{
  const BUDGET = { Instantiations: 10_000, "Subtype cache size": 5_000 };
  const config = join(root, "target", "types-budget.json");
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(here, "tsconfig.json"),
      compilerOptions: { paths: { "livechat-webhooks": [generated] } },
      files: [join(here, "budget.ts")],
    }),
  );
  const r = spawnSync(tsc, ["-p", config, "--extendedDiagnostics"], { cwd: root, encoding: "utf8" });
  const counts = Object.fromEntries(
    Object.keys(BUDGET).map((k) => [k, Number(r.stdout.match(new RegExp(`^${k}:\\s+(\\d+)`, "m"))?.[1])]),
  );
  if (r.status !== 0) {
    fail(`tsc on tests/types/budget.ts exited with ${r.status}:\n${r.stdout}${r.stderr}`);
  } else if (Object.values(counts).some((n) => !Number.isFinite(n))) {
    fail(`tsc --extendedDiagnostics printed no ${Object.keys(BUDGET).join(" / ")}: has its output changed?`);
  } else {
    const over = Object.entries(BUDGET).filter(([k, max]) => counts[k] > max);
    const said = Object.entries(counts).map(([k, n]) => `${k} ${n} (budget ${BUDGET[k]})`).join(", ");
    if (over.length > 0) fail(`type-checking tests/types/budget.ts is over budget: ${said}`);
    else console.log(`types: budget.ts type-checks within budget: ${said}`);
  }
}

// 1c. Every body the decoder accepts type-checks under each version that accepts it, and each
//     version that refuses it for a reason a type can state (tests/types/bodies.mjs) refuses it.
{
  const { writeBodies } = await import("./bodies.mjs");
  const { file, count, refused, note } = await writeBodies(root);
  if (note) console.log(`types: note: ${note}`);
  const config = join(root, "target", "types-bodies", "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(here, "tsconfig.json"),
      compilerOptions: { paths: { "livechat-webhooks": [generated] } },
      files: [file],
    }),
  );
  const r = spawnSync(tsc, ["-p", config], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  if (count === 0) fail("no accepted body to type-check");
  else if (r.status !== 0) fail(`${count} accepted bodies: tsc found bodies their version's types refuse:\n${r.stdout.slice(0, 6000)}${r.stderr}`);
  else console.log(`types: ${count} accepted bodies type-check under every version that accepts them, and ${refused} (body, version) pairs refused for a typed reason are refused by the types`);
}

// 2. resolution through the package's exports, as a user's project resolves it
{
  const require = createRequire(import.meta.url);
  const ts = require("typescript");
  const { dir } = require("../node/support.cjs").setup();
  const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true };
  for (const [from, expected, mode] of [
    ["user.mts", "index.d.ts", ts.ModuleKind.ESNext],
    ["user.cts", "index.d.cts", ts.ModuleKind.CommonJS],
  ]) {
    const r = ts.resolveModuleName("livechat-webhooks", join(dir, from), options, ts.sys, undefined, undefined, mode);
    const file = r.resolvedModule?.resolvedFileName;
    if (file === undefined || realpathSync(file) !== realpathSync(join(root, "pkg", expected))) {
      fail(`"livechat-webhooks" imported from a .${from.split(".")[1]} file resolves to ${file}, not pkg/${expected}`);
    } else {
      console.log(`types: from a .${from.split(".")[1]} file, "livechat-webhooks" resolves to pkg/${expected}`);
    }
  }
  if (readFileSync(join(root, "pkg", "index.d.cts"), "utf8") !== readFileSync(generated, "utf8")) {
    fail("pkg/index.d.cts differs from pkg/index.d.ts");
  }
}

// 3. doc comments. The API's come from js/types.d.ts, the model's from the doc comments of its Rust
//    types (through the JSON Schema's descriptions): every exported declaration has one.
{
  const require = createRequire(import.meta.url);
  const ts = require("typescript");
  const text = readFileSync(generated, "utf8");
  const file = ts.createSourceFile("index.d.ts", text, ts.ScriptTarget.Latest, true);
  const undocumented = [];
  let exported = 0;
  for (const st of file.statements) {
    if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    exported++;
    const name = st.name && ts.isIdentifier(st.name) ? st.name.text : `(line ${file.getLineAndCharacterOfPosition(st.getStart()).line + 1})`;
    if (ts.getJSDocCommentsAndTags(st).length === 0) undocumented.push(name);
  }
  if (undocumented.length > 0) {
    fail(`exported without a doc comment in pkg/index.d.ts: ${undocumented.join(", ")}`);
  } else {
    console.log(`types: ${exported} exported declarations, each documented`);
  }
}

// 4. golden copy
const now = readFileSync(generated, "utf8");
if (process.env.UPDATE_GOLDEN === "1") {
  writeFileSync(golden, now);
  console.log("types: rewrote tests/types/golden/index.d.ts");
} else if (!existsSync(golden)) {
  fail("tests/types/golden/index.d.ts is missing; create it with UPDATE_GOLDEN=1 node tests/types/run.mjs");
} else {
  const before = readFileSync(golden, "utf8");
  if (before === now) {
    console.log("types: pkg/index.d.ts matches tests/types/golden/index.d.ts");
  } else {
    fail(
      "pkg/index.d.ts differs from tests/types/golden/index.d.ts (the public types changed):\n" +
        diff(before.split("\n"), now.split("\n")) +
        "\nIf the change is intended: UPDATE_GOLDEN=1 node tests/types/run.mjs",
    );
  }
}

process.exit(failed ? 1 : 0);

// A line diff (longest common subsequence) with 2 lines of context, `-` golden, `+` generated.
function diff(whole, wholeNew) {
  // Lines both files share at their start and end are left out of the table (the generated
  // types run to thousands of lines, a change to a few), then put back as context.
  let head = 0;
  while (head < whole.length && head < wholeNew.length && whole[head] === wholeNew[head]) head++;
  let tail = 0;
  while (tail < whole.length - head && tail < wholeNew.length - head && whole.at(-1 - tail) === wholeNew.at(-1 - tail)) tail++;
  const context = Math.min(head, 2);
  const a = whole.slice(head - context, whole.length - tail);
  const b = wholeNew.slice(head - context, wholeNew.length - tail);
  const shift = head - context;
  const n = a.length;
  const m = b.length;
  if (n * m > 25_000_000) return `(the changed part is too large to diff: ${n} and ${m} lines from line ${shift + 1})`;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = []; // [op, text, golden line, generated line]
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push([" ", a[i], ++i, ++j]);
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(["-", a[i], ++i, j]);
    else ops.push(["+", b[j], i, ++j]);
  }
  const keep = ops.map(() => false);
  ops.forEach(([op], k) => {
    if (op !== " ") for (let c = Math.max(0, k - 2); c <= Math.min(ops.length - 1, k + 2); c++) keep[c] = true;
  });
  const out = [];
  ops.forEach(([op, line, ai, bj], k) => {
    if (!keep[k]) return;
    if (k === 0 || !keep[k - 1]) out.push(`@@ golden line ${ai + shift}, generated line ${bj + shift}`);
    out.push(`${op} ${line}`.trimEnd());
  });
  return out.join("\n");
}

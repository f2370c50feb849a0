// Writes the fuzz seeds and dictionary (both git-ignored) from what the repository already has:
//   fuzz/seeds/        every body of tests/cases/*.json, every real payload of ../shared/fixtures
//                      (read at run time, never committed) and tests/regressions/*, each prefixed
//                      with the two option bytes the targets read (fuzz/src/invariants.rs)
//   fuzz/webhooks.dict field names, enum values and action names from the model's JSON Schema
//                      (read from stdin: `cargo run --example package_schema --features schema`,
//                      every API version's schema),
//                      plus the JSON tokens hostile bodies are made of.
// Usage: cargo run -q --example package_schema --features schema | node scripts/fuzz-seed.mjs
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync, rmSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seeds = join(root, "fuzz", "seeds");
// The secret option bit 3 configures (fuzz/src/invariants.rs SECRET).
const SECRET = "fz-Secret-7Qp";
const FLAG_SECRET = 8;

rmSync(seeds, { recursive: true, force: true });
mkdirSync(seeds, { recursive: true });
let written = 0;
function seed(flags, body) {
  const bytes = Buffer.concat([Buffer.from([flags, 0]), Buffer.from(body)]);
  const name = createHash("sha1").update(bytes).digest("hex");
  writeFileSync(join(seeds, name), bytes);
  written++;
}

function flagsOf(options = {}) {
  let f = { warn: 1, reject: 2 }[options.unknownFields] ?? 0;
  if (options.unknownActions === "accept") f |= 4;
  return f;
}

// An object body twice: as written, and with its secret_key set to the fuzzing secret and that
// secret configured, so the matching path is reached from the start.
function seedObject(flags, body) {
  seed(flags, JSON.stringify(body, null, 2));
  if (body && typeof body === "object" && !Array.isArray(body)) {
    seed(flags | FLAG_SECRET, JSON.stringify({ ...body, secret_key: SECRET }));
  }
}

for (const file of readdirSync(join(root, "tests", "cases")).filter((f) => f.endsWith(".json"))) {
  for (const c of JSON.parse(readFileSync(join(root, "tests", "cases", file), "utf8"))) {
    const flags = flagsOf(c.options);
    if ("body" in c) seedObject(flags, c.body);
    else if ("raw" in c) seed(flags, c.raw);
    else if ("raw_hex" in c) seed(flags, Buffer.from(c.raw_hex, "hex"));
  }
}

const fixtures = join(root, "..", "shared", "fixtures");
if (existsSync(fixtures)) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".json") ? [p] : [];
    });
  for (const p of walk(fixtures)) {
    const text = readFileSync(p);
    seed(0, text);
    try {
      seedObject(0, JSON.parse(text));
    } catch {
      // A fixture that is not JSON is a seed as it stands.
    }
  }
} else {
  console.log(`fuzz-seed: note: ${fixtures} is absent; seeding from tests/cases only`);
}

const regressions = join(root, "tests", "regressions");
if (existsSync(regressions)) {
  for (const n of readdirSync(regressions).filter((n) => n.endsWith(".bin"))) {
    writeFileSync(join(seeds, `regression-${n}`), readFileSync(join(regressions, n)));
    written++;
  }
}

// ---- dictionary ----
const words = new Set();
const schemaText = readFileSync(0, "utf8");
const walkSchema = (v) => {
  if (Array.isArray(v)) return v.forEach(walkSchema);
  if (v === null || typeof v !== "object") return;
  if (v.properties) for (const k of Object.keys(v.properties)) words.add(JSON.stringify(k));
  if (Array.isArray(v.required)) for (const k of v.required) words.add(JSON.stringify(k));
  if (Array.isArray(v.enum)) for (const e of v.enum) if (typeof e === "string") words.add(JSON.stringify(e));
  if (typeof v.const === "string") words.add(JSON.stringify(v.const));
  Object.values(v).forEach(walkSchema);
};
walkSchema(JSON.parse(schemaText));
if (words.size < 50) throw new Error(`fuzz-seed: only ${words.size} names in the schema; is it the model's?`);
const tokens = [
  "{", "}", "[", "]", ":", ",", '":"', '":{', '":[', "true", "false", "null", "-0", "1e400",
  "18446744073709551616", "9007199254740993", "1.0", "0.1e-5", "\\u0000", "\\ud800", "\\udc00",
  "\\ud83d\\ude00", "\\\"", "\\\\", "\\/", "\xef\xbb\xbf", "\xef\xbf\xbd", "\xed\xa0\x80", "\xc0\x80",
  "2024-03-18T10:14:58.100001Z", "2024-02-30T25:61:61+14:00", SECRET,
];
const escapeDict = (s) =>
  Array.from(Buffer.from(s, "latin1").length === s.length ? Buffer.from(s, "latin1") : Buffer.from(s))
    .map((c) => (c === 0x22 || c === 0x5c ? "\\" + String.fromCharCode(c) : c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : "\\x" + c.toString(16).padStart(2, "0")))
    .join("");
const lines = [...[...words].sort(), ...tokens].map((w) => `"${escapeDict(w)}"`);
writeFileSync(join(root, "fuzz", "webhooks.dict"), lines.join("\n") + "\n");
console.log(`fuzz-seed: ${written} seeds in fuzz/seeds, ${lines.length} dictionary entries in fuzz/webhooks.dict`);

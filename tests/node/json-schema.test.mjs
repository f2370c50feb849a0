// The JSON Schema the package ships (pkg/schema.json and pkg/schema/<version>.json, generated from
// the Rust model by examples/package_schema.rs), judged by ajv against the project's cases and the
// real fixtures: what the decoder accepts, the schema accepts; what the decoder refuses for its
// shape, the schema refuses too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import support from "./support.cjs";

const { root, pkg, dir } = support.setup();
const consumer = createRequire(join(dir, "index.cjs"));
const schema = consumer("livechat-webhooks/schema.json");
const versions = Object.keys(schema.$defs);
const idOf = (version) => `${schema.$id}:${version}`;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateDefault = ajv.compile(schema);

const cases = ["valid", "invalid", "hints"].flatMap((f) =>
  JSON.parse(readFileSync(join(root, "tests", "cases", `${f}.json`), "utf8")).map((c) => ({ ...c, file: f })),
);

// What the schema sees: the parsed body (raw_hex bodies are not UTF-8 and have no parsed form).
function parsed(c) {
  if (c.body !== undefined) return c.body;
  if (c.raw === undefined) return undefined;
  try {
    return JSON.parse(c.raw);
  } catch {
    return undefined;
  }
}

// The schema of the case's API version (today's cases are 3.1 and say so only when they must).
function validatorFor(c) {
  const version = c.options?.apiVersion ?? "3.1";
  return versions.includes(version) ? ajv.getSchema(idOf(version)) : undefined;
}

// Options that change what is accepted beyond the shape (secrets, sizes, strictness about
// unknown fields or actions) have no counterpart in a schema.
const SHAPE_ONLY = new Set(["apiVersion"]);
const shapeOnly = (c) => Object.keys(c.options ?? {}).every((k) => SHAPE_ONLY.has(k));

// Codes of refusals a schema can state; the others (duplicate keys, number precision, encoding,
// secrets, sizes) are about the bytes or the options, not the shape of the parsed value.
const SHAPE_CODES = new Set(["missing_field", "invalid_type", "invalid_value", "unknown_action"]);

// Invalid cases the schema accepts, each for a reason JSON Schema (as generated) cannot express.
// A stale entry fails the test, so the list only shrinks.
const KNOWN_GAPS = new Map([
  ["-0 is not an integer LiveChat sends", "JSON.parse gives 0: the schema never sees -0"],
  ["chat_user_added whose user_type contradicts user.type", "a rule between two fields"],
]);

test("the schema resolves as livechat-webhooks/schema.json and holds every version", () => {
  assert.equal(realpathSync(consumer.resolve("livechat-webhooks/schema.json")), realpathSync(join(pkg, "schema.json")));
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.ok(versions.includes("3.1"), `versions: ${versions}`);
  assert.ok(versions.includes(schema.$ref.slice(schema.$id.length + 1)), `the root refers to ${schema.$ref}`);
  for (const v of versions) {
    const alone = consumer(`livechat-webhooks/schema/${v}.json`);
    const { $schema, ...rest } = alone;
    assert.equal($schema, schema.$schema);
    assert.deepEqual(rest, schema.$defs[v], `schema/${v}.json is $defs["${v}"] of schema.json`);
    // Each also compiles on its own.
    assert.equal(typeof new Ajv2020({ strict: false }).compile(alone), "function");
  }
});

test("every valid case is valid for the schema of its version", () => {
  let checked = 0;
  for (const c of cases.filter((c) => c.expect.ok && shapeOnly(c))) {
    const body = parsed(c);
    const validate = validatorFor(c);
    if (body === undefined || validate === undefined) continue;
    assert.ok(validate(body), `${c.file}: ${c.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    checked++;
  }
  assert.ok(checked >= 50, `only ${checked} valid cases were checked`);
});

test("invalid shapes are refused by the schema", () => {
  let checked = 0;
  const gapsSeen = new Set();
  for (const c of cases.filter((c) => !c.expect.ok && shapeOnly(c))) {
    const codes = c.expect.issues.filter((i) => i.severity !== "warning").map((i) => i.code);
    if (codes.length === 0 || !codes.every((code) => SHAPE_CODES.has(code))) continue;
    const body = parsed(c);
    const validate = validatorFor(c);
    if (body === undefined || validate === undefined) continue;
    const accepted = validate(body);
    if (KNOWN_GAPS.has(c.name)) {
      assert.ok(accepted, `${c.name} is refused now: remove it from KNOWN_GAPS`);
      gapsSeen.add(c.name);
      continue;
    }
    assert.ok(!accepted, `${c.file}: ${c.name} (${codes.join(", ")}) is accepted by the schema`);
    checked++;
  }
  assert.ok(checked >= 30, `only ${checked} invalid cases were checked`);
  assert.deepEqual([...KNOWN_GAPS.keys()].filter((k) => !gapsSeen.has(k)), [], "KNOWN_GAPS names cases that do not exist");
});

test("the schema's root is the default version and refuses what is no webhook", () => {
  assert.equal(validateDefault({}), false);
  assert.equal(validateDefault({ webhook_id: "x", secret_key: "y", action: "no_such_action", payload: {} }), false);
  assert.equal(validateDefault("a string"), false);
});

test("every real 3.1 fixture is valid for the 3.1 schema", (t) => {
  const fixtures = support.sdkFixtures();
  if (fixtures === undefined) return t.skip("../shared/fixtures/lc-sdk-go-v1.0.0-api-3.1 is absent");
  const validate = ajv.getSchema(idOf("3.1"));
  for (const [name, text] of fixtures) assert.ok(validate(JSON.parse(text)), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  assert.equal(fixtures.length, 23);
});

// Issue 17: push-schema.json and app-webhook-schema.json, judged the same way: every frame of
// LiveChat's documentation samples the decoder accepts, its API and version's schema accepts;
// and a frame with a payload of the wrong shape is refused by both.
test("the push and app webhook JSON Schemas accept what the decoder accepts", async (t) => {
  const { existsSync, readdirSync } = await import("node:fs");
  const api = await import(consumer.resolve("livechat-webhooks"));
  const pushSchemas = consumer("livechat-webhooks/push-schema.json");
  const appSchema = consumer("livechat-webhooks/app-webhook-schema.json");
  const own = new Ajv2020({ allErrors: true, strict: false });
  addFormats(own);
  const frame = { version: "3.6", action: "chat_deleted", type: "push", payload: { chat_id: "c" } };
  const agent36 = own.compile(pushSchemas.agent["3.6"]);
  assert.equal(agent36(frame), true, JSON.stringify(agent36.errors));
  assert.equal(agent36({ ...frame, payload: { chat_id: 7 } }), false);
  assert.equal(api.validatePush({ ...frame, payload: { chat_id: 7 } }, { api: "agent", apiVersion: "3.6" }).ok, false);
  const fixtures = join(root, "..", "shared", "fixtures");
  if (!existsSync(fixtures)) {
    t.diagnostic("note: ../shared/fixtures not found; the samples were not checked against the schemas");
    return;
  }
  let checked = 0;
  for (const which of ["agent", "customer"]) {
    for (const v of ["3.2", "3.3", "3.4", "3.5", "3.6"]) {
      const validate = own.compile(pushSchemas[which][v]);
      const folder = join(fixtures, `docs-pushes-${which}-${v}`);
      for (const file of readdirSync(folder)) {
        const body = JSON.parse(readFileSync(join(folder, file), "utf8"));
        if (!api.validatePush(body, { api: which, apiVersion: v }).ok) continue;
        assert.equal(validate(body), true, `${which} ${v} ${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        checked++;
      }
    }
  }
  const app = own.compile(appSchema);
  const appFolder = join(fixtures, "docs-app-webhooks");
  for (const file of readdirSync(appFolder)) {
    const body = JSON.parse(readFileSync(join(appFolder, file), "utf8"));
    assert.equal(app(body), true, `${file}: ${JSON.stringify(app.errors)}`);
    checked++;
  }
  t.diagnostic(`${checked} accepted push and app webhook samples valid against their JSON Schema`);
  assert.equal(checked, 312 + 6);
});

// Test support: makes the built pkg/ importable by its package name, as a user's project would see
// it, from target/node-test/ (a node_modules link to pkg/ and two tiny modules). Safe to call from
// several test processes at once.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..", "..");
const pkg = path.join(root, "pkg");
const dir = path.join(root, "target", "node-test");

function writeAtomic(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function setup() {
  for (const f of ["package.json", "node.mjs", "node.cjs", "livechat_webhooks_bg.wasm"]) {
    if (!fs.existsSync(path.join(pkg, f))) {
      throw new Error(`pkg/${f} is missing: build the package first (wasm-pack build ... && node scripts/assemble-pkg.mjs)`);
    }
  }
  fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  const link = path.join(dir, "node_modules", "livechat-webhooks");
  try {
    fs.symlinkSync(pkg, link, "dir");
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
    if (fs.realpathSync(link) !== fs.realpathSync(pkg)) throw new Error(`${link} does not point to pkg/`);
  }
  writeAtomic(path.join(dir, "package.json"), '{ "private": true, "type": "commonjs" }\n');
  writeAtomic(path.join(dir, "esm.mjs"), 'export * from "livechat-webhooks";\n');
  writeAtomic(
    path.join(dir, "resolve.mjs"),
    'export const resolved = import.meta.resolve("livechat-webhooks");\n',
  );
  return { root, pkg, dir };
}

// The Go SDK fixtures (real payloads, never copied into the repo): a list of [name, text], or
// undefined when the folder is absent.
function sdkFixtures() {
  const folder = path.join(root, "..", "shared", "fixtures", "lc-sdk-go-v1.0.0-api-3.1");
  if (!fs.existsSync(folder)) return undefined;
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(folder, f), "utf8")]);
}

// The bodies of these tests (bodies.cjs, tests/cases) follow API 3.1, while the package's default
// is the latest version (3.6, tested in versions.test.mjs). `v31(api)` gives the same API with
// `apiVersion: "3.1"` added to plain option objects that do not name a version. Anything else
// (no plain object, getters, a version given) goes through as it is, so the tests of odd options
// still see exactly what they pass.
const V31 = Object.freeze({ apiVersion: "3.1" });
function with31(o) {
  if (o === undefined) return V31;
  if (o === null || typeof o !== "object" || Object.getPrototypeOf(o) !== Object.prototype) return o;
  const own = Object.getOwnPropertyDescriptors(o);
  if ("apiVersion" in own || Object.values(own).some((d) => d.get || d.set)) return o;
  return { apiVersion: "3.1", ...o };
}
function v31(api) {
  return {
    ...api,
    decodeWebhook: (body, options) => api.decodeWebhook(body, with31(options)),
    validateWebhook: (body, options) => api.validateWebhook(body, with31(options)),
    webhookSchema: (options) => api.webhookSchema(with31(options)),
    isKnownWebhook: (webhook, version = "3.1") => api.isKnownWebhook(webhook, version),
    knownActions: api.actionsByVersion["3.1"],
  };
}

module.exports = { setup, sdkFixtures, v31 };

// The release pkg/ loaded with require(), synchronously, as a CommonJS user does.
"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { createRequire } = require("node:module");
const support = require("./support.cjs");
const { bodies } = require("./bodies.cjs");

const { dir } = support.setup();
const requireFromUser = createRequire(path.join(dir, "index.cjs"));
const lib = support.v31(requireFromUser("livechat-webhooks"));

test("require() gives the whole API, ready to use", () => {
  for (const name of ["decodeWebhook", "validateWebhook", "isKnownWebhook", "WebhookError"]) {
    assert.equal(typeof lib[name], "function", name);
  }
  assert.equal(lib.knownActions.length, 24);
  assert.equal(requireFromUser("livechat-webhooks").Checker, undefined);
});

test("decode from every body kind", () => {
  const expected = bodies.incoming_chat_thread();
  const s = JSON.stringify(expected);
  for (const body of [s, Buffer.from(s), new TextEncoder().encode(s).buffer, expected]) {
    assert.deepEqual(lib.decodeWebhook(body), expected);
  }
  const r = lib.validateWebhook(Buffer.from(s));
  assert.equal(r.ok, true);
  assert.deepEqual(r.value, expected);
});

test("WebhookError from the CommonJS build", () => {
  const b = bodies.thread_closed();
  b.payload.chat_id = [];
  let e;
  try {
    lib.decodeWebhook(JSON.stringify(b));
  } catch (err) {
    e = err;
  }
  assert.ok(e instanceof lib.WebhookError);
  assert.ok(e instanceof Error);
  assert.equal(e.name, "WebhookError");
  assert.equal(e.code, "invalid_type");
  assert.deepEqual(e.issues.map((i) => i.pointer), ["/payload/chat_id"]);
  assert.ok(e.message.includes("/payload/chat_id"));
  const r = lib.validateWebhook(undefined);
  assert.equal(r.ok, false);
  assert.equal(r.issues[0].code, "invalid_type");
});

test("errors of the CommonJS and ES module copies recognise each other", async () => {
  const esm = await import(require("node:url").pathToFileURL(path.join(dir, "esm.mjs")).href);
  let e;
  try {
    esm.decodeWebhook("[]");
  } catch (err) {
    e = err;
  }
  assert.ok(e instanceof lib.WebhookError);
  assert.ok(new lib.WebhookError([]) instanceof esm.WebhookError);
  assert.ok(!(new Error("x") instanceof lib.WebhookError));
});

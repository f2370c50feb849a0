// createWebhookHandler and toNodeListener from the built pkg/ (ESM, by package name): every status
// the receiver answers, on web Requests and through node:http on 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { connect } from "node:net";
import { EventEmitter } from "node:events";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

// Deep copies: the bodies of bodies.cjs share nested objects, and some tests change them.
const bodies = Object.fromEntries(Object.entries(fixtures.bodies).map(([k, make]) => [k, () => structuredClone(make())]));
const { dir } = support.setup();
const { createWebhookHandler, toNodeListener } = await import(pathToFileURL(join(dir, "esm.mjs")).href);

// bodies.cjs's envelope carries this secret.
const SECRET = "test-secret-1";
const WRONG = "not-the-secret-9b2e";
const text = (o) => JSON.stringify(o, null, 2);
const post = (body, init = {}) => new Request("http://127.0.0.1/webhook", { method: "POST", body, ...init });

function recorder(extra = {}) {
  const calls = [];
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    secretKey: SECRET,
    on: {
      incoming_event(webhook, context) {
        calls.push(["incoming_event", webhook, context]);
      },
      thread_closed(webhook) {
        calls.push(["thread_closed", webhook]);
      },
    },
    ...extra,
  });
  return { handler, calls };
}

test("a valid body reaches its action's handler, and 200 follows", async () => {
  const { handler, calls } = recorder();
  const body = bodies.incoming_event();
  const res = await handler(post(text(body)));
  assert.equal(res.status, 200);
  assert.equal(await res.text(), "");
  assert.equal(calls.length, 1);
  const [action, webhook, context] = calls[0];
  assert.equal(action, "incoming_event");
  assert.deepEqual(webhook, body);
  assert.deepEqual(context.warnings, []);
});

test("the response waits for an async handler", async () => {
  let finished = false;
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    on: {
      async thread_closed() {
        await new Promise((r) => setTimeout(r, 20));
        finished = true;
      },
    },
  });
  const res = await handler(post(text(bodies.thread_closed())));
  assert.equal(res.status, 200);
  assert.equal(finished, true);
});

test("bad bodies: 400 with every issue as JSON", async () => {
  const { handler, calls } = recorder();
  const body = bodies.incoming_event();
  delete body.payload.thread_id;
  body.payload.event.created_at = "yesterday";
  const res = await handler(post(text(body)));
  assert.equal(res.status, 400);
  assert.match(res.headers.get("content-type"), /^application\/json/);
  const { issues } = await res.json();
  assert.deepEqual(
    issues.map((i) => `${i.code} ${i.pointer}`).sort(),
    ["invalid_value /payload/event/created_at", "missing_field /payload/thread_id"],
  );
  // From the raw bytes: positions in the body.
  assert.ok(issues.every((i) => Number.isInteger(i.line)));
  assert.equal(calls.length, 0);

  for (const broken of ["", "{", "[1]", '"text"']) {
    const r = await handler(post(broken));
    assert.equal(r.status, 400, JSON.stringify(broken));
    assert.ok((await r.json()).issues.length > 0);
  }
});

test("a wrong or missing secret: 401 and nothing else, not even the issues", async () => {
  const { handler, calls } = recorder();
  const body = bodies.incoming_event();
  body.secret_key = WRONG;
  // Even a body that is wrong in other ways says nothing to a sender without the secret.
  delete body.payload.thread_id;
  const res = await handler(post(text(body)));
  assert.equal(res.status, 401);
  assert.equal(await res.text(), "");
  const missing = bodies.thread_closed();
  delete missing.secret_key;
  assert.equal((await handler(post(text(missing)))).status, 401);
  assert.equal(calls.length, 0);
});

test("issues of a 400 never hold the secret", async () => {
  const { handler } = recorder({ unknownFields: "reject" });
  const body = bodies.incoming_event();
  body.payload.extra_field = SECRET;
  const res = await handler(post(text(body)));
  assert.equal(res.status, 400);
  const answer = await res.text();
  assert.match(answer, /unknown_field/);
  assert.ok(!answer.includes(`"${SECRET}"`), answer);
});

test("other methods: 405 with Allow: POST", async () => {
  const { handler, calls } = recorder();
  for (const method of ["GET", "HEAD", "PUT", "OPTIONS"]) {
    const res = await handler(new Request("http://127.0.0.1/webhook", { method }));
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.get("allow"), "POST");
  }
  assert.equal(calls.length, 0);
});

test("bodies over maxBytes: 413, declared or streamed", async () => {
  const { handler, calls } = recorder({ maxBytes: 1000 });
  const big = text({ ...bodies.incoming_event(), padding: "x".repeat(2000) });
  const declared = await handler(post(big));
  assert.equal(declared.status, 413);
  assert.equal((await declared.json()).issues[0].code, "too_large");
  // No content-length: a stream, cut off once past the limit.
  let pulled = 0;
  const stream = new ReadableStream({
    pull(controller) {
      pulled++;
      if (pulled > 100) controller.close();
      else controller.enqueue(new TextEncoder().encode("x".repeat(100)));
    },
  });
  const streamed = await handler(post(stream, { duplex: "half" }));
  assert.equal(streamed.status, 413);
  assert.ok(pulled < 100, `read ${pulled} chunks of 100 bytes past a 1000-byte limit`);
  assert.equal(calls.length, 0);
});

test("a handler that throws: 500 saying nothing, onError told", async () => {
  const errors = [];
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    on: {
      thread_closed() {
        throw new Error("database down: password=hunter2");
      },
      async incoming_event() {
        throw new Error("rejected later");
      },
    },
    onError(error, webhook) {
      errors.push([error.message, webhook.action]);
    },
  });
  const res = await handler(post(text(bodies.thread_closed())));
  assert.equal(res.status, 500);
  assert.equal(await res.text(), "");
  assert.equal((await handler(post(text(bodies.incoming_event())))).status, 500);
  assert.deepEqual(errors, [
    ["database down: password=hunter2", "thread_closed"],
    ["rejected later", "incoming_event"],
  ]);
});

test("unhandled and unknown actions are acknowledged (200), through onUnhandled when given", async () => {
  const unhandled = [];
  const { handler, calls } = recorder({ onUnhandled: (w, context) => unhandled.push([w.action, context.warnings.map((i) => i.code)]) });
  assert.equal((await handler(post(text(bodies.agent_status_changed())))).status, 200);
  const future = { ...bodies.thread_closed(), action: "some_future_action" };
  assert.equal((await handler(post(text(future)))).status, 200);
  assert.deepEqual(unhandled, [
    ["agent_status_changed", []],
    ["some_future_action", ["unknown_action"]],
  ]);
  assert.equal(calls.length, 0);
  // Without onUnhandled: still 200.
  const { handler: plain } = recorder();
  assert.equal((await plain(post(text(bodies.agent_status_changed())))).status, 200);
  // Unless the receiver asked for unknown actions to be refused.
  const { handler: strict } = recorder({ unknownActions: "reject" });
  const r = await strict(post(text(future)));
  assert.equal(r.status, 400);
  assert.equal((await r.json()).issues[0].code, "unknown_action");
});

test("an action named like an Object.prototype member finds no handler", async () => {
  const unhandled = [];
  const { handler, calls } = recorder({ onUnhandled: (w) => unhandled.push(w.action) });
  for (const action of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
    const body = { ...bodies.thread_closed(), action };
    assert.equal((await handler(post(text(body)))).status, 200, action);
  }
  assert.deepEqual(unhandled, ["constructor", "toString", "__proto__", "hasOwnProperty"]);
  assert.equal(calls.length, 0);
});

test("warnings reach the handler's context", async () => {
  const { handler, calls } = recorder({ unknownFields: "warn" });
  const body = bodies.incoming_event();
  body.payload.note = "new in some version";
  assert.equal((await handler(post(text(body)))).status, 200);
  assert.deepEqual(calls[0][2].warnings.map((i) => `${i.code} ${i.pointer}`), ["unknown_field /payload/note"]);
});

test("misconfiguration throws a TypeError when the handler is made", () => {
  const on = { thread_closed() {} };
  assert.throws(() => createWebhookHandler(), TypeError);
  assert.throws(() => createWebhookHandler({ apiVersion: "3.1" }), TypeError);
  assert.throws(() => createWebhookHandler({ on: { thread_closed: "not a function" } }), TypeError);
  assert.throws(() => createWebhookHandler({ on, onError: 1 }), TypeError);
  assert.throws(() => createWebhookHandler({ on, unknownFields: "sometimes" }), TypeError);
  // secretKey: process.env.UNSET must not silently turn verification off; nor name the secret.
  assert.throws(() => createWebhookHandler({ on, secretKey: undefined }), TypeError);
  assert.throws(() => toNodeListener(async () => new Response()), TypeError);
});

// ---- node:http ----

async function listen(listener) {
  const server = createServer(listener);
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}/webhook`, close: () => new Promise((r) => server.close(r)) };
}

test("toNodeListener: the same answers over node:http", async () => {
  const { handler, calls } = recorder({ maxBytes: 4096 });
  const server = await listen(toNodeListener(handler));
  try {
    const ok = await fetch(server.url, { method: "POST", body: Buffer.from(text(bodies.incoming_event())) });
    assert.equal(ok.status, 200);
    assert.equal(calls[0][0], "incoming_event");
    assert.deepEqual(calls[0][1], bodies.incoming_event());

    const incomplete = bodies.thread_closed();
    delete incomplete.payload.chat_id;
    const bad = await fetch(server.url, { method: "POST", body: text(incomplete) });
    assert.equal(bad.status, 400);
    assert.deepEqual((await bad.json()).issues.map((i) => `${i.code} ${i.pointer}`), ["missing_field /payload/chat_id"]);

    const wrong = bodies.thread_closed();
    wrong.secret_key = WRONG;
    const denied = await fetch(server.url, { method: "POST", body: text(wrong) });
    assert.equal(denied.status, 401);
    assert.equal(await denied.text(), "");

    assert.equal((await fetch(server.url)).status, 405);

    // Declared too large, and too large without a declared length (chunked).
    const big = "x".repeat(10_000);
    const tooLarge = await fetch(server.url, { method: "POST", body: big });
    assert.equal(tooLarge.status, 413);
    const chunked = await fetch(server.url, {
      method: "POST",
      duplex: "half",
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode("x".repeat(1000)));
          c.close();
        },
      }),
    });
    assert.equal(chunked.status, 413);
    assert.equal(calls.length, 1);
  } finally {
    await server.close();
  }
});

test("toNodeListener: a body a parser already read (Express's req.body)", async () => {
  const { handler, calls } = recorder();
  const listener = toNodeListener(handler);
  const answer = async (body, consumed) => {
    const res = { status: 0, headers: undefined, body: undefined };
    const req = {
      method: "POST",
      headers: {},
      body,
      readableEnded: consumed,
      on() {
        throw new Error("the stream must not be read");
      },
      pause() {},
    };
    await listener(req, {
      writeHead(status, headers) {
        res.status = status;
        res.headers = headers;
      },
      end(b) {
        res.body = b;
      },
    });
    return res;
  };
  // express.raw(): a Buffer; express.text(): a string; express.json(): an object.
  assert.equal((await answer(Buffer.from(text(bodies.thread_closed())), true)).status, 200);
  assert.equal((await answer(text(bodies.thread_closed()), true)).status, 200);
  assert.equal((await answer(bodies.thread_closed(), true)).status, 200);
  assert.deepEqual(
    calls.map((c) => c[0]),
    ["thread_closed", "thread_closed", "thread_closed"],
  );
  // The stream was consumed and nothing kept: an empty body, which the issue explains.
  const empty = await answer(undefined, true);
  assert.equal(empty.status, 400);
  assert.match(JSON.parse(empty.body).issues[0].message, /empty/i);
});

// One raw HTTP/1.1 request on a socket of its own; resolves with the status of the answer.
function rawRequest(url, head, body = "") {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let got = "";
    socket.on("data", (d) => {
      got += d.toString("latin1");
      const m = /^HTTP\/1\.1 (\d{3})/.exec(got);
      if (m) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on("error", reject);
    socket.write(`POST /webhook HTTP/1.1\r\nhost: 127.0.0.1\r\n${head}\r\n${body}`);
  });
}

test("toNodeListener: handlers that return, throw, reject or return a thenable, over node:http", async () => {
  const errors = [];
  let release;
  const order = [];
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    secretKey: SECRET,
    on: {
      thread_closed(webhook) {
        if (webhook.payload.chat_id === "THROW") throw new Error("sync failure");
        if (webhook.payload.chat_id === "REJECT") return Promise.reject(new Error("async failure"));
        if (webhook.payload.chat_id === "THENABLE") {
          // Not a native promise: awaited all the same, so the answer waits for it.
          return { then: (ok) => { release = () => { order.push("handler done"); ok(); }; } };
        }
        order.push("sync");
        return 42; // a value that is not a promise: answered at once
      },
    },
    onError(error) {
      errors.push(error.message);
    },
  });
  const server = await listen(toNodeListener(handler));
  const withChat = (id) => {
    const b = bodies.thread_closed();
    b.payload.chat_id = id;
    return text(b);
  };
  try {
    assert.equal((await fetch(server.url, { method: "POST", body: withChat("OK") })).status, 200);
    assert.equal((await fetch(server.url, { method: "POST", body: withChat("THROW") })).status, 500);
    assert.equal((await fetch(server.url, { method: "POST", body: withChat("REJECT") })).status, 500);
    const pending = fetch(server.url, { method: "POST", body: withChat("THENABLE") }).then((r) => {
      order.push(`answered ${r.status}`);
    });
    while (release === undefined) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    release();
    await pending;
    assert.deepEqual(order, ["sync", "handler done", "answered 200"]);
    assert.deepEqual(errors, ["sync failure", "async failure"]);
  } finally {
    await server.close();
  }
});

test("toNodeListener: a declared length over maxBytes is refused before the body, whatever the header's case", async () => {
  const { handler, calls } = recorder({ maxBytes: 1000 });
  const server = await listen(toNodeListener(handler));
  try {
    // No byte of the body is sent: the answer can only come from the declared length.
    assert.equal(await rawRequest(server.url, "CoNtEnT-LeNgTh: 5000\r\n"), 413);
    assert.equal(await rawRequest(server.url, "content-length: 1001\r\n"), 413);
    // Within the limit, the body is read and checked.
    const ok = text(bodies.thread_closed());
    assert.ok(ok.length <= 1000);
    assert.equal(await rawRequest(server.url, `Content-Length: ${Buffer.byteLength(ok)}\r\n`, ok), 200);
    assert.equal(calls.length, 1);
  } finally {
    await server.close();
  }
});

test("toNodeListener: a Node stream that fails is answered 400, and the listener's promise settles after the answer", async () => {
  const { handler, calls } = recorder();
  const listener = toNodeListener(handler);
  const req = Object.assign(new EventEmitter(), { method: "POST", headers: {}, rawHeaders: [], pause() {} });
  const res = { status: 0, ended: false };
  const done = listener(req, {
    writeHead(status) {
      res.status = status;
    },
    end() {
      res.ended = true;
    },
  });
  // A real stream's chunks come later than the request event.
  await new Promise((r) => setImmediate(r));
  req.emit("data", Buffer.from('{"webhook_id":'));
  assert.equal(res.ended, false);
  req.emit("error", new Error("connection reset"));
  await done;
  assert.equal(res.status, 400);
  assert.equal(res.ended, true);
  assert.equal(calls.length, 0);
});

test("a body stream that breaks: 400, no handler called", async () => {
  const { handler, calls } = recorder();
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('{"webhook_id":'));
      c.error(new Error("connection reset"));
    },
  });
  const res = await handler(post(stream, { duplex: "half" }));
  assert.equal(res.status, 400);
  assert.equal(calls.length, 0);
});

test("an unknown action never reaches a handler of that name, even one set in plain JS", async () => {
  const unhandled = [];
  const handler = createWebhookHandler({
    apiVersion: "3.1",
    on: {
      some_future_action() {
        throw new Error("an unchecked payload reached a handler");
      },
    },
    onUnhandled: (w) => unhandled.push(w.action),
  });
  const res = await handler(post(text({ ...bodies.thread_closed(), action: "some_future_action" })));
  assert.equal(res.status, 200);
  assert.deepEqual(unhandled, ["some_future_action"]);
});

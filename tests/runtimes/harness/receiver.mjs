// The webhook receiver every runtime serves, built with the package's createWebhookHandler as a
// user would (handlers per action, a secret). run.mjs POSTs real bodies to /webhook, then asks
// GET /last?pointer=... what the handler received: the action and the value at that pointer, so
// that a nested field is compared with the body that was sent.
//
// `makeReceiver(lib)` returns { handler, handler36, route }: the package's handlers for API 3.1
// (/webhook) and the default 3.6 (/webhook/3.6) — Node wraps them with toNodeListener —, and
// `route(request)`, which answers /webhook, /webhook/3.6 and /last for fetch-style runtimes.
import { BODY_SECRET } from "./checks.mjs";

// The Go SDK fixtures (../shared/fixtures/lc-sdk-go-v1.0.0-api-3.1) all carry this secret; the
// project's own bodies carry BODY_SECRET. A receiver configured with both (rotation) takes both.
const FIXTURE_SECRET = "dummy_key";
// The secret of the project's API 3.2–3.6 bodies (tests/cases/versions.json).
export const VERSIONS_SECRET = "whsec-versions-Vq3";

function at(value, pointer) {
  let v = value;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, key)) return { missing: true };
    v = v[key];
  }
  return { value: v };
}

export function makeReceiver(lib) {
  let last;
  const record = (webhook) => {
    last = webhook;
  };
  // A handler for every action (what a real receiver would do for the actions it cares about).
  const on = {};
  for (const action of lib.knownActions) on[action] = record;
  const handler = lib.createWebhookHandler({
    apiVersion: "3.1",
    secretKey: [BODY_SECRET, FIXTURE_SECRET],
    on,
    onUnhandled: record,
  });

  // The same receiver with the package's default version, 3.6 (its handlers typed by it), on
  // /webhook/3.6: the later versions' bodies go through the runtime too.
  const on36 = {};
  for (const action of lib.actionsByVersion["3.6"]) on36[action] = record;
  const handler36 = lib.createWebhookHandler({ secretKey: VERSIONS_SECRET, on: on36, onUnhandled: record });

  // What the handler last received, for run.mjs.
  function lastAnswer(pointer) {
    const found = last === undefined ? { missing: true } : at(last, pointer ?? "");
    return JSON.stringify({ action: last === undefined ? null : last.action, ...found });
  }

  async function route(request) {
    const url = new URL(request.url);
    if (url.pathname === "/webhook") return handler(request);
    if (url.pathname === "/webhook/3.6") return handler36(request);
    if (url.pathname === "/last") {
      return new Response(lastAnswer(url.searchParams.get("pointer")), { headers: { "content-type": "application/json" } });
    }
    return undefined;
  }

  return { handler, handler36, route, lastAnswer };
}

// The receiver on node:http through toNodeListener (Node ESM and CommonJS harnesses); prints the
// port it listens on.
export function serveNode(lib, createServer) {
  const { handler, handler36, lastAnswer } = makeReceiver(lib);
  const listeners = { "/webhook": lib.toNodeListener(handler), "/webhook/3.6": lib.toNodeListener(handler36) };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const listener = listeners[url.pathname];
    if (listener) return listener(req, res);
    if (url.pathname === "/last") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(lastAnswer(url.searchParams.get("pointer")));
    }
    res.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
}

// The behaviour every runtime must show, written once and run inside each runtime (Node ESM and CJS,
// Deno, Bun, workerd, the Edge VM, Chromium). It imports nothing: each harness passes in the
// package as it imported it, by name, so the runtime's own `exports` condition picked the entry.
//
// runChecks(lib, requestBytes) returns [{ name, ok, detail }]. `requestBytes` is the valid body
// as the harness received it (from an HTTP request where the runtime is a server), so the bytes
// path is exercised with what the runtime's own Request produced.

// A webhook written for these tests. The text has non-ASCII characters so that text and bytes
// take different paths through UTF-8 and UTF-16.
const MESSAGE = "Dzień dobry — żółw 🐢";
export const BODY_SECRET = "body-secret-7f3a";
export const OTHER_SECRET = "configured-secret-c41d";
// The body is an API 3.1 webhook; the default version (3.6) is covered by the Node tests.
const V31 = { apiVersion: "3.1" };

function webhook() {
  return {
    webhook_id: "3c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f",
    secret_key: BODY_SECRET,
    action: "incoming_event",
    delivery_attempt: 1,
    payload: {
      chat_id: "CH0000RT01",
      thread_id: "TH0000RT01",
      event: {
        id: "TH0000RT01_7",
        type: "message",
        author_id: "agent.rt@example.com",
        created_at: "2026-05-06T07:08:09.123456Z",
        recipients: "all",
        text: MESSAGE,
      },
    },
  };
}

/** The valid body as the harnesses send it over HTTP. */
export const validText = JSON.stringify(webhook(), null, 2);

// Two errors at once: a missing required field and a timestamp that is not RFC 3339.
export function twoErrorsText() {
  const w = webhook();
  delete w.payload.thread_id;
  w.payload.event.created_at = "yesterday";
  return JSON.stringify(w, null, 2);
}
export const TWO_ERRORS = [
  "missing_field /payload/thread_id",
  "invalid_value /payload/event/created_at",
];

const keys = (issues) => issues.filter((i) => i.severity === "error").map((i) => `${i.code} ${i.pointer}`).sort();
const sameSet = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

function decodedRight(w) {
  return (
    w !== null &&
    typeof w === "object" &&
    w.action === "incoming_event" &&
    w.payload.chat_id === "CH0000RT01" &&
    w.payload.event.text === MESSAGE
  );
}

// The testing kit (livechat-webhooks/testing, plain JavaScript) in the same runtime: a sample of
// every action of every version validates (of every push and app webhook too), and each invalid
// body of one gives exactly its issue.
function testingChecks(lib, kit, check) {
  check("testing: every sample validates", () => {
    for (const v of lib.apiVersions) {
      for (const action of lib.actionsByVersion[v]) {
        const s = kit.sampleWebhook(action, { apiVersion: v, seed: 1, secretKey: OTHER_SECRET });
        const r = lib.validateWebhook(s.body, { apiVersion: v, secretKey: OTHER_SECRET });
        if (!r.ok || r.issues.length > 0) return `${v} ${action}: ${JSON.stringify(r.issues)}`;
      }
    }
    return true;
  });
  check("testing: invalid bodies give their issue", () => {
    const all = kit.invalidWebhooks("incoming_event", { apiVersion: "3.6", secretKey: OTHER_SECRET });
    if (all.length < 10) return `only ${all.length} invalid bodies`;
    for (const m of all) {
      const got = keys(lib.validateWebhook(m.body, { apiVersion: "3.6", secretKey: OTHER_SECRET }).issues);
      if (!sameSet(got, [`${m.expected.code} ${m.expected.pointer}`])) return `${m.change}: ${JSON.stringify(got)}`;
    }
    return true;
  });
  check("testing: every push and app webhook sample validates", () => {
    for (const api of ["agent", "customer"]) {
      for (const [v, actions] of Object.entries(lib.pushesByVersion[api])) {
        for (const action of actions) {
          const r = lib.validatePush(kit.samplePush(action, { api, apiVersion: v, seed: 1 }).body, { api, apiVersion: v });
          if (!r.ok || r.issues.length > 0) return `${api} ${v} ${action}: ${JSON.stringify(r.issues)}`;
        }
      }
    }
    for (const event of kit.appWebhookEvents()) {
      const r = lib.validateAppWebhook(kit.sampleAppWebhook(event, { seed: 1 }).body);
      if (!r.ok || r.issues.length > 0) return `app ${event}: ${JSON.stringify(r.issues)}`;
    }
    return true;
  });
  check("testing: createTestRequest", () => {
    const req = kit.createTestRequest(kit.sampleWebhook("incoming_chat"));
    return (req.method === "POST" && req.headers.get("content-type") === "application/json") || `${req.method} ${req.headers.get("content-type")}`;
  });
}

export function runChecks(lib, requestBytes, kit) {
  const { decodeWebhook, validateWebhook, WebhookError } = lib;
  const results = [];
  const check = (name, fn) => {
    try {
      const detail = fn();
      results.push({ name, ok: detail === true, detail: detail === true ? "" : String(detail) });
    } catch (e) {
      results.push({ name, ok: false, detail: `threw ${e && e.name}: ${e && e.message}` });
    }
  };
  const twoErrors = twoErrorsText();

  check("decode text", () => decodedRight(decodeWebhook(validText, V31)) || "wrong value from text");
  check("decode bytes", () => {
    if (!(requestBytes instanceof Uint8Array)) return `harness passed ${Object.prototype.toString.call(requestBytes)}`;
    return decodedRight(decodeWebhook(requestBytes, V31)) || "wrong value from bytes";
  });
  check("validate ok", () => {
    const r = validateWebhook(validText, V31);
    return (r.ok === true && r.issues.length === 0 && decodedRight(r.value)) || `got ${JSON.stringify(r.issues)}`;
  });
  check("two errors", () => {
    const r = validateWebhook(new TextEncoder().encode(twoErrors), V31);
    if (r.ok !== false) return "ok was not false";
    const got = keys(r.issues);
    if (!sameSet(got, [...TWO_ERRORS].sort())) return `issues ${JSON.stringify(got)}`;
    // From bytes, every issue carries its place in the body.
    return r.issues.every((i) => Number.isInteger(i.line) && Number.isInteger(i.column)) || "issue without line/column";
  });
  check("WebhookError", () => {
    try {
      decodeWebhook(twoErrors, V31);
      return "decodeWebhook did not throw";
    } catch (e) {
      if (!(e instanceof WebhookError) || !(e instanceof Error)) return `threw ${e && e.name} that is not a WebhookError`;
      if (e.name !== "WebhookError") return `name ${e.name}`;
      if (!sameSet(keys(e.issues), [...TWO_ERRORS].sort())) return `issues ${JSON.stringify(keys(e.issues))}`;
      return ["/payload/thread_id", "/payload/event/created_at"].every((p) => e.message.includes(p)) || "message lacks a pointer";
    }
  });
  check("secret mismatch", () => {
    const options = { apiVersion: "3.1", secretKey: OTHER_SECRET };
    const r = validateWebhook(validText, options);
    if (r.ok !== false) return "ok was not false";
    const got = keys(r.issues);
    if (!sameSet(got, ["secret_mismatch /secret_key"])) return `issues ${JSON.stringify(got)}`;
    let thrown = "";
    try {
      decodeWebhook(validText, options);
      return "decodeWebhook did not throw";
    } catch (e) {
      if (e.code !== "secret_mismatch") return `code ${e.code}`;
      thrown = `${e.message}\n${e.stack}\n${JSON.stringify(e.issues)}`;
    }
    // Neither the configured secret nor the body's may leak into issues or the error.
    const out = JSON.stringify(r.issues) + thrown;
    return (!out.includes(OTHER_SECRET) && !out.includes(BODY_SECRET)) || "a secret appears in the output";
  });
  check("secret rotation", () => {
    const r = validateWebhook(validText, { apiVersion: "3.1", secretKey: [OTHER_SECRET, BODY_SECRET] });
    return (r.ok === true && decodedRight(r.value)) || `got ${JSON.stringify(r.issues)}`;
  });
  if (kit !== undefined) testingChecks(lib, kit, check);
  return results;
}

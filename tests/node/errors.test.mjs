// The release pkg/ as a user imports it (ESM): WebhookError, validateWebhook's guarantees (never
// throws, a small deterministic fuzz), options (secret, unknownFields, unknownActions, limits),
// numbers, line/column, the lazy value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const { bodies, envelope } = fixtures;
const { dir, pkg } = support.setup();
const { decodeWebhook, validateWebhook, isKnownWebhook, WebhookError } = support.v31(await import(
  pathToFileURL(join(dir, "esm.mjs")).href
));

// The codes as the crate lists them (IssueCode::ALL), generated into the package at build time.
const { ISSUE_CODES } = await import(pathToFileURL(join(pkg, "constants.mjs")).href);
const CODES = new Set(ISSUE_CODES);
test("the generated issue codes are the crate's", () => {
  assert.ok(ISSUE_CODES.length >= 14, `${ISSUE_CODES.length} codes`);
  assert.equal(CODES.size, ISSUE_CODES.length, "no code twice");
  for (const code of ["invalid_json", "secret_mismatch", "api_version_mismatch", "ambiguous_api_version"]) {
    assert.ok(CODES.has(code), code);
  }
});

function thrown(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

function assertIssueShape(i, where) {
  assert.ok(CODES.has(i.code), `${where}: code ${i.code}`);
  assert.ok(i.severity === "error" || i.severity === "warning", where);
  assert.equal(typeof i.message, "string", where);
  assert.ok(i.message.length > 0, where);
  assert.equal(typeof i.pointer, "string", where);
  assert.ok(Array.isArray(i.path), where);
  const fromPath = i.path.map((s) => "/" + String(s).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
  assert.equal(fromPath, i.pointer, `${where}: path and pointer agree`);
  for (const k of ["line", "column"]) if (k in i) assert.ok(Number.isInteger(i[k]) && i[k] >= 1, where);
}

function assertResultShape(r, where) {
  assert.equal(typeof r, "object", where);
  assert.ok(Array.isArray(r.issues), where);
  for (const i of r.issues) assertIssueShape(i, where);
  if (r.ok === true) {
    assert.ok(r.issues.every((i) => i.severity === "warning"), `${where}: ok with warnings only`);
  } else {
    assert.equal(r.ok, false, where);
    assert.ok(r.issues.some((i) => i.severity === "error"), `${where}: not ok has an error`);
    assert.equal("value" in r, false, where);
  }
}

test("WebhookError is an Error listing every error", () => {
  const b = bodies.thread_closed();
  delete b.payload.chat_id;
  b.payload.thread_id = 42;
  b.webhook_id = null;
  const s = JSON.stringify(b, null, 2);
  const e = thrown(() => decodeWebhook(s));
  assert.ok(e instanceof WebhookError);
  assert.ok(e instanceof Error);
  assert.equal(e.name, "WebhookError");
  assert.equal(Object.prototype.toString.call(e), "[object Error]");
  assert.ok(typeof e.stack === "string" && e.stack.startsWith("WebhookError"));
  const errors = e.issues.filter((i) => i.severity === "error");
  assert.deepEqual(
    errors.map((i) => i.pointer).sort(),
    ["/payload/chat_id", "/payload/thread_id", "/webhook_id"],
    JSON.stringify(e.issues),
  );
  assert.equal(e.code, errors[0].code);
  assert.deepEqual(new Set(errors.map((i) => i.code)), new Set(["missing_field", "invalid_type"]));
  const lines = e.message.split("\n");
  assert.equal(lines.length, 1 + errors.length, e.message);
  for (const i of errors) {
    const line = lines.find((l) => l.includes(i.message));
    assert.ok(line, `message lists: ${i.message}`);
    assert.ok(line.includes(`line ${i.line}:${i.column}`), line);
    if (i.pointer !== "") assert.ok(line.includes(i.pointer), line);
  }
  // validateWebhook reports the same issues.
  const r = validateWebhook(s);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues, e.issues);
});

test("decodeWebhook throws WebhookError for any bad body kind", () => {
  for (const body of [undefined, null, 0, true, "", "   ", "[]", "{", new Uint8Array([0xff]), [], Symbol("s"), () => {}]) {
    const e = thrown(() => decodeWebhook(body));
    assert.ok(e instanceof WebhookError, String(typeof body));
    assert.ok(CODES.has(e.code));
  }
  const e = thrown(() => decodeWebhook(42));
  assert.equal(e.code, "invalid_type");
  assert.equal(e.issues[0].pointer, "");
});

test("validateWebhook never throws on odd inputs", () => {
  const cyclic = bodies.thread_closed();
  cyclic.payload.self = cyclic;
  const withBigInt = bodies.thread_closed();
  withBigInt.payload.n = 10n;
  const huge = "x".repeat(17 * 1024 * 1024);
  const odd = [
    undefined, null, 0, -1, 1.5, NaN, Infinity, true, false, 10n, Symbol("s"), () => {}, [], [1, 2], {}, new Date(0),
    new Map(), cyclic, withBigInt, huge, `"${huge}"`, "", "\uFEFF", "\uD800", '{"a":"\uD800"}', "null", "1e999",
    "{".repeat(100000), '{"a":'.repeat(100000), "[".repeat(5000) + "]".repeat(5000), '{"webhook_id":1}'.repeat(10),
    new Uint8Array(0), new Uint8Array([0xff, 0xfe, 0xfd]), new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    new Uint8Array([0xef, 0xbb, 0xbf]), new ArrayBuffer(3), new Float64Array([1, 2]), Buffer.alloc(10, 0),
    new Uint8Array(new SharedArrayBuffer(4)),
  ];
  for (const body of odd) {
    const where = typeof body === "string" ? `string(${body.length})` : Object.prototype.toString.call(body);
    let r;
    assert.doesNotThrow(() => {
      r = validateWebhook(body);
    }, where);
    assertResultShape(r, where);
    assert.equal(r.ok, false, where);
  }
  assert.equal(validateWebhook(huge).issues[0].code, "too_large");
  assert.equal(validateWebhook(undefined).issues[0].code, "invalid_type");
  assert.equal(validateWebhook(null).issues[0].received, "null");
  assert.ok(validateWebhook(new Uint8Array([0x22, 0xff, 0x22])).issues.some((i) => i.code === "invalid_encoding"));
  assert.equal(validateWebhook(cyclic).issues[0].code, "invalid_json");
  assert.equal(validateWebhook("{".repeat(100000)).issues[0].code, "invalid_json");
  const deep = '{"a":'.repeat(100000) + "1" + "}".repeat(100000);
  assert.ok(validateWebhook(deep).issues.some((i) => i.code === "too_deep"));
  assert.ok(validateWebhook("[".repeat(5000) + "]".repeat(5000)).issues.some((i) => i.code === "too_deep"));
});

// A small deterministic PRNG: the fuzz is the same at every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("fuzz: mutated bodies never throw and agree with JSON.parse", () => {
  const rand = rng(20261125);
  const pick = (n) => Math.floor(rand() * n);
  const seeds = Object.values(bodies).map((m) => new TextEncoder().encode(JSON.stringify(m(), null, 1)));
  const alphabet = new TextEncoder().encode('{}[]:,"\\ 0123456789.eE+-truefalsenull\u00e9\n');
  let accepted = 0;
  for (let n = 0; n < 3000; n++) {
    const seed = seeds[pick(seeds.length)];
    const bytes = Array.from(seed);
    const edits = 1 + pick(4);
    for (let k = 0; k < edits; k++) {
      const at = pick(bytes.length + 1);
      switch (pick(5)) {
        case 0: bytes[at] = pick(256); break;
        case 1: bytes.splice(at, 1 + pick(8)); break;
        case 2: bytes.splice(at, 0, alphabet[pick(alphabet.length)]); break;
        case 3: bytes.length = Math.min(bytes.length, at); break;
        default: bytes.splice(at, 0, ...bytes.slice(pick(bytes.length), pick(bytes.length))); break;
      }
    }
    const u8 = Uint8Array.from(bytes.filter((b) => b !== undefined));
    let r;
    assert.doesNotThrow(() => {
      r = validateWebhook(u8);
    }, `mutant ${n}`);
    assertResultShape(r, `mutant ${n}`);
    let textForm;
    try {
      textForm = new TextDecoder("utf-8", { fatal: true }).decode(u8);
    } catch {
      assert.equal(r.ok, false, `mutant ${n} is not UTF-8`);
      assert.ok(
        r.issues.some((i) => i.code === "invalid_encoding" || i.code === "invalid_json"),
        `mutant ${n}: invalid_encoding or invalid_json`,
      );
      continue;
    }
    let parsed;
    let parses = true;
    try {
      parsed = JSON.parse(textForm);
    } catch {
      parses = false;
    }
    if (!parses) assert.equal(r.ok, false, `mutant ${n}: JSON.parse rejects it, so must the checker`);
    if (r.ok) {
      accepted++;
      assert.deepEqual(r.value, parsed, `mutant ${n}`);
    }
    const rs = validateWebhook(textForm);
    assert.equal(rs.ok, r.ok, `mutant ${n}: bytes and string agree`);
    assert.deepEqual(
      rs.issues.map((i) => [i.code, i.pointer, i.line, i.column]),
      r.issues.map((i) => [i.code, i.pointer, i.line, i.column]),
      `mutant ${n}: bytes and string give the same issues`,
    );
    if (r.ok) assert.deepEqual(decodeWebhook(u8), parsed);
    else assert.ok(thrown(() => decodeWebhook(u8)) instanceof WebhookError);
  }
  console.log(`fuzz: ${accepted} of 3000 mutants were still valid webhooks`);
});

test("secretKey: one, several (rotation), mismatch; never revealed", () => {
  const body = JSON.stringify(bodies.thread_closed()); // secret_key "test-secret-1"
  assert.equal(validateWebhook(body, { secretKey: "test-secret-1" }).ok, true);
  assert.equal(validateWebhook(body, { secretKey: ["test-secret-0", "test-secret-1"] }).ok, true);
  assert.equal(validateWebhook(body, { secretKey: ["test-secret-1", "test-secret-2"] }).ok, true);
  for (const secretKey of ["expected-secret-Q", ["expected-secret-Q", "expected-secret-R"], "test-secret-"]) {
    const options = { secretKey };
    const r = validateWebhook(body, options);
    assert.equal(r.ok, false);
    assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["secret_mismatch", "/secret_key"]]);
    const e = thrown(() => decodeWebhook(body, options));
    assert.equal(e.code, "secret_mismatch");
    const shown = [JSON.stringify(r.issues), e.message, e.stack, JSON.stringify(e.issues), String(e)].join("\n");
    for (const secret of ["expected-secret-Q", "expected-secret-R", "test-secret-1"]) {
      assert.ok(!shown.includes(secret), `the secret ${secret.length} chars long is not revealed`);
    }
  }
  const missing = bodies.thread_closed();
  delete missing.secret_key;
  const r = validateWebhook(missing, { secretKey: "abc" });
  assert.equal(r.ok, false);
  assert.ok(r.issues.some((i) => i.code === "secret_mismatch" || i.code === "missing_field"));
});

test("unknownFields: keep, warn, reject", () => {
  const b = bodies.incoming_event();
  b.payload.x_extra = 1;
  b.payload.event.x_other = "two";
  const s = JSON.stringify(b, null, 2);
  const keep = validateWebhook(s);
  assert.equal(keep.ok, true);
  assert.deepEqual(keep.issues, []);
  const options = { unknownFields: "warn" };
  const warn = validateWebhook(s, options);
  assert.equal(warn.ok, true);
  assert.deepEqual(
    warn.issues.map((i) => [i.code, i.severity, i.pointer]).sort(),
    [["unknown_field", "warning", "/payload/event/x_other"], ["unknown_field", "warning", "/payload/x_extra"]],
  );
  assert.equal(warn.value.payload.x_extra, 1);
  assert.equal(decodeWebhook(s, options).payload.event.x_other, "two");
  const reject = validateWebhook(s, { unknownFields: "reject" });
  assert.equal(reject.ok, false);
  assert.deepEqual(
    reject.issues.map((i) => [i.code, i.severity]),
    [["unknown_field", "error"], ["unknown_field", "error"]],
  );
  // An object body gives no line or column.
  const fromObject = validateWebhook(b, { unknownFields: "reject" });
  assert.deepEqual(fromObject.issues.map((i) => i.pointer).sort(), ["/payload/event/x_other", "/payload/x_extra"]);
  for (const i of fromObject.issues) assert.ok(!("line" in i) && !("column" in i));
});

test("unknownActions: reject by default, accept gives an untyped webhook", () => {
  const b = envelope("brand_new_action", { anything: [1, { goes: true }] });
  const e = thrown(() => decodeWebhook(b));
  assert.equal(e.code, "unknown_action");
  const options = { unknownActions: "accept" };
  const w = decodeWebhook(JSON.stringify(b), options);
  assert.deepEqual(w, b);
  assert.equal(isKnownWebhook(w), false);
  assert.equal(isKnownWebhook(decodeWebhook(bodies.thread_closed(), options)), true);
  const r = validateWebhook(b, options);
  assert.equal(r.ok, true);
  assert.ok(r.issues.every((i) => i.severity === "warning"));
  // The envelope is still checked.
  const bad = { ...b, webhook_id: 7 };
  assert.deepEqual(
    validateWebhook(bad, options).issues.filter((i) => i.severity === "error").map((i) => [i.code, i.pointer]),
    [["invalid_type", "/webhook_id"]],
  );
});

test("options are validated", () => {
  for (const options of [{ unknownFields: "maybe" }, { apiVersion: "9.9" }, { unknownActions: 1 }, "warn"]) {
    assert.throws(() => decodeWebhook("{}", options), TypeError, JSON.stringify(options));
    // validateWebhook never throws: it refuses the body and says the options are at fault.
    const r = validateWebhook("{}", options);
    assert.equal(r.ok, false, JSON.stringify(options));
    assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["invalid_value", ""]]);
    assert.match(r.issues[0].message, /options/);
  }
  assert.equal(validateWebhook(JSON.stringify(bodies.thread_closed()), { apiVersion: "3.1" }).ok, true);
});

test("a secretKey option that is present but undefined is refused, not ignored", () => {
  // The usual cause: `secretKey: process.env.LIVECHAT_SECRET` with the variable unset, which must
  // not silently turn verification off.
  const body = JSON.stringify(bodies.thread_closed());
  for (const secretKey of [undefined, null]) {
    assert.throws(() => decodeWebhook(body, { secretKey }), (e) => e instanceof TypeError && /environment variable/.test(e.message));
  }
  assert.equal(validateWebhook(body, {}).ok, true);
  // Errors about the option never echo its value.
  const secret = "sk-this-must-not-leak";
  assert.throws(() => decodeWebhook(body, { secretKey: [secret, 7] }), (e) => e instanceof TypeError && !e.message.includes(secret));
  const refused = validateWebhook(body, { secretKey: [secret, 7] });
  assert.equal(refused.ok, false);
  assert.ok(!JSON.stringify(refused).includes(secret));
  assert.equal(validateWebhook(body, { secretKey: undefined }).ok, false);
});

test("maxBytes and maxDepth", () => {
  const s = JSON.stringify(bodies.incoming_chat_thread());
  assert.equal(validateWebhook(s).ok, true);
  const small = validateWebhook(s, { maxBytes: 100 });
  assert.deepEqual(small.issues.map((i) => i.code), ["too_large"]);
  assert.deepEqual(validateWebhook(Buffer.from(s), { maxBytes: 100 }).issues.map((i) => i.code), ["too_large"]);
  const shallow = validateWebhook(s, { maxDepth: 3 });
  assert.equal(shallow.ok, false);
  assert.ok(shallow.issues.some((i) => i.code === "too_deep"));
});

test("integers beyond 2^53 are reported, never rounded", () => {
  const ok = JSON.stringify(envelope("thread_closed", bodies.thread_closed().payload, { license_id: 9007199254740991 }));
  assert.equal(validateWebhook(ok).ok, true);
  for (const big of ["9007199254740993", "123456789012345678901", "-9007199254740993"]) {
    const s = `{"webhook_id":"w","secret_key":"k","action":"thread_closed","license_id":${big},"payload":{"chat_id":"C","thread_id":"T"}}`;
    const r = validateWebhook(s);
    assert.equal(r.ok, false, big);
    assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["number_out_of_range", "/license_id"]], big);
  }
});

test("line and column count UTF-16 units after non-ASCII text", () => {
  // Line 3 holds astral and accented characters before the wrong value.
  const s = [
    "{",
    '  "webhook_id": "w", "secret_key": "k", "action": "incoming_event",',
    '  "payload": { "chat_id": "Zażółć 😀😀 gęślą", "thread_id": 12,',
    '    "event": { "id": "e", "type": "message", "author_id": "a", "created_at": "2026-01-01T00:00:00Z", "recipients": "all", "text": "t" } }',
    "}",
  ].join("\n");
  const lineText = s.split("\n")[2];
  const column = lineText.indexOf("12") + 1; // in UTF-16 code units, as JS strings index
  for (const body of [s, Buffer.from(s), "\uFEFF" + s]) {
    const r = validateWebhook(body);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.pointer, i.line, i.column]),
      [["invalid_type", "/payload/thread_id", 3, column]],
    );
  }
  const e = thrown(() => decodeWebhook(s));
  assert.ok(e.message.includes(`line 3:${column}`), e.message);
});

test("validateWebhook builds the value lazily, once, from the checked bytes", () => {
  const s = JSON.stringify(bodies.incoming_chat_thread());
  const realParse = JSON.parse;
  let calls = 0;
  JSON.parse = function (...args) {
    calls++;
    return realParse.apply(this, args);
  };
  try {
    const r = validateWebhook(s);
    assert.equal(r.ok, true);
    assert.equal(calls, 0, "validation alone parses nothing");
    const v = r.value;
    assert.equal(calls, 1);
    assert.equal(r.value, v, "cached");
    assert.equal(calls, 1);
    assert.equal(v.payload.chat.id, "CH00000001");

    const bytes = Buffer.from(s);
    const rb = validateWebhook(bytes);
    assert.equal(calls, 1);
    bytes.fill(0x20); // the caller reuses its buffer
    assert.deepEqual(rb.value, realParse(s));
  } finally {
    JSON.parse = realParse;
  }
  const fromObject = bodies.thread_closed();
  assert.equal(validateWebhook(fromObject).value, fromObject);
});

// Bodies are written into one region of wasm memory that the next call reuses; a result whose
// value was not read yet gets a copy of its bytes first (small ones in a shared slab, large ones
// alone), and the value of a body beyond ASCII is parsed from its escaped ASCII form.
test("a lazy value survives later calls, and non-ASCII text comes back exact", () => {
  const make = (text, events = 1) => {
    const b = bodies.incoming_chat_thread();
    b.payload.chat.thread.events = Array.from({ length: events }, (_, i) => ({
      ...b.payload.chat.thread.events[0],
      id: `E${i}`,
      text: `${text} ${i}`,
    }));
    return b;
  };
  const texts = ["plain", "zażółć gęślą jaźń", "emoji 😀 and \u2028", "\ud83d\ude00 escaped", "Ω€"];
  const shapes = [];
  for (const [n, text] of texts.entries()) shapes.push(make(text, n === 4 ? 200 : 1 + n));
  const results = [];
  for (const [n, body] of shapes.entries()) {
    const json = JSON.stringify(body);
    const bytes = new TextEncoder().encode(n === 1 ? "\ufeff" + json : json);
    const r = validateWebhook(bytes);
    assert.equal(r.ok, true, r.issues.map((i) => i.message).join("; "));
    bytes.fill(0x20); // the caller reuses its buffer at once
    results.push([r, body]);
    // Other calls in between write other bodies into the region.
    assert.equal(validateWebhook(JSON.stringify(shapes[0])).ok, true);
    assert.deepEqual(decodeWebhook(new TextEncoder().encode(json)), body);
  }
  assert.ok(JSON.stringify(shapes[4]).length > 8192, "one body is copied out alone, not into the slab");
  for (const [r, body] of results) assert.deepEqual(r.value, body);
  // The value read at once, before any other call, comes from the region itself.
  for (const body of shapes) {
    const r = validateWebhook(new TextEncoder().encode(JSON.stringify(body)));
    assert.deepEqual(r.value, body);
    assert.equal(r.value, r.value, "built once");
  }
  // The result's own keys stay ok, apiVersion and issues; value is a getter of its class.
  const r = validateWebhook(JSON.stringify(shapes[0]));
  assert.deepEqual(Object.keys(r), ["ok", "apiVersion", "issues"]);
  assert.equal("value" in r, true);
});

test("an invalid options error says so once, at the start of its message", () => {
  const body = JSON.stringify(bodies.thread_closed());
  const start = "livechat-webhooks: invalid options: ";
  for (const options of [{ secretKey: undefined }, { unknownFields: "maybe" }, { bogus: 1 }, "warn", [1]]) {
    const what = JSON.stringify(options) ?? String(options);
    const e = thrown(() => decodeWebhook(body, options));
    assert.ok(e instanceof TypeError, what);
    assert.ok(e.message.startsWith(start), `${what}: ${e.message}`);
    assert.equal(e.message.indexOf("invalid options"), e.message.lastIndexOf("invalid options"), e.message);
    const r = validateWebhook(body, options);
    assert.ok(r.issues[0].message.startsWith(start), r.issues[0].message);
    assert.equal(r.issues[0].message.indexOf("invalid options"), r.issues[0].message.lastIndexOf("invalid options"));
  }
  assert.ok(thrown(() => decodeWebhook(body, { secretKey: null })).message.startsWith(`${start}secretKey is given but undefined`));
});

test("fresh options objects with equal content: right results, and invalid ones still refused", () => {
  const body = JSON.stringify(bodies.thread_closed()); // secret_key "test-secret-1"
  for (let i = 0; i < 50; i++) {
    assert.equal(validateWebhook(body, { secretKey: "test-secret-1" }).ok, true);
    assert.deepEqual(validateWebhook(body, { secretKey: "other" }).issues.map((i) => i.code), ["secret_mismatch"]);
    // A string is not the array of its parts.
    assert.equal(validateWebhook(body, { secretKey: ["x", "test-secret-1"] }).ok, true);
    assert.equal(validateWebhook(body, { secretKey: "x,test-secret-1" }).ok, false);
    assert.equal(decodeWebhook(body, { secretKey: "test-secret-1" }).action, "thread_closed");
  }
  // Invalid objects whose known options equal a cached valid one are still refused.
  for (const options of [
    { secretKey: "test-secret-1", bogus: 1 },
    { secretKey: "test-secret-1", unknownFields: undefined, maxDepth: NaN },
    { secretKey: "test-secret-1", maxBytes: Infinity },
    { secretKey: ["test-secret-1", undefined] },
    { secretKey: ["test-secret-1", , "y"] }, // eslint-disable-line no-sparse-arrays
    { secretKey: new String("test-secret-1") },
    Object.create({ secretKey: undefined }),
  ]) {
    assert.throws(() => decodeWebhook(body, options), TypeError);
    assert.equal(validateWebhook(body, options).ok, false);
  }
  // Options are read once per object: changing it later has no effect.
  const hoisted = { apiVersion: "3.1", secretKey: "test-secret-1" };
  assert.equal(validateWebhook(body, hoisted).ok, true);
  hoisted.secretKey = "changed";
  assert.equal(validateWebhook(body, hoisted).ok, true);
});

test("a body object whose toJSON gives nothing is invalid_type, not an internal error", () => {
  const body = { toJSON() { return undefined; } };
  const r = validateWebhook(body);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["invalid_type", ""]]);
  assert.match(r.issues[0].message, /the body object serialises to nothing/);
  assert.doesNotMatch(r.issues[0].message, /internal/);
  const e = thrown(() => decodeWebhook(body));
  assert.ok(e instanceof WebhookError);
  assert.equal(e.code, "invalid_type");
});

test("bodies over 1 GiB are too_large whatever maxBytes says; maxBytes above that is accepted", () => {
  const s = JSON.stringify(bodies.thread_closed());
  assert.equal(validateWebhook(s, { maxBytes: 2 ** 40 }).ok, true);
  assert.equal(validateWebhook(Buffer.from(s), { maxBytes: 2 ** 40 }).ok, true);
  // Zero-filled buffers are allocated lazily, so 1 GiB + 1 costs nothing until it is copied, which
  // must not happen.
  for (const big of [new Uint8Array(2 ** 30 + 1), new ArrayBuffer(2 ** 30 + 1)]) {
    const r = validateWebhook(big, { maxBytes: 2 ** 40 });
    assert.deepEqual(r.issues.map((i) => [i.code, i.pointer]), [["too_large", ""]]);
    assert.match(r.issues[0].message, /1073741824 bytes/);
    assert.doesNotMatch(r.issues[0].message, /internal/);
  }
  // Under the default limit it is the ordinary maxBytes refusal.
  assert.match(validateWebhook(new Uint8Array(2 ** 30 + 1)).issues[0].message, /maxBytes/);
});

test("one leading BOM is skipped, a second one is an error, never a SyntaxError", () => {
  const text = JSON.stringify(bodies.thread_closed());
  const bom = "\ufeff";
  const utf8 = (s) => new TextEncoder().encode(s);
  for (const body of [bom + text, utf8(bom + text)]) {
    assert.deepEqual(decodeWebhook(body), JSON.parse(text));
    assert.deepEqual(validateWebhook(body).value, JSON.parse(text));
  }
  for (const body of [bom + bom + text, utf8(bom + bom + text)]) {
    const r = validateWebhook(body);
    assert.equal(r.ok, false);
    assert.deepEqual(r.issues.map((i) => i.code), ["invalid_json"]);
    assert.throws(() => decodeWebhook(body), WebhookError);
  }
});

test("a string body with a lone surrogate is refused, as its object and bytes forms are", () => {
  const b = bodies.thread_closed();
  b.payload.user_id = "PLACEHOLDER";
  // JSON.stringify would escape the surrogate; the raw string must hold it as is.
  const text = JSON.stringify(b, null, 2).replace("PLACEHOLDER", "cut \ud83d");
  b.payload.user_id = "cut \ud83d";
  const r = validateWebhook(text);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.code), ["invalid_encoding"]);
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("\ud83d")) + 1;
  assert.equal(r.issues[0].line, line);
  assert.equal(r.issues[0].column, lines[line - 1].indexOf("\ud83d") + 1);
  assert.equal(validateWebhook(b).ok, false);
  // A proper pair is fine, and so is a real U+FFFD.
  b.payload.user_id = "whole \ud83d\ude00";
  assert.equal(validateWebhook(JSON.stringify(b)).ok, true);
  b.payload.user_id = "replaced \ufffd";
  assert.deepEqual(decodeWebhook(JSON.stringify(b)), b);
});

test("a Map is not taken for options", () => {
  const text = JSON.stringify(bodies.thread_closed());
  const options = new Map([["secretKey", "x"]]);
  assert.throws(() => decodeWebhook(text, options), TypeError);
  const r = validateWebhook(text, options);
  assert.equal(r.ok, false);
  assert.match(r.issues[0].message, /Map/);
});

test("an object body with toJSON() is decoded as what it serialises to", () => {
  const inner = bodies.thread_closed();
  const body = { toJSON: () => inner };
  assert.deepEqual(decodeWebhook(body), inner);
  assert.equal(decodeWebhook(body).action, "thread_closed");
  assert.deepEqual(validateWebhook(body).value, inner);
});

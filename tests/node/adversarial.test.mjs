// Hostile bodies through the release package, as a user imports it: each gets its exact code
// (and place where it matters), validateWebhook never throws, decodeWebhook throws nothing but a
// WebhookError, and the module still decodes a good body afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import support from "./support.cjs";
import fixtures from "./bodies.cjs";

const { dir } = support.setup();
const { decodeWebhook, validateWebhook, WebhookError } = await import(pathToFileURL(join(dir, "esm.mjs")).href);

// These bodies are 3.1 bodies, whatever the default version becomes.
const V = { apiVersion: "3.1" };
const good = JSON.stringify(fixtures.bodies.incoming_event());
const enc = (s) => new TextEncoder().encode(s);

// A valid incoming_event whose message text is the JSON `text`, written as given.
function message(text) {
  return `{"webhook_id":"w1","secret_key":"k-Base","action":"incoming_event","payload":{"chat_id":"C1","thread_id":"T1","event":{"id":"E1","type":"message","author_id":"a1","created_at":"2024-03-18T10:14:58.100001Z","recipients":"all","text":${text}}}}`;
}

// Validate and decode `body`; they must agree, failures must be WebhookErrors, and the module
// must still work. Returns the issues as [code, pointer, line, column].
function outcome(body, options = V) {
  const r = validateWebhook(body, options);
  let thrown;
  try {
    decodeWebhook(body, options);
  } catch (e) {
    thrown = e;
  }
  if (r.ok) assert.equal(thrown, undefined, "decode agrees with validate");
  else {
    assert.ok(thrown instanceof WebhookError, `a WebhookError, not ${thrown}`);
    assert.deepEqual(thrown.issues, r.issues);
  }
  assert.equal(decodeWebhook(good, V).action, "incoming_event", "still works");
  return r.issues.map((i) => [i.code, i.pointer, i.line, i.column]);
}

test("invalid UTF-8 bytes: invalid_encoding at the byte", () => {
  const b = enc(message('"ab__"'));
  const at = Buffer.from(b).indexOf("__");
  b[at] = 0xc3;
  assert.deepEqual(outcome(b), [["invalid_encoding", "/payload/event/text", 1, at + 1]]);
  // Overlong forms and UTF-8-encoded surrogates are not UTF-8 either.
  for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
    const x = Buffer.from(message('"x"'));
    const at = x.lastIndexOf("x");
    const b = Buffer.concat([x.subarray(0, at), Buffer.from(bad), x.subarray(at + 1)]);
    assert.deepEqual(outcome(b), [["invalid_encoding", "/payload/event/text", 1, at + 1]]);
  }
});

test("a lone surrogate: as an escape, and as a character of a string body", () => {
  const escaped = message('"\\ud800"');
  assert.deepEqual(outcome(escaped), [["invalid_encoding", "/payload/event/text", 1, escaped.indexOf("\\ud800") + 1]]);
  // A JS string can hold one: it would become U+FFFD on its way into UTF-8.
  const raw = message('"a\ud800b"');
  assert.deepEqual(outcome(raw), [["invalid_encoding", "", 1, raw.indexOf("\ud800") + 1]]);
  // A whole pair, escaped, is one character.
  assert.equal(decodeWebhook(message('"\\ud83d\\ude00"'), V).payload.event.text, "😀");
});

test("a byte order mark: one is skipped, a second is invalid_json", () => {
  const body = message('"hi"');
  assert.equal(decodeWebhook("\ufeff" + body, V).payload.event.text, "hi");
  assert.equal(decodeWebhook(enc("\ufeff" + body), V).payload.event.text, "hi");
  assert.deepEqual(outcome("\ufeff\ufeff" + body), [["invalid_json", "", 1, 2]]);
  assert.deepEqual(outcome(enc("\ufeff\ufeff" + body)), [["invalid_json", "", 1, 2]]);
});

test("\\u0000 in strings is kept", () => {
  assert.deepEqual(outcome(message('"a\\u0000b"')), []);
  assert.equal(decodeWebhook(message('"a\\u0000b"'), V).payload.event.text, "a\u0000b");
  assert.deepEqual(outcome(message('"a\u0000b"')).map((i) => i.slice(0, 2)), [["invalid_json", "/payload/event/text"]]);
});

test("duplicate keys at every level, bare or escaped", () => {
  const body = JSON.parse(good);
  // Every object of the body, by pointer, with its first key.
  const objects = [];
  const walk = (v, at) => {
    if (Array.isArray(v)) v.forEach((x, n) => walk(x, `${at}/${n}`));
    else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      if (keys.length > 0) objects.push([at, keys[0]]);
      for (const k of keys) walk(v[k], `${at}/${k}`);
    }
  };
  walk(body, "");
  assert.ok(objects.length >= 3);
  const write = (v, at, target, dupKey) => {
    if (Array.isArray(v)) return `[${v.map((x, n) => write(x, `${at}/${n}`, target, dupKey)).join(",")}]`;
    if (v === null || typeof v !== "object") return JSON.stringify(v);
    const members = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x, `${at}/${k}`, target, dupKey)}`);
    if (at === target) {
      const [k, x] = Object.entries(v)[0];
      members.splice(1, 0, `${dupKey(k)}:${write(x, `${at}/${k}`, target, dupKey)}`);
    }
    return `{${members.join(",")}}`;
  };
  const bare = (k) => JSON.stringify(k);
  const wrapped = (k) => `"\\u${k.charCodeAt(0).toString(16).padStart(4, "0")}${k.slice(1)}"`;
  for (const [at, key] of objects) {
    for (const dupKey of [bare, wrapped]) {
      const issues = outcome(write(body, "", at, dupKey)).filter((i) => i[0] === "duplicate_key");
      assert.deepEqual(issues.map((i) => i[1]), [`${at}/${key}`], `${dupKey.name} ${at}/${key}`);
    }
  }
});

test("numbers JSON.parse would change", () => {
  const withExtra = (n) => message('"x"').replace("{", `{"extra":${n},`);
  for (const n of ["1e400", "-1e400", "18446744073709551616", "9007199254740993"]) {
    assert.deepEqual(outcome(withExtra(n)).map((i) => i.slice(0, 2)), [["number_out_of_range", "/extra"]], n);
  }
  assert.deepEqual(outcome(withExtra("-0")), []);
  const license = message('"x"').replace("{", '{"license_id":-0,');
  assert.deepEqual(outcome(license).map((i) => i.slice(0, 2)), [["invalid_type", "/license_id"]]);
});

test("10,000 nested arrays: too_deep, as text, bytes and a parsed object", () => {
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const body = message('"x"').replace("{", `{"extra":${deep},`);
  const want = [["too_deep", "/extra" + "/0".repeat(63), 1, body.indexOf("[") + 64]];
  assert.deepEqual(outcome(body), want);
  assert.deepEqual(outcome(enc(body)), want);
  // A parsed object that deep: JSON.stringify itself gives up (a RangeError), which is reported.
  const parsed = validateWebhook(JSON.parse(body), V);
  assert.deepEqual(parsed.issues.map((i) => i.code), ["invalid_json"]);
  assert.match(parsed.issues[0].message, /cannot be serialised/);
  outcome(JSON.parse(body));
  // Lifting maxDepth does not lift the cap of 512.
  const lifted = validateWebhook(body, { ...V, maxDepth: 100_000 });
  assert.deepEqual(lifted.issues.map((i) => [i.code, i.expected]), [["too_deep", "at most 512 levels"]]);
});

test("the default limits: 1 MiB and 64 levels", () => {
  const nest = (levels) => message('"x"').replace("{", `{"extra":${"[".repeat(levels - 1)}${"]".repeat(levels - 1)},`);
  assert.deepEqual(outcome(nest(64)), []);
  assert.deepEqual(outcome(nest(65)).map((i) => i[0]), ["too_deep"]);
  // The padding sits in an unknown field: a message's text is limited to 16 KB.
  const padded = (s) => message('"x"').replace("{", `{"note":"${s}",`);
  const pad = 1024 * 1024 - padded("").length;
  assert.deepEqual(outcome(padded("a".repeat(pad))), []);
  const over = padded("a".repeat(pad + 1));
  assert.deepEqual(outcome(over), [["too_large", "", undefined, undefined]]);
  assert.deepEqual(outcome(enc(over)), [["too_large", "", undefined, undefined]]);
  // Over in UTF-8 though not in UTF-16 units: the checker measures bytes.
  const wide = padded("é".repeat(pad / 2 + 1));
  assert.ok(wide.length <= 1024 * 1024);
  assert.deepEqual(outcome(wide).map((i) => i[0]), ["too_large"]);
});

test("a 50 MB string decodes with the limit lifted", () => {
  const big = "ü".repeat(25 * 1024 * 1024);
  const body = message('"x"').replace("{", `{"note":"${big}",`);
  assert.deepEqual(outcome(body).map((i) => i[0]), ["too_large"]);
  const lifted = { ...V, maxBytes: 64 * 1024 * 1024 };
  assert.equal(decodeWebhook(body, lifted).note, big);
  assert.equal(decodeWebhook(enc(body), lifted).note, big);
});

test("every JSON value type at the root", () => {
  for (const [body, received] of [
    ['"a string"', "string"], ["42", "number"], ["true", "true"], ["false", "false"], ["null", "null"], ["[]", "array"],
  ]) {
    assert.deepEqual(outcome(body), [["invalid_type", "", 1, 1]], body);
    assert.equal(validateWebhook(body, V).issues[0].received, received);
    assert.deepEqual(outcome(enc(body)), [["invalid_type", "", 1, 1]], body);
  }
  // Parsed values: objects go through the checker; anything else is refused in JS.
  assert.deepEqual(outcome([]).map((i) => i.slice(0, 2)), [["invalid_type", ""]]);
  for (const v of [null, undefined, 42, true, "", Symbol("x"), () => 1, 10n]) {
    const r = validateWebhook(v, V);
    assert.equal(r.ok, false);
    assert.ok(["invalid_type", "invalid_json"].includes(r.issues[0].code), String(typeof v));
  }
  const missing = outcome("{}").map((i) => i[1]).sort();
  assert.deepEqual(missing, ["/action", "/payload", "/secret_key", "/webhook_id"]);
});

test("empty bodies", () => {
  for (const body of ["", "  \n", "\ufeff", new Uint8Array(0), new ArrayBuffer(0), enc("\ufeff")]) {
    const issues = outcome(body);
    assert.deepEqual(issues.map((i) => i.slice(0, 2)), [["invalid_json", ""]]);
  }
});

test("trailing garbage after the JSON", () => {
  const body = message('"x"');
  for (const tail of ["x", "{}", body, ",", "\u0000", "\ufeff"]) {
    assert.deepEqual(outcome(`${body} \n${tail}`), [["invalid_json", "", 2, 1]], JSON.stringify(tail));
  }
  assert.deepEqual(outcome(`${body} \r\n\t`), []);
});

test("the same key once wrapped, once bare", () => {
  const body = message('"x"').replace("{", '{"\\u0061ction":"incoming_event",');
  assert.deepEqual(outcome(body).map((i) => i.slice(0, 2)), [["duplicate_key", "/action"]]);
  const inner = message('"x"').replace('"text"', '"t\\u0065xt":"y","text"');
  assert.deepEqual(outcome(inner).map((i) => i.slice(0, 2)), [["duplicate_key", "/payload/event/text"]]);
});

test("neither secret leaks into any part of the error", () => {
  const EXPECTED = "expected-Secret-Opt";
  const RECEIVED = "received-Secret-Body";
  const body = message('"x"').replace("k-Base", RECEIVED);
  const variants = [
    body,
    body.replace(RECEIVED, `${RECEIVED}\\ud800`),
    body.replace(`"${RECEIVED}"`, `["${RECEIVED}", 1e400]`),
    body.replace(`"${RECEIVED}"`, `"${RECEIVED}`),
  ];
  for (const options of [{ ...V, secretKey: EXPECTED }, { ...V, secretKey: [EXPECTED, "second-Secret-Opt"] }]) {
    for (const b of [...variants, ...variants.map(enc)]) {
      let e;
      try {
        decodeWebhook(b, options);
      } catch (x) {
        e = x;
      }
      assert.ok(e instanceof WebhookError);
      const surfaces = [
        e.message, e.stack, String(e), e.toString(), JSON.stringify(e), JSON.stringify(e.issues),
        JSON.stringify(validateWebhook(b, options)), Object.entries(e).map(String).join(),
      ];
      for (const s of surfaces) for (const secret of [EXPECTED, "second-Secret-Opt", RECEIVED]) {
        assert.ok(!String(s).includes(secret), `${secret} leaked: ${s}`);
      }
    }
  }
  // A wrong secretKey option (a secret of the wrong type) names the option, never its value.
  for (const secretKey of [[EXPECTED, 42], ""]) {
    let e;
    try {
      decodeWebhook(body, { ...V, secretKey });
    } catch (x) {
      e = x;
    }
    assert.ok(e instanceof TypeError);
    assert.ok(!`${e.message}${e.stack}${JSON.stringify(e)}`.includes(EXPECTED));
    const r = validateWebhook(body, { ...V, secretKey });
    assert.ok(!JSON.stringify(r).includes(EXPECTED));
  }
});

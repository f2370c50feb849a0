// End-to-end test of the playground in headless Chromium (playwright-core; never downloads a
// browser). Expects a built www/dist (node www/build.mjs); starts www/serve.mjs on a free port.
//
//   node tests/www/e2e.mjs
//
// Writes target/www/playground.png (errors view) and target/www/playground-decoded.png.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "www/dist");
const shots = join(root, "target/www");
const SECRET = "pw-Zebra-4471-do-not-show";

if (!existsSync(join(dist, "index.html"))) {
  console.error("tests/www/e2e.mjs: www/dist is missing: run node www/build.mjs first");
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`tests/www/e2e.mjs: ${CHROMIUM} not found (apt-get install chromium)`);
  process.exit(1);
}

// ---- bodies written for this test -----------------------------------------------------------

const pretty = (v) => JSON.stringify(v, null, 2) + "\n";

const threadClosed = (secret) =>
  pretty({
    webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
    secret_key: secret,
    action: "thread_closed",
    payload: { chat_id: "E2ECHAT001", thread_id: "E2ETHRD001", user_id: "carol@example.net" },
    additional_data: {},
  });

// A chat thread with four problems, each one on its own line.
const manyErrors = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: "e2e",
  action: "incoming_chat_thread",
  payload: {
    chat: {
      id: "E2ECHAT002",
      users: [{ id: "carol@example.net", type: "agent", name: "Carol", present: true }],
      thread: {
        id: "E2ETHRD002",
        timestamp: "yesterday",
        active: true,
        user_ids: ["carol@example.net"],
        order: 7,
        events: [
          {
            id: "E2ETHRD002_1",
            type: "message",
            author_id: "carol@example.net",
            created_at: "not a date",
            recipients: "everybody",
            text: "hello",
          },
          {
            id: "E2ETHRD002_2",
            type: "message",
            author_id: "carol@example.net",
            created_at: "2024-03-05T10:15:01.880000Z",
            recipients: "all",
            text: 12,
          },
        ],
      },
    },
  },
});

/** 1-based line and UTF-16 column of the n-th (0-based) occurrence of `needle`, plus `shift`. */
function where(text, needle, shift = 0, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `test bug: ${JSON.stringify(needle)} not in body`);
  }
  at += shift;
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - before.lastIndexOf("\n") };
}
// Positions of the offending values (the value token, after `"key": `).
const valueAt = (needle, nth = 0) => where(manyErrors, needle, needle.length, nth);
const expectedMany = [
  { code: "invalid_type", pointer: "/payload/chat/thread/timestamp", ...valueAt('"timestamp": ') },
  { code: "invalid_value", pointer: "/payload/chat/thread/events/0/created_at", ...valueAt('"created_at": ') },
  { code: "invalid_value", pointer: "/payload/chat/thread/events/0/recipients", ...valueAt('"recipients": ') },
  { code: "invalid_type", pointer: "/payload/chat/thread/events/1/text", ...valueAt('"text": ', 1) },
];

const badJson = '{\n  "action": "thread_closed",\n  "payload": {\n    "chat_id": "E2ECHAT003",,\n  }\n}\n';
const badJsonAt = where(badJson, ",,", 1); // the second comma

const unknownFieldBody = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: "e2e",
  action: "thread_closed",
  payload: { chat_id: "E2ECHAT004", thread_id: "E2ETHRD004", mood: "sunny" },
});

// ---- harness --------------------------------------------------------------------------------

const results = [];
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push(`ok    ${name} (${Date.now() - started} ms)`);
    console.log(`ok    ${name}`);
  } catch (err) {
    results.push(`FAIL  ${name}`);
    console.log(`FAIL  ${name}\n${err && err.stack ? err.stack : err}`);
    throw err;
  }
}

function startServer() {
  return new Promise((ok, ko) => {
    const child = spawn(process.execPath, [join(root, "www/serve.mjs")], {
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /Playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok({ child, url: m[1] });
    });
    child.on("exit", (code) => ko(new Error(`server exited early with ${code}: ${out}`)));
  });
}

/** Wait until the playground has validated the current text (no pending debounce/worker). */
async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.busy === "0", null, { timeout: 15000 });
}

/** Replace the editor's text by pasting (a real paste event, handled by CodeMirror). */
async function paste(page, text) {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", t);
    document
      .querySelector(".cm-content")
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  assert.equal(await page.evaluate(() => window.playground.body()), text, "the paste replaced the text");
  await settled(page);
}

async function issueRows(page) {
  return page.$$eval("#issues > li", (rows) =>
    rows.map((r) => ({
      code: r.dataset.code,
      severity: r.dataset.severity,
      pointer: r.dataset.pointer,
      line: r.dataset.line === undefined ? undefined : Number(r.dataset.line),
      column: r.dataset.column === undefined ? undefined : Number(r.dataset.column),
      loc: r.querySelector(".loc").textContent,
      message: r.querySelector(".msg").textContent,
    })),
  );
}

const key = (i) => `${i.code} ${i.pointer}`;

// ---- run ------------------------------------------------------------------------------------

let server;
let context;
const profile = mkdtempSync(join(tmpdir(), "lcw-e2e-chromium-"));
let failed = false;
try {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  const base = server.url;

  // The server itself: the wasm must come with its MIME type.
  await step("server serves the page and the .wasm as application/wasm", async () => {
    const page = await fetch(base);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<script type="module" src="\.\/main\.js">/);
    const wasm = (await import("node:fs")).readdirSync(dist).find((f) => f.endsWith(".wasm"));
    const res = await fetch(new URL(wasm, base));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/wasm");
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], "wasm magic");
    assert.equal((await fetch(new URL("../../etc/passwd", base))).status, 404);
  });

  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1360, height: 900 },
  });
  const problems = [];
  const wasmResponses = [];
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
      if (res.url().endsWith(".wasm")) wasmResponses.push(res);
    });
  };
  context.on("page", watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);

  await step("page loads the wasm module with no console errors", async () => {
    await page.goto(base);
    await page.waitForFunction(() => document.documentElement.dataset.engine, null, { timeout: 20000 });
    assert.equal(await page.getAttribute("html", "data-engine"), "ready", await page.textContent("#status"));
    await settled(page);
    assert.match(await page.textContent("#engine"), /wasm loaded in \d+ ms/);
    assert.ok(wasmResponses.length >= 1, "the .wasm file was requested");
    assert.equal(await wasmResponses[0].headerValue("content-type"), "application/wasm");
    assert.deepEqual(problems, []);
  });

  await step("valid samples show as decoded with their action", async () => {
    for (const [sample, action] of [
      ["incoming_chat_thread", "incoming_chat_thread"],
      ["thread_closed", "thread_closed"],
    ]) {
      await page.selectOption("#sample", sample);
      await settled(page);
      assert.equal(await page.getAttribute("#status", "data-state"), "ok", await page.textContent("#status"));
      assert.equal(await page.textContent("#status .action"), action);
      assert.ok(await page.isVisible("#decoded"), "decoded section visible");
      assert.equal(await page.$$eval("#issues > li", (r) => r.length), 0);
      const json = JSON.parse(await page.textContent("#json"));
      assert.equal(json.action, action, "pretty JSON is the decoded value");
      assert.match(await page.textContent("#tree"), new RegExp(action));
      assert.ok((await page.$$eval("#summary tr", (r) => r.length)) >= 2, "summary rows");
    }
    await page.selectOption("#sample", "incoming_chat_thread");
    await settled(page);
    await page.screenshot({ path: join(shots, "playground-decoded.png") });
  });

  await step("the built-in invalid samples are rejected with their problems listed", async () => {
    await page.selectOption("#sample", "several_errors");
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-state"), "error");
    const codes = (await issueRows(page)).map((r) => r.code).sort();
    assert.deepEqual(codes, ["invalid_type", "invalid_value", "invalid_value", "missing_field"]);
    await page.selectOption("#sample", "bad_json");
    await settled(page);
    assert.deepEqual((await issueRows(page)).map((r) => r.code), ["invalid_json"]);
  });

  await step("a body with several errors lists all of them, with positions and markers", async () => {
    await paste(page, manyErrors);
    assert.equal(await page.getAttribute("#status", "data-state"), "error");
    assert.equal(await page.isVisible("#decoded"), false);
    const rows = await issueRows(page);
    assert.deepEqual(rows.map(key).sort(), expectedMany.map(key).sort(), "codes and pointers");
    for (const want of expectedMany) {
      const got = rows.find((r) => key(r) === key(want));
      assert.equal(got.severity, "error", key(want));
      assert.deepEqual({ line: got.line, column: got.column }, { line: want.line, column: want.column }, key(want));
      assert.equal(got.loc, `${want.line}:${want.column}`);
      assert.ok(got.message.length > 0);
    }
    assert.match(await page.textContent("#counts"), /^4 errors, 0 warnings$/);
    // Editor diagnostics: one per issue, underlined ranges and gutter markers.
    assert.equal(await page.getAttribute("html", "data-diagnostics"), String(expectedMany.length));
    await page.waitForSelector(".cm-lintRange-error");
    assert.ok((await page.$$(".cm-lintRange-error")).length >= expectedMany.length, "underlines");
    assert.ok((await page.$$(".cm-lint-marker-error")).length >= 1, "gutter markers");
    // Clicking an issue moves the cursor to it.
    for (const want of [expectedMany[3], expectedMany[0]]) {
      await page.click(`#issues > li[data-pointer="${want.pointer}"]`);
      const cursor = await page.evaluate(() => window.playground.cursor());
      assert.deepEqual(cursor, { line: want.line, column: want.column }, `cursor after clicking ${want.pointer}`);
      assert.equal(await page.textContent(".cm-activeLineGutter"), String(want.line));
    }
    await page.screenshot({ path: join(shots, "playground.png") });
  });

  await step("bad JSON shows invalid_json with its position", async () => {
    await paste(page, badJson);
    const rows = await issueRows(page);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0].code, "invalid_json");
    assert.deepEqual({ line: rows[0].line, column: rows[0].column }, badJsonAt);
    assert.equal(await page.getAttribute("html", "data-diagnostics"), "1");
  });

  await step("unknownFields option: keep, warn, reject", async () => {
    await paste(page, unknownFieldBody);
    const seen = {};
    for (const mode of ["keep", "warn", "reject"]) {
      await page.selectOption("#unknownFields", mode);
      await settled(page);
      seen[mode] = {
        state: await page.getAttribute("#status", "data-state"),
        issues: (await issueRows(page)).map((r) => `${r.code} ${r.severity} ${r.pointer}`),
      };
    }
    assert.deepEqual(seen, {
      keep: { state: "ok", issues: [] },
      warn: { state: "warn", issues: ["unknown_field warning /payload/mood"] },
      reject: { state: "error", issues: ["unknown_field error /payload/mood"] },
    });
    await page.selectOption("#unknownFields", "keep");
    await settled(page);
  });

  await step("unknownActions option: reject, accept", async () => {
    await paste(page, threadClosed("e2e").replace('"thread_closed"', '"chat_teleported"'));
    const codes = async () => (await issueRows(page)).map((r) => r.code);
    assert.deepEqual(await codes(), ["unknown_action"]);
    await page.selectOption("#unknownActions", "accept");
    await settled(page);
    // Accepted: decoded (perhaps with a warning about the action), never an error.
    assert.equal(await page.getAttribute("#status", "data-ok"), "true");
    assert.equal(await page.textContent("#status .action"), "chat_teleported");
    for (const row of await issueRows(page)) assert.equal(row.severity, "warning", key(row));
    await page.selectOption("#unknownActions", "reject");
    await settled(page);
  });

  await step("the secret never appears in the page after a mismatch", async () => {
    await paste(page, threadClosed("the-body-secret"));
    await page.fill("#secretKey", SECRET);
    await settled(page);
    const rows = await issueRows(page);
    assert.deepEqual(rows.map(key), ["secret_mismatch /secret_key"]);
    const text = await page.evaluate(() => document.body.innerText + "\n" + document.documentElement.outerHTML);
    assert.equal(text.includes(SECRET), false, "secret in the DOM");
    assert.equal(page.url().includes(SECRET), false, "secret in the URL");
    assert.equal(await page.evaluate((s) => decodeURIComponent(location.hash).includes(s), SECRET), false);
    // The matching secret clears the issue.
    await page.fill("#secretKey", "the-body-secret");
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
    await page.fill("#secretKey", "");
    await settled(page);
  });

  await step("the URL hash round-trips: reload and a new tab show the same body and options", async () => {
    await paste(page, manyErrors);
    await page.selectOption("#unknownFields", "warn");
    await settled(page);
    const url = page.url();
    assert.match(url, /#[zb]1/);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
    await settled(page);
    assert.equal(await page.evaluate(() => window.playground.body()), manyErrors);
    assert.equal(await page.inputValue("#unknownFields"), "warn");
    assert.equal((await issueRows(page)).length, expectedMany.length);
    const other = await context.newPage();
    await other.goto(url);
    await other.waitForFunction(() => document.documentElement.dataset.engine === "ready");
    await settled(other);
    assert.equal(await other.evaluate(() => window.playground.body()), manyErrors);
    assert.equal(await other.inputValue("#unknownFields"), "warn");
    await other.close();
  });

  await step("the main-thread fallback (?worker=0) validates the same way", async () => {
    const other = await context.newPage();
    await other.goto(new URL("?worker=0", base).href);
    await other.waitForFunction(() => document.documentElement.dataset.engine === "ready");
    await settled(other);
    assert.match(await other.textContent("#engine"), /runs in the main thread/);
    await paste(other, manyErrors);
    assert.deepEqual((await issueRows(other)).map(key).sort(), expectedMany.map(key).sort());
    await other.close();
  });

  await step("no console errors, failed requests or page errors during the run", async () => {
    assert.deepEqual(problems, []);
  });
} catch {
  failed = true;
} finally {
  if (context) await context.close().catch(() => {});
  if (server) server.child.kill("SIGTERM");
  rmSync(profile, { recursive: true, force: true });
}

console.log(`\nplayground e2e: ${results.filter((r) => r.startsWith("ok")).length} passed, ${failed ? 1 : 0} failed`);
if (!failed) console.log(`screenshots: ${join(shots, "playground.png")}, playground-decoded.png`);
process.exit(failed ? 1 : 0);

// End-to-end test of the playground in headless Chromium (Debian's, through playwright-core; no
// browser is downloaded). Expects a built www/dist (node www/build.mjs); starts www/serve.mjs on
// a free port. Every request the browser makes is recorded: any that leaves the page's origin
// fails the run.
//
//   node tests/www/e2e.mjs
//
// Writes screenshots to target/playground-screenshots/ (listed at the end of the run).
import { chromium } from "playwright-core";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.mjs";
import { results, step, startServer, settled, ready, paste, issueRows, treeType, key, sorted } from "./harness.mjs";
import * as bodies from "./bodies.mjs";
import { compileSnippet } from "./snippet-check.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "www/dist");
const pkgDir = resolve(process.env.LCW_PKG || join(root, "pkg"));
const shots = join(root, "target/playground-screenshots");
const SECRET = "pw-Zebra-4471-do-not-show";

if (!existsSync(join(dist, "index.html"))) {
  console.error("tests/www/e2e.mjs: www/dist is missing: run node www/build.mjs first");
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`tests/www/e2e.mjs: ${CHROMIUM} not found (apt-get install chromium)`);
  process.exit(1);
}

// The case files the samples come from: the expectations of every sample are read here.
const readCases = (f) => JSON.parse(readFileSync(join(root, "tests/cases", f), "utf8"));
const versionCases = readCases("versions.json");
const cases = {
  valid: [...readCases("valid.json"), ...versionCases.filter((c) => c.expect?.ok)],
  invalid: [...readCases("invalid.json"), ...versionCases.filter((c) => !c.expect?.ok)],
};
const caseByName = new Map([...cases.valid, ...cases.invalid].map((c) => [c.name, c]));
const versionOf = (c) => c.options?.apiVersion ?? "3.1";

/** Click a copy button and wait for it to say it copied (the copy is asynchronous). */
async function clickCopy(page, selector, done) {
  const before = await page.textContent(selector);
  await page.click(selector);
  await page.waitForFunction(([sel, label]) => document.querySelector(sel).textContent !== label, [selector, before]);
  assert.equal(await page.textContent(selector), done);
  await page.waitForFunction(([sel, label]) => document.querySelector(sel).textContent === label, [selector, before]);
}

const written = [];
async function shoot(page, name) {
  const path = join(shots, name);
  await page.screenshot({ path });
  written.push(path);
}

let server;
let context;
const profile = mkdtempSync(join(tmpdir(), "lcw-e2e-chromium-"));
let failed = false;
try {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  server = await startServer(root);
  const base = server.url;
  const origin = new URL(base).origin;

  await step("server serves the page and the .wasm as application/wasm", async () => {
    const page = await fetch(base);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<script type="module" src="\.\/main\.js">/);
    assert.match(html, /Content-Security-Policy[^>]*connect-src 'self'/, "the page forbids requests elsewhere");
    const wasm = readdirSync(dist).find((f) => f.endsWith(".wasm"));
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
    colorScheme: "light",
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const problems = [];
  const requests = [];
  // Every request of every page and worker of the context, whatever answers it.
  context.on("request", (req) => requests.push(req.url()));
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
    });
  };
  context.on("page", watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);

  await step("page loads the wasm module in a Web Worker with no console errors", async () => {
    await page.goto(base);
    await page.waitForFunction(() => document.documentElement.dataset.engine, null, { timeout: 20000 });
    assert.equal(await page.getAttribute("html", "data-engine"), "ready", await page.textContent("#status"));
    await settled(page);
    assert.match(await page.textContent("#engine"), /wasm loaded in \d+ ms · runs in a Web Worker/);
    assert.equal(await page.evaluate(() => window.playground.mode()), "worker");
    assert.ok(requests.some((u) => u.endsWith(".wasm")), "the .wasm file was requested");
    assert.match(await page.textContent("#privacy"), /Nothing leaves this browser/);
    assert.deepEqual(problems, []);
  });

  await step("the samples cover every (API version, action) of the valid cases", async () => {
    const samples = await page.evaluate(() => window.playground.samples());
    const versions = await page.evaluate(() => window.playground.versions());
    const offered = await page.$$eval("#apiVersion option", (o) => o.map((x) => x.value));
    assert.deepEqual(offered, versions, "the version control lists the versions");
    const have = new Set(samples.filter((s) => s.kind === "valid").map((s) => `${s.options.apiVersion} ${s.action}`));
    const want = new Set();
    for (const c of cases.valid) {
      const extra = Object.keys(c.options ?? {}).filter((k) => !["apiVersion", "unknownFields", "unknownActions"].includes(k));
      if (c.body && typeof c.body.action === "string" && extra.length === 0) want.add(`${versionOf(c)} ${c.body.action}`);
    }
    assert.ok(want.size >= 24, `at least the 24 actions of API 3.1 (${want.size})`);
    assert.deepEqual(sorted(have), sorted(want));
    for (const v of new Set(samples.map((s) => s.options.apiVersion))) assert.ok(versions.includes(v), `version ${v} offered`);
    const broken = samples.filter((s) => s.kind === "broken");
    assert.ok(broken.length >= 3, "a few broken samples");
    const pickerIds = await page.$$eval("#sample option", (o) => o.map((x) => x.value));
    for (const s of samples) assert.ok(pickerIds.includes(s.id), `${s.id} in the picker`);
  });

  await step("every sample, picked, gives what its case in tests/cases expects", async () => {
    const samples = await page.evaluate(() => window.playground.samples());
    for (const s of samples) {
      const c = caseByName.get(s.caseName);
      assert.ok(c, `sample ${s.id}: no case named ${JSON.stringify(s.caseName)}`);
      const text = typeof c.raw === "string" ? c.raw : JSON.stringify(c.body, null, 2);
      assert.equal(s.body.replace(/\n$/, ""), text.replace(/\n$/, ""), `${s.id} is its case's body`);
      await page.selectOption("#sample", s.id);
      await settled(page);
      const label = `${s.id} (${c.name})`;
      assert.equal(await page.inputValue("#apiVersion"), versionOf(c), `${label}: the version control follows the sample`);
      assert.equal(await page.evaluate(() => window.playground.body()), s.body, label);
      const rows = await issueRows(page);
      const want = c.expect.issues ?? [];
      assert.deepEqual(sorted(rows.map((r) => r.code)), sorted(want.map((i) => i.code)), `${label}: issue codes`);
      assert.deepEqual(sorted(rows.map(key)), sorted(want.map(key)), `${label}: issue pointers`);
      for (const w of want.filter((i) => i.line !== undefined)) {
        const got = rows.find((r) => key(r) === key(w));
        assert.deepEqual([got.line, got.column], [w.line, w.column], `${label}: position of ${key(w)}`);
      }
      assert.equal(await page.getAttribute("#status", "data-ok"), String(c.expect.ok), label);
      if (c.expect.ok) {
        assert.equal(await page.isVisible("#decoded"), true, label);
        const headline = await page.textContent("#headline");
        assert.ok(headline.startsWith(`${s.action}: `), `${label}: headline ${JSON.stringify(headline)}`);
        assert.ok(headline.length > s.action.length + 8, `${label}: the headline says what it means`);
        assert.doesNotMatch(headline, /undefined|\[object/, `${label}: ${headline}`);
        const rootType = await treeType(page, "");
        assert.ok(rootType && rootType.name !== "Webhook" && rootType.from, `${label}: root narrowed, got ${JSON.stringify(rootType)}`);
        assert.equal((await treeType(page, "/payload")) !== null, true, `${label}: payload typed`);
      } else {
        assert.equal(await page.isVisible("#decoded"), false, label);
        const positioned = rows.filter((r) => r.line !== undefined).length;
        assert.equal(await page.getAttribute("html", "data-diagnostics"), String(positioned), `${label}: editor markers`);
      }
    }
  });

  await page.selectOption("#sample", "v3.1-incoming_chat_thread");
  await settled(page);
  await shoot(page, "valid-light.png");

  await step("the tree names the narrowed TypeScript type of each node", async () => {
    await page.selectOption("#apiVersion", "3.1");
    await paste(page, bodies.messageEvent);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
    assert.equal(
      await page.textContent("#headline"),
      "incoming_event: a new message event in chat E2ECHAT005",
    );
    assert.deepEqual(await treeType(page, ""), { name: "EnvelopeV3_1<EventPayloadV3_1>", from: "WebhookV3_1" });
    assert.deepEqual(await treeType(page, "/payload"), { name: "EventPayloadV3_1", from: null });
    assert.deepEqual(await treeType(page, "/payload/event"), { name: "MessageEvent", from: "Event" });
    assert.deepEqual(await treeType(page, "/payload/event/recipients"), { name: "Recipients", from: null });
    assert.deepEqual(await treeType(page, "/payload/event/created_at"), { name: "Timestamp", from: null });
    assert.deepEqual(await treeType(page, "/payload/event/mood"), { name: "(not in the model)", from: null });
    await page.click('#tree details[data-pointer="/payload/event/properties"] > summary');
    await page.click('#tree details[data-pointer="/payload/event/properties/lc2"] > summary');
    assert.deepEqual(await treeType(page, "/payload/event/properties/lc2/seen"), { name: "WrappedValue", from: "PropertyValue" });
    await paste(page, bodies.agentAdded);
    assert.match(await page.textContent("#headline"), /^chat_user_added: agent Dave \(dave@example\.net\) joined chat E2ECHAT006/);
    assert.deepEqual(await treeType(page, "/payload/user"), { name: "Agent", from: "User" });
    assert.deepEqual(await treeType(page, "/payload/user/routing_status"), { name: "RoutingStatus", from: null });
    await paste(page, bodies.typedCustomer);
    assert.deepEqual(await treeType(page, "/payload"), { name: "TypedCustomer", from: "CustomerCreatedPayload" });
  });

  await step("the body's secret_key is masked in the tree and the JSON until revealed", async () => {
    await paste(page, bodies.messageEvent);
    const visible = async () => page.evaluate(() => document.querySelector("#decoded").innerText);
    assert.equal((await visible()).includes(bodies.BODY_SECRET), false, "masked in the tree");
    await page.click("#tab-json");
    assert.equal((await page.textContent("#json")).includes(bodies.BODY_SECRET), false, "masked in the JSON");
    await page.click("#tab-tree");
    await page.click("#tree button.reveal");
    assert.equal(await page.getAttribute("#tree button.reveal", "aria-pressed"), "true");
    assert.ok((await visible()).includes(bodies.BODY_SECRET), "shown once revealed");
    await page.click("#tab-json");
    assert.equal(JSON.parse(await page.textContent("#json")).secret_key, bodies.BODY_SECRET);
    await page.click("#tab-tree");
    await page.click("#tree button.reveal");
    assert.equal((await visible()).includes(bodies.BODY_SECRET), false, "masked again");
  });

  await step("copy buttons: the decoded JSON, and TypeScript that compiles against the package", async () => {
    await paste(page, bodies.messageEvent);
    await clickCopy(page, "#copy-json", "JSON copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.deepEqual(JSON.parse(copied), JSON.parse(bodies.messageEvent));
    await clickCopy(page, "#copy-ts", "TypeScript copied");
    const ts = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(ts, await page.textContent("#ts"));
    assert.match(ts, /apiVersion: "3\.1"/);
    assert.match(ts, /webhook\.action === "incoming_event"/);
    assert.match(ts, /event\.type === "message"/);
    assert.deepEqual(compileSnippet(ts, pkgDir), [], ts);
    // Each valid sample's snippet compiles too.
    for (const s of (await page.evaluate(() => window.playground.samples())).filter((x) => x.kind === "valid")) {
      await page.selectOption("#sample", s.id);
      await settled(page);
      const snippet = await page.textContent("#ts");
      assert.match(snippet, new RegExp(`webhook\\.action === "${s.action}"`), s.id);
      assert.deepEqual(compileSnippet(snippet, pkgDir), [], `${s.id}:\n${snippet}`);
    }
    // With a secret set, the snippet reads it from the environment and never holds it. The last
    // sample left its API version selected; this body is a 3.1 one.
    await page.selectOption("#apiVersion", "3.1");
    await paste(page, bodies.threadClosed(SECRET));
    await page.fill("#secretKey", SECRET);
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
    const withSecret = await page.textContent("#ts");
    assert.equal(withSecret.includes(SECRET), false, "the secret is never in the snippet");
    assert.match(withSecret, /secretKey: process\.env\.LIVECHAT_WEBHOOK_SECRET/);
    assert.deepEqual(compileSnippet(withSecret, pkgDir), [], withSecret);
    await page.fill("#secretKey", "");
    await settled(page);
  });

  await step("a body with several errors: each issue listed, underlined at its line and column", async () => {
    await page.selectOption("#apiVersion", "3.1");
    await paste(page, bodies.manyErrors);
    assert.equal(await page.getAttribute("#status", "data-state"), "error");
    assert.equal(await page.isVisible("#decoded"), false);
    const rows = await issueRows(page);
    const expected = bodies.expectedMany;
    assert.deepEqual(sorted(rows.map(key)), sorted(expected.map(key)), "codes and pointers");
    for (const want of expected) {
      const got = rows.find((r) => key(r) === key(want));
      assert.equal(got.severity, "error", key(want));
      assert.deepEqual({ line: got.line, column: got.column }, { line: want.line, column: want.column }, key(want));
      assert.equal(got.loc, `${want.line}:${want.column}`);
      assert.ok(got.message.length > 0);
    }
    assert.match(await page.textContent("#counts"), /^4 errors, 0 warnings$/);
    await page.waitForSelector(".cm-lintRange-error");
    const markers = await page.evaluate(() => window.playground.markers());
    assert.deepEqual(
      sorted(markers.map((m) => `${m.line}:${m.column} ${m.severity}`)),
      sorted(expected.map((w) => `${w.line}:${w.column} error`)),
      "one underline at each issue's line and column",
    );
    assert.ok((await page.$$(".cm-lint-marker-error")).length >= 1, "gutter markers");
    for (const want of [expected[3], expected[0]]) {
      await page.click(`#issues > li[data-pointer="${want.pointer}"]`);
      const cursor = await page.evaluate(() => window.playground.cursor());
      assert.deepEqual(cursor, { line: want.line, column: want.column }, `cursor after clicking ${want.pointer}`);
      assert.equal(await page.textContent(".cm-activeLineGutter"), String(want.line));
    }
    // The keyboard does the same: an issue row takes focus and Enter moves the cursor.
    await page.focus(`#issues > li[data-pointer="${expected[1].pointer}"]`);
    await page.keyboard.press("Enter");
    assert.deepEqual(await page.evaluate(() => window.playground.cursor()), { line: expected[1].line, column: expected[1].column });
    await shoot(page, "invalid-light.png");
  });

  await step("invalid JSON shows where parsing stopped", async () => {
    await paste(page, bodies.badJson);
    const rows = await issueRows(page);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0].code, "invalid_json");
    assert.deepEqual({ line: rows[0].line, column: rows[0].column }, bodies.badJsonAt);
    assert.equal(await page.getAttribute("html", "data-diagnostics"), "1");
    const at = bodies.badJsonAt;
    assert.match(await page.textContent("#counts"), new RegExp(`JSON parsing stopped at line ${at.line}, column ${at.column}$`));
    const markers = await page.evaluate(() => window.playground.markers());
    assert.deepEqual(markers.map((m) => [m.line, m.column]), [[at.line, at.column]]);
    await shoot(page, "invalid-json-light.png");
  });

  await step("unknownFields option: keep, warn, reject", async () => {
    await paste(page, bodies.unknownFieldBody);
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
    const markers = await page.evaluate(() => window.playground.markers());
    assert.deepEqual(markers.map((m) => m.severity), ["error"]);
    await page.selectOption("#unknownFields", "keep");
    await settled(page);
  });

  await step("unknownActions option: reject, accept (typed UnknownWebhook)", async () => {
    await paste(page, bodies.threadClosed("e2e").replace('"thread_closed"', '"chat_teleported"'));
    const codes = async () => (await issueRows(page)).map((r) => r.code);
    assert.deepEqual(await codes(), ["unknown_action"]);
    await page.selectOption("#unknownActions", "accept");
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-ok"), "true");
    assert.equal(await page.textContent("#status .action"), "chat_teleported");
    for (const row of await issueRows(page)) assert.equal(row.severity, "warning", key(row));
    assert.deepEqual(await treeType(page, ""), { name: "UnknownWebhook", from: null });
    assert.match(await page.textContent("#headline"), /^chat_teleported: an action this API version does not define/);
    await page.selectOption("#unknownActions", "reject");
    await settled(page);
  });

  await step("the secret option is never shown, stored, or put in the URL", async () => {
    await paste(page, bodies.threadClosed("the-body-secret"));
    await page.fill("#secretKey", SECRET);
    await settled(page);
    const rows = await issueRows(page);
    assert.deepEqual(rows.map(key), ["secret_mismatch /secret_key"]);
    const text = await page.evaluate(() => document.body.innerText + "\n" + document.documentElement.outerHTML);
    assert.equal(text.includes(SECRET), false, "secret in the DOM");
    assert.equal(page.url().includes(SECRET), false, "secret in the URL");
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookies: "", databases: 0 });
    await page.fill("#secretKey", "the-body-secret");
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
    await page.fill("#secretKey", "");
    await settled(page);
  });

  await step("a share link (compressed, in the fragment) reproduces the state, the body's secret_key blanked", async () => {
    const bodySecret = "whsec-Share-Me-Not-77";
    const shared = bodies.manyErrors.replace('"secret_key": "e2e"', `"secret_key": "${bodySecret}"`);
    const blanked = bodies.manyErrors.replace('"secret_key": "e2e"', `"secret_key": "${"•".repeat(bodySecret.length)}"`);
    await paste(page, shared);
    await page.selectOption("#unknownFields", "warn");
    await settled(page);
    const before = await issueRows(page);
    await clickCopy(page, "#share", "Link copied");
    const url = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(url, page.url(), "the copied link is the page's URL");
    const hash = new URL(url).hash;
    assert.match(hash, /^#z1[A-Za-z0-9_-]+$/, "deflate-compressed");
    assert.ok(hash.length < shared.length, `compressed: ${hash.length} < ${shared.length}`);
    assert.equal(new URL(url).search, "", "nothing in the query string: the fragment never reaches a server");
    const other = await context.newPage();
    await other.goto(url);
    await ready(other);
    assert.equal(await other.evaluate(() => window.playground.body()), blanked, "same body, secret_key blanked");
    assert.equal(await other.inputValue("#unknownFields"), "warn");
    assert.equal(await other.inputValue("#apiVersion"), await page.inputValue("#apiVersion"));
    // Blanking keeps lengths, so every issue is the same, at the same line and column.
    assert.deepEqual(await issueRows(other), before);
    assert.equal((await other.evaluate(() => document.documentElement.outerHTML)).includes(bodySecret), false);
    await other.close();
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => window.playground.body()), blanked);
    assert.deepEqual(await issueRows(page), before);
    await page.selectOption("#unknownFields", "keep");
    await settled(page);
  });

  await step("a dropped file and an opened file replace the body", async () => {
    const text = bodies.threadClosed("dropped");
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "webhook.json", { type: "application/json" }));
      const target = document.querySelector(".cm-content");
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    }, text);
    await page.waitForFunction((t) => window.playground.body() === t, text);
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
    const opened = bodies.threadClosed("opened");
    const chooser = page.waitForEvent("filechooser");
    await page.click("#open");
    await (await chooser).setFiles({ name: "w.json", mimeType: "application/json", buffer: Buffer.from(opened) });
    await page.waitForFunction((t) => window.playground.body() === t, opened);
    await settled(page);
  });

  await step("a 1 MB paste is validated in the worker and only the visible tree is built", async () => {
    // 1 MB, within the default maxBytes (1 MiB): the playground passes no maxBytes.
    const big = bodies.bigChatThread(1000 * 1000);
    assert.ok(big.length >= 1000 * 1000 && big.length <= 1024 * 1024, `${big.length} bytes`);
    await paste(page, big);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok", await page.textContent("#status"));
    assert.equal(await page.evaluate(() => window.playground.mode()), "worker");
    const events = JSON.parse(big).payload.chat.thread.events.length;
    assert.match(await page.textContent("#headline"), new RegExp(`with 1 user and ${events} events$`));
    // The thread starts closed: its thousands of events are built when it is opened.
    const nodes = await page.$$eval("#tree *", (e) => e.length);
    assert.ok(nodes < 400, `tree nodes built before opening: ${nodes}`);
    await page.click('#tree details[data-pointer="/payload/chat/thread"] > summary');
    await page.click('#tree details[data-pointer="/payload/chat/thread/events"] > summary');
    await page.waitForSelector('#tree details[data-pointer="/payload/chat/thread/events"] > .t-children');
    assert.equal(
      await page.$$eval('#tree details[data-pointer="/payload/chat/thread/events"] > .t-children > *', (e) => e.length),
      events,
    );
    // The page still answers: typing after the big paste is validated again.
    await paste(page, bodies.messageEvent);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
  });

  await step("keyboard: every control is reachable with Tab", async () => {
    await paste(page, bodies.manyErrors);
    await page.focus("#sample");
    const reached = new Set();
    for (let i = 0; i < 40; i++) {
      reached.add(await page.evaluate(() => {
        const a = document.activeElement;
        return a.id || (a.classList.contains("cm-content") ? "editor" : a.matches("#issues > li") ? "issue" : a.tagName);
      }));
      await page.keyboard.press("Tab");
    }
    for (const id of ["sample", "open", "share", "editor", "apiVersion", "unknownFields", "unknownActions", "secretKey", "issue"]) {
      assert.ok(reached.has(id), `${id} reachable, reached: ${[...reached].join(", ")}`);
    }
  });

  await step("dark theme follows the system; a narrow window has no horizontal scrolling", async () => {
    const luminance = (page, sel) =>
      page.evaluate((s) => {
        const [r, g, b] = getComputedStyle(document.querySelector(s)).backgroundColor.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      }, sel);
    await page.selectOption("#sample", "v3.1-incoming_event");
    await settled(page);
    assert.ok((await luminance(page, "body")) > 0.8, "light page");
    assert.ok((await luminance(page, ".cm-editor")) > 0.8, "light editor");
    assert.ok((await luminance(page, ".cm-gutters")) > 0.8, "light gutter");
    await page.emulateMedia({ colorScheme: "dark" });
    // The editor switches on the media query's change event.
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".cm-gutters")).backgroundColor !== "rgb(245, 245, 245)");
    assert.ok((await luminance(page, "body")) < 0.2, "dark page");
    assert.ok((await luminance(page, ".cm-editor")) < 0.2, "dark editor");
    assert.ok((await luminance(page, ".cm-gutters")) < 0.2, "dark gutter (the editor's own dark theme)");
    await shoot(page, "valid-dark.png");
    await paste(page, bodies.manyErrors);
    await shoot(page, "invalid-dark.png");
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 400, height: 860 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(await overflow(), 0, "invalid state fits a narrow window");
    await shoot(page, "invalid-narrow.png");
    await page.selectOption("#sample", "v3.1-incoming_chat_thread");
    await settled(page);
    assert.equal(await overflow(), 0, "valid state fits a narrow window");
    await page.evaluate(() => document.querySelector("#decoded").scrollIntoView());
    await shoot(page, "valid-narrow.png");
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  await step("the main-thread fallback (?worker=0) validates the same way", async () => {
    const other = await context.newPage();
    await other.goto(new URL("?worker=0", base).href);
    await ready(other);
    assert.match(await other.textContent("#engine"), /runs in the main thread/);
    await paste(other, bodies.manyErrors);
    assert.deepEqual(sorted((await issueRows(other)).map(key)), sorted(bodies.expectedMany.map(key)));
    await other.close();
  });

  await step("no request left 127.0.0.1, and no console errors, failed requests or page errors", async () => {
    assert.ok(requests.length > 0);
    const outside = requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin);
    assert.deepEqual(outside, [], "requests outside the page's origin");
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
if (written.length) console.log(`screenshots:\n  ${written.join("\n  ")}`);
process.exit(failed ? 1 : 0);

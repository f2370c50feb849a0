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
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.mjs";
import { results, step, startServer, settled, ready, paste, issueRows, treeType, view, key, sorted } from "./harness.mjs";
import * as bodies from "./bodies.mjs";
import { compileSnippets } from "./snippet-check.mjs";
import { hasSentence } from "../../www/src/headline.mjs";

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
// Push frames and app webhooks (the other kinds of body the page reads).
const pushCases = readCases("pushes.json");
const caseByName = new Map([...cases.valid, ...cases.invalid].map((c) => [c.name, c]));
const pushCaseByName = new Map(pushCases.map((c) => [c.name, c]));
const kindOfCase = (c) => (c.kind === "app" ? "app-webhook" : `${c.options.api}-push`);
const versionOf = (c) => c.options?.apiVersion ?? "3.1";
// The versions and actions the built package knows: every one must have a sample.
const { actionsByVersion } = await import(pathToFileURL(join(pkgDir, "node.mjs")).href);

/**
 * A module `tsc` accepts only if the page's claims about a sample hold: under the version it
 * was read as, the webhook with its action is exactly `{ action } & <root type shown>` (what
 * `WebhookOf` names), and the union it was narrowed from is that version's webhook type.
 */
function rootClaim({ action, readAs, root }) {
  const names = [...new Set(`${root.name} ${root.from}`.match(/[A-Za-z_]\w*/g))];
  return [
    `import type { WebhookOf, WebhooksByVersion, ${names.join(", ")} } from "livechat-webhooks";`,
    "type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;",
    `export const root: Same<{ action: ${JSON.stringify(action)} } & ${root.name}, WebhookOf<${JSON.stringify(action)}, ${JSON.stringify(readAs)}>> = true;`,
    `export const from: Same<${root.from}, WebhooksByVersion[${JSON.stringify(readAs)}]> = true;`,
  ].join("\n");
}

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
    const have = new Set(samples.filter((s) => s.kind === "valid" && s.bodyKind === "webhook").map((s) => `${s.options.apiVersion} ${s.action}`));
    const want = new Set();
    for (const c of cases.valid) {
      const extra = Object.keys(c.options ?? {}).filter((k) => !["apiVersion", "unknownFields", "unknownActions"].includes(k));
      if (c.body && typeof c.body.action === "string" && extra.length === 0) want.add(`${versionOf(c)} ${c.body.action}`);
    }
    assert.ok(want.size >= 24, `at least the 24 actions of API 3.1 (${want.size})`);
    assert.deepEqual(sorted(have), sorted(want));
    for (const [version, actions] of Object.entries(actionsByVersion)) {
      for (const action of actions) {
        assert.ok(have.has(`${version} ${action}`), `a sample of API ${version} ${action}`);
        assert.ok(hasSentence(action), `the headline has a sentence for ${action}`);
      }
    }
    for (const s of samples) {
      const offers = await page.evaluate((k) => window.playground.versionsOf(k), s.bodyKind);
      if (s.bodyKind === "app-webhook") assert.equal(s.options.apiVersion, "", `${s.id}: app webhooks have no version`);
      else assert.ok(offers.includes(s.options.apiVersion), `${s.id}: version ${s.options.apiVersion} offered for ${s.bodyKind}`);
    }
    const broken = samples.filter((s) => s.kind === "broken");
    assert.ok(broken.length >= 3, "a few broken samples");
    const pickerIds = await page.$$eval("#sample option", (o) => o.map((x) => x.value));
    for (const s of samples) assert.ok(pickerIds.includes(s.id), `${s.id} in the picker`);
  });

  // What the page said about each valid sample: checked by the compiler in the next step.
  const typed = [];
  // Snippets of the steps below, compiled together at the end (one program is much cheaper).
  const toCompile = [];
  await step("every sample, picked, gives what its case in tests/cases expects", async () => {
    const samples = (await page.evaluate(() => window.playground.samples())).filter((s) => s.bodyKind === "webhook");
    for (const s of samples) {
      const c = caseByName.get(s.caseName);
      assert.ok(c, `sample ${s.id}: no case named ${JSON.stringify(s.caseName)}`);
      const text = typeof c.raw === "string" ? c.raw : JSON.stringify(c.body, null, 2);
      assert.equal(s.body.replace(/\n$/, ""), text.replace(/\n$/, ""), `${s.id} is its case's body`);
      await page.selectOption("#sample", s.id);
      await settled(page);
      const label = `${s.id} (${c.name})`;
      const shown = await view(page, ["", "/payload"]);
      assert.equal(shown.apiVersion, versionOf(c), `${label}: the version control follows the sample`);
      assert.equal(shown.body, s.body, label);
      const rows = shown.rows;
      const want = c.expect.issues ?? [];
      assert.deepEqual(sorted(rows.map((r) => r.code)), sorted(want.map((i) => i.code)), `${label}: issue codes`);
      assert.deepEqual(sorted(rows.map(key)), sorted(want.map(key)), `${label}: issue pointers`);
      for (const w of want.filter((i) => i.line !== undefined)) {
        const got = rows.find((r) => key(r) === key(w));
        assert.deepEqual([got.line, got.column], [w.line, w.column], `${label}: position of ${key(w)}`);
      }
      assert.equal(shown.ok, String(c.expect.ok), label);
      assert.equal(shown.decodedVisible, c.expect.ok, label);
      if (c.expect.ok) {
        const headline = shown.headline;
        assert.ok(headline.startsWith(`${s.action}: `), `${label}: headline ${JSON.stringify(headline)}`);
        assert.equal(shown.written, "true", `${label}: a sentence written for ${s.action}`);
        assert.doesNotMatch(headline, /undefined|\[object|\bnull\b/, `${label}: ${headline}`);
        // "auto" says which version it read; the types follow that version.
        const readAs = s.options.apiVersion === "auto" ? shown.readAs : s.options.apiVersion;
        assert.ok(readAs in actionsByVersion, `${label}: read as ${readAs}`);
        if (s.options.apiVersion !== "auto") assert.equal(shown.readAs, null, label);
        const [root, payload] = shown.types;
        assert.ok(root?.from, `${label}: root narrowed, got ${JSON.stringify(root)}`);
        assert.ok(payload && root.name.endsWith(`<${payload.from ?? payload.name}>`), `${label}: payload ${JSON.stringify(payload)} is the envelope's ${root.name}`);
        typed.push({ id: s.id, action: s.action, version: versionOf(c), readAs, root, snippet: shown.ts });
      } else {
        const positioned = rows.filter((r) => r.line !== undefined).length;
        assert.equal(shown.diagnostics, String(positioned), `${label}: editor markers`);
      }
    }
  });

  await step("every decoded sample's TypeScript compiles, and its tree's root type is what tsc says", async () => {
    const decoded = (await page.evaluate(() => window.playground.samples())).filter((x) => x.expect.ok && x.bodyKind === "webhook");
    assert.deepEqual(typed.map((t) => t.id), decoded.map((x) => x.id), "every sample that decodes was read");
    assert.ok(decoded.filter((x) => x.kind === "valid").length > 0);
    const modules = typed.flatMap((t) => [t.snippet, rootClaim(t)]);
    const messages = compileSnippets(modules, pkgDir);
    typed.forEach((t, i) => {
      assert.match(t.snippet, new RegExp(`webhook\\.action === "${t.action}"`), t.id);
      assert.ok(t.snippet.includes(`decodeWebhook(rawBody, { apiVersion: ${JSON.stringify(t.version)}`), t.id);
      assert.deepEqual(messages[2 * i], [], `${t.id} snippet:\n${t.snippet}`);
      assert.deepEqual(messages[2 * i + 1], [], `${t.id} root ${JSON.stringify(t.root)}:\n${rootClaim(t)}`);
    });
  });

  await step("kinds: the apiVersion choices follow the kind (pushes 3.2–3.7 and auto, app webhooks none)", async () => {
    const kinds = await page.$$eval("#kind option", (o) => o.map((x) => x.value));
    assert.deepEqual(kinds, ["webhook", "agent-push", "customer-push", "app-webhook"]);
    const { pushesByVersion } = await import(pathToFileURL(join(pkgDir, "node.mjs")).href);
    for (const kind of ["agent-push", "customer-push"]) {
      await page.selectOption("#kind", kind);
      await settled(page);
      const offered = await page.$$eval("#apiVersion option", (o) => o.map((x) => x.value));
      assert.deepEqual(offered, [...Object.keys(pushesByVersion[kind.replace("-push", "")]), "auto"], kind);
      assert.ok(offered.includes("3.2") && offered.includes("3.7"), kind);
      assert.equal(await page.isDisabled("#secretKey"), true, `${kind}: no secret`);
    }
    await page.selectOption("#kind", "app-webhook");
    await settled(page);
    assert.equal(await page.isDisabled("#apiVersion"), true, "app webhooks: no version to choose");
    assert.deepEqual(await page.$$eval("#apiVersion option", (o) => o.map((x) => x.value)), [""]);
    await page.selectOption("#kind", "webhook");
    await settled(page);
    assert.deepEqual(await page.$$eval("#apiVersion option", (o) => o.map((x) => x.value)), await page.evaluate(() => window.playground.versions()));
    assert.equal(await page.isDisabled("#apiVersion"), false);
    assert.equal(await page.isDisabled("#secretKey"), false);
  });

  await step("kinds: every push and app webhook sample, picked, gives what tests/cases/pushes.json expects, typed", async () => {
    const samples = (await page.evaluate(() => window.playground.samples())).filter((s) => s.bodyKind !== "webhook");
    assert.deepEqual(sorted(samples.map((s) => s.caseName)), sorted(pushCases.map((c) => c.name)), "a sample per case");
    for (const kind of ["agent-push", "customer-push", "app-webhook"]) {
      assert.ok(samples.some((s) => s.bodyKind === kind && s.kind === "valid"), `a valid ${kind} sample`);
    }
    const snippets = [];
    for (const s of samples) {
      const c = pushCaseByName.get(s.caseName);
      const label = `${s.id} (${c.name})`;
      assert.equal(s.body.replace(/\n$/, ""), JSON.stringify(c.body, null, 2), `${label} is its case's body`);
      await page.selectOption("#sample", s.id);
      await settled(page);
      const shown = await view(page, ["", "/payload"]);
      assert.equal(await page.inputValue("#kind"), kindOfCase(c), `${label}: the kind control follows the sample`);
      assert.equal(shown.apiVersion, c.options.apiVersion ?? "", `${label}: the version control follows the sample`);
      const want = c.expect.issues ?? [];
      assert.deepEqual(sorted(shown.rows.map(key)), sorted(want.map(key)), `${label}: issues`);
      assert.equal(shown.ok, String(c.expect.ok), label);
      assert.equal(shown.decodedVisible, c.expect.ok, label);
      if (c.expect.ok) {
        const tag = c.kind === "app" ? "event" : "action";
        assert.equal(await page.textContent("#action"), c.body[tag], `${label}: its ${tag}`);
        assert.ok(shown.headline.startsWith(`${c.body[tag]}: `), `${label}: ${shown.headline}`);
        const [root, payload] = shown.types;
        assert.ok(payload?.name && payload.name !== "unknown", `${label}: the payload is typed, got ${JSON.stringify(payload)}`);
        // A push is named by its version's union; an app webhook by its envelope, narrowed by event.
        if (c.kind === "app") {
          assert.deepEqual(root, { name: `AppEnvelope<${payload.from ?? payload.name}>`, from: "AppWebhook" }, `${label}: the tree's root type`);
        } else {
          const union = `${c.options.api === "agent" ? "Agent" : "Customer"}PushV${c.options.apiVersion.replace(".", "_")}`;
          assert.equal(root?.name, union, `${label}: the tree's root type`);
        }
        assert.ok(await page.isVisible("#tree [data-pointer='/payload']"), `${label}: the tree shows the payload`);
        assert.equal(await page.textContent("#decoded-title"), `Decoded ${kindOfCase(c).replace("-", " ")}`, label);
        snippets.push({ label, ts: shown.ts });
      } else {
        const positioned = shown.rows.filter((r) => r.line !== undefined);
        assert.ok(positioned.length > 0, `${label}: the issues have a line and column`);
        for (const w of want.filter((i) => i.line !== undefined)) {
          const got = shown.rows.find((r) => key(r) === key(w));
          assert.deepEqual([got.line, got.column], [w.line, w.column], `${label}: position of ${key(w)}`);
        }
        assert.equal(shown.diagnostics, String(positioned.length), `${label}: editor markers`);
        const markers = await page.evaluate(() => window.playground.markers());
        for (const r of positioned) {
          assert.ok(markers.some((m) => m.line === r.line && m.column === r.column), `${label}: a marker at ${r.line}:${r.column}`);
        }
      }
    }
    const messages = compileSnippets(snippets.map((x) => x.ts), pkgDir);
    snippets.forEach((x, i) => assert.deepEqual(messages[i], [], `${x.label} snippet:\n${x.ts}`));
    await page.selectOption("#sample", samples.find((x) => x.bodyKind === "agent-push" && x.kind === "valid").id);
    await settled(page);
    await shoot(page, "agent-push.png");
  });

  await step("kinds: a push read with apiVersion auto says the version it found, and is typed by it", async () => {
    const s = (await page.evaluate(() => window.playground.samples())).find((x) => x.bodyKind === "agent-push" && x.options.apiVersion === "3.6" && x.kind === "valid");
    await page.selectOption("#sample", s.id);
    await page.selectOption("#apiVersion", "auto");
    await settled(page);
    const shown = await view(page, [""]);
    assert.equal(shown.ok, "true");
    assert.equal(shown.readAs, "3.6");
    assert.equal(shown.types[0].name, "AgentPushV3_6");
    assert.match(shown.ts, /decodePush\(rawBody, \{ api: "agent", apiVersion: "auto" \}\)/);
  });

  await step("kinds: the kind survives a share link round trip", async () => {
    const s = (await page.evaluate(() => window.playground.samples())).find((x) => x.bodyKind === "customer-push" && x.kind === "valid");
    await page.selectOption("#sample", s.id);
    await page.selectOption("#unknownFields", "warn");
    await settled(page);
    const before = await view(page, [""]);
    await clickCopy(page, "#share", "Link copied");
    const url = await page.evaluate(() => navigator.clipboard.readText());
    const other = await context.newPage();
    await other.goto(url);
    await ready(other);
    assert.equal(await other.inputValue("#kind"), "customer-push");
    assert.equal(await other.inputValue("#apiVersion"), s.options.apiVersion);
    assert.equal(await other.inputValue("#unknownFields"), "warn");
    const after = await view(other, [""]);
    assert.equal(after.body, s.body);
    assert.equal(after.ok, "true");
    assert.deepEqual(after.types, before.types, "the same typed tree");
    await other.close();
    await page.selectOption("#unknownFields", "keep");
    await settled(page);
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
    // The version's union narrowed by the action: a generic envelope, its payload the type argument.
    assert.deepEqual(await treeType(page, ""), { name: "EnvelopeV3_1<EventPayloadV3_1>", from: "WebhookV3_1" });
    assert.deepEqual(await treeType(page, "/payload"), { name: "EventPayloadV3_1", from: null });
    assert.deepEqual(await treeType(page, "/payload/event"), { name: "LiveChatMessageEventV3_1", from: "LiveChatEventV3_1" });
    assert.deepEqual(await treeType(page, "/payload/event/recipients"), { name: "Recipients", from: null });
    assert.deepEqual(await treeType(page, "/payload/event/created_at"), { name: "Timestamp", from: null });
    assert.deepEqual(await treeType(page, "/payload/event/mood"), { name: "(not in the model)", from: null });
    await page.click('#tree details[data-pointer="/payload/event/properties"] > summary');
    await page.click('#tree details[data-pointer="/payload/event/properties/lc2"] > summary');
    assert.deepEqual(await treeType(page, "/payload/event/properties/lc2/seen"), { name: "WrappedValue", from: "PropertyValue" });
    await paste(page, bodies.agentAdded);
    assert.match(await page.textContent("#headline"), /^chat_user_added: agent Dave \(dave@example\.net\) joined chat E2ECHAT006/);
    assert.deepEqual(await treeType(page, "/payload/user"), { name: "AgentV3_1", from: "UserV3_1" });
    assert.deepEqual(await treeType(page, "/payload/user/routing_status"), { name: "RoutingStatus", from: null });
    await paste(page, bodies.typedCustomer);
    assert.deepEqual(await treeType(page, "/payload"), { name: "TypedCustomerV3_1", from: "CustomerCreatedPayloadV3_1" });
  });

  /** The valid sample of a version and action, and the case it comes from. */
  async function sampleOf(version, action, fits = () => true) {
    const samples = await page.evaluate(() => window.playground.samples());
    const s = samples.find((x) => x.kind === "valid" && x.options.apiVersion === version && x.action === action && fits(caseByName.get(x.caseName)));
    assert.ok(s, `a valid ${version} ${action} sample`);
    await page.selectOption("#sample", s.id);
    await settled(page);
    return caseByName.get(s.caseName);
  }
  const open = async (pointer) => {
    await page.click(`#tree details[data-pointer="${pointer}"] > summary`);
    await page.waitForSelector(`#tree details[data-pointer="${pointer}"] > .t-children`);
  };

  await step("API 3.6: a thread's events are typed ThreadEvent members, deleted stubs DeletedEvent", async () => {
    const events = (c) => c.body.payload.chat.thread?.events ?? [];
    const c = await sampleOf("3.6", "incoming_chat", (x) => events(x).some((e) => e.deleted === true) && events(x).some((e) => e.type === "system"));
    assert.deepEqual(await treeType(page, ""), { name: "Envelope<IncomingChatPayload>", from: "WebhookV3_6" });
    assert.deepEqual(await treeType(page, "/payload"), { name: "IncomingChatPayload", from: null });
    await open("/payload/chat/thread");
    await open("/payload/chat/thread/events");
    const list = events(c);
    const at = (i) => treeType(page, `/payload/chat/thread/events/${i}`);
    assert.deepEqual(await at(list.findIndex((e) => e.deleted === true)), { name: "DeletedEvent", from: "ThreadEvent" });
    assert.deepEqual(await at(list.findIndex((e) => e.type === "system")), { name: "SystemEvent", from: "ThreadEvent" });
    assert.deepEqual(await at(list.findIndex((e) => e.type === "message" && !e.deleted)), { name: "LiveChatMessageEvent", from: "ThreadEvent" });
    const users = c.body.payload.chat.users;
    await open("/payload/chat/users");
    assert.deepEqual(await treeType(page, `/payload/chat/users/${users.findIndex((u) => u.type === "customer")}`), { name: "Customer", from: "User" });
    assert.deepEqual(await treeType(page, "/organization_id"), { name: "string", from: null });

    // The same deleted stub as an incoming_event: the snippet names it and still compiles.
    const stub = list.find((e) => e.deleted === true);
    const body = bodies.pretty({ ...(await sampleOf("3.6", "incoming_event")).body });
    const withStub = JSON.parse(body);
    withStub.payload.event = stub;
    await paste(page, bodies.pretty(withStub));
    assert.equal(await page.getAttribute("#status", "data-state"), "ok", await page.textContent("#status"));
    assert.deepEqual(await treeType(page, "/payload/event"), { name: "DeletedEvent", from: "ThreadEvent" });
    assert.match(await page.textContent("#headline"), new RegExp(`^incoming_event: .* event in chat ${withStub.payload.chat_id}, deleted`));
    const snippet = await page.textContent("#ts");
    assert.match(snippet, /\/\/ event: ThreadEvent; this one is a DeletedEvent/);
    toCompile.push({ label: "3.6 incoming_event of a deleted stub", text: snippet });
    await shoot(page, "v3.6-deleted-event-light.png");
  });

  await step("API 3.2: the envelope with license_id, typed per version", async () => {
    const c = await sampleOf("3.2", "incoming_event", (x) => typeof x.body.license_id === "number");
    assert.deepEqual(await treeType(page, ""), { name: "EnvelopeV3_2<EventPayloadV3_2>", from: "WebhookV3_2" });
    assert.deepEqual(await treeType(page, "/license_id"), { name: "number", from: null });
    assert.equal(await page.$eval('#tree [data-pointer="/license_id"] .t-val', (e) => e.textContent), String(c.body.license_id));
    // Without license_id a 3.2 body is incomplete (as its case says), while 3.1, where it is
    // optional, takes the same incoming_event without it.
    const missing = cases.invalid.find((x) => versionOf(x) === "3.2" && x.body && !("license_id" in x.body) && (x.expect.issues ?? []).some((i) => i.pointer === "/license_id"));
    assert.ok(missing, "a 3.2 case without license_id");
    await paste(page, bodies.pretty(missing.body));
    assert.equal(await page.inputValue("#apiVersion"), "3.2");
    assert.deepEqual(sorted((await issueRows(page)).map(key)), sorted(missing.expect.issues.map(key)));
    const { license_id, ...without } = c.body;
    await paste(page, bodies.pretty(without));
    await page.selectOption("#apiVersion", "3.1");
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-ok"), "true", await page.textContent("#status"));
    assert.deepEqual(await treeType(page, ""), { name: "EnvelopeV3_1<EventPayloadV3_1>", from: "WebhookV3_1" });
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
    // API 3.1 events are whole: their type narrows them; tsc checks the result.
    assert.match(ts, /if \(event\.type === "message"\) \{\n {4}const messageEvent: LiveChatMessageEventV3_1 = event;/);
    toCompile.push({ label: "3.1 message event", text: ts });
    // Each valid sample's snippet was compiled above, with the tree's claims.
    // With a secret set, the snippet reads it from the environment and never holds it.
    await paste(page, bodies.threadClosed(SECRET));
    await page.fill("#secretKey", SECRET);
    await settled(page);
    assert.equal(await page.getAttribute("#status", "data-state"), "ok");
    const withSecret = await page.textContent("#ts");
    assert.equal(withSecret.includes(SECRET), false, "the secret is never in the snippet");
    assert.match(withSecret, /secretKey: process\.env\.LIVECHAT_WEBHOOK_SECRET/);
    toCompile.push({ label: "with a secret", text: withSecret });
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
    toCompile.push({ label: "an unknown action accepted", text: await page.textContent("#ts") });
    // A known action with "accept": the value may be an UnknownWebhook, which isKnownWebhook rules out.
    await paste(page, bodies.messageEvent);
    assert.deepEqual(await treeType(page, ""), { name: "EnvelopeV3_1<EventPayloadV3_1>", from: "WebhookV3_1" });
    const known = await page.textContent("#ts");
    assert.match(known, /if \(isKnownWebhook\(webhook, "3\.1"\) && webhook\.action === "incoming_event"\)/);
    toCompile.push({ label: "a known action with unknownActions: accept", text: known });
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
    // 1 MB, within the package's default maxBytes (1 MiB, which the page does not change).
    const MAX_BYTES = 1024 * 1024;
    const big = bodies.bigChatThread(1000 * 1000);
    assert.ok(big.length >= 1000 * 1000 && Buffer.byteLength(big) <= MAX_BYTES, `${big.length} bytes`);
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
    // Beyond maxBytes the body is refused as too large, and the page says so.
    await paste(page, bodies.bigChatThread(MAX_BYTES + 1));
    assert.deepEqual((await issueRows(page)).map(key), ["too_large "]);
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
    for (const id of ["sample", "open", "share", "editor", "kind", "apiVersion", "unknownFields", "unknownActions", "secretKey", "issue"]) {
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
    await other.selectOption("#apiVersion", "3.1");
    await paste(other, bodies.manyErrors);
    assert.deepEqual(sorted((await issueRows(other)).map(key)), sorted(bodies.expectedMany.map(key)));
    await other.close();
  });

  await step("the TypeScript of the bodies above compiles against the package", async () => {
    assert.ok(toCompile.length >= 5, toCompile.map((x) => x.label).join(", "));
    const messages = compileSnippets(toCompile.map((x) => x.text), pkgDir);
    toCompile.forEach((x, i) => assert.deepEqual(messages[i], [], `${x.label}:\n${x.text}`));
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

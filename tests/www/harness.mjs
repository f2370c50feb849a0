// What the playground's e2e test needs around the browser: the server, named steps, and the
// page's own ways to wait for a result and to read it.
import { spawn } from "node:child_process";
import { join } from "node:path";
import assert from "node:assert/strict";

export const results = [];

/** Runs one named check; the first failure stops the run (later checks build on earlier state). */
export async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push(`ok    ${name} (${Date.now() - started} ms)`);
    console.log(results.at(-1));
  } catch (err) {
    results.push(`FAIL  ${name}`);
    console.log(`FAIL  ${name}\n${err && err.stack ? err.stack : err}`);
    throw err;
  }
}

/** Starts www/serve.mjs on a free port; resolves with the child and the URL it prints. */
export function startServer(root) {
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
export async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.busy === "0", null, { timeout: 30000 });
}

export async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 20000 });
  await settled(page);
}

/** Replace the editor's text by pasting (a real paste event, handled by CodeMirror). */
export async function paste(page, text) {
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

/**
 * Runs in the page: what it shows, read in one round trip (a few hundred samples are read).
 * `pointers`: the tree nodes whose type badge to read (`data-type`, and the union it narrows).
 */
function readView(pointers) {
  const badge = (ptr) => {
    const el = [...document.querySelectorAll("#tree [data-pointer]")].find((e) => e.dataset.pointer === ptr);
    if (!el) return null;
    const b = el.matches("details") ? el.querySelector(":scope > summary .t-type") : el.querySelector(":scope > .t-type");
    if (!b) return null;
    const from = b.querySelector(".t-from");
    return { name: b.dataset.type ?? "(not in the model)", from: from ? from.textContent.replace(/^ ⊂ /, "") : null };
  };
  const text = (sel) => document.querySelector(sel)?.textContent ?? null;
  const decoded = document.querySelector("#decoded");
  return {
    apiVersion: document.querySelector("#apiVersion").value,
    body: window.playground.body(),
    ok: document.querySelector("#status").dataset.ok,
    decodedVisible: !!(decoded.offsetWidth || decoded.offsetHeight || decoded.getClientRects().length),
    headline: text("#headline"),
    written: document.querySelector("#headline").dataset.written,
    readAs: text("#read-as"),
    ts: text("#ts"),
    diagnostics: document.documentElement.dataset.diagnostics,
    rows: [...document.querySelectorAll("#issues > li")].map((r) => ({
      code: r.dataset.code,
      severity: r.dataset.severity,
      pointer: r.dataset.pointer,
      line: r.dataset.line === undefined ? undefined : Number(r.dataset.line),
      column: r.dataset.column === undefined ? undefined : Number(r.dataset.column),
      loc: r.querySelector(".loc").textContent,
      message: r.querySelector(".msg").textContent,
    })),
    types: pointers.map(badge),
  };
}

/** Everything the page shows about the current body, with the type badges at `pointers`. */
export const view = (page, pointers = []) => page.evaluate(readView, pointers);

export async function issueRows(page) {
  return (await view(page)).rows;
}

/** The type badge of the tree node at a JSON Pointer (its `data-type`, and the union it narrows). */
export async function treeType(page, pointer) {
  // Children of a node just opened are built on its (asynchronous) toggle event.
  await page
    .waitForFunction((ptr) => [...document.querySelectorAll("#tree [data-pointer]")].some((e) => e.dataset.pointer === ptr), pointer, { timeout: 2000 })
    .catch(() => {});
  return (await view(page, [pointer])).types[0];
}

export const key = (i) => `${i.code} ${i.pointer}`;
export const sorted = (xs) => [...xs].sort();

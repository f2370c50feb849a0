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
    console.log(`ok    ${name}`);
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

export async function issueRows(page) {
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

/** The type badge of the tree node at a JSON Pointer (its `data-type`, and the union it narrows). */
export async function treeType(page, pointer) {
  // Children of a node just opened are built on its (asynchronous) toggle event.
  await page
    .waitForFunction((ptr) => [...document.querySelectorAll("#tree [data-pointer]")].some((e) => e.dataset.pointer === ptr), pointer, { timeout: 2000 })
    .catch(() => {});
  return page.evaluate((ptr) => {
    const el = [...document.querySelectorAll("#tree [data-pointer]")].find((e) => e.dataset.pointer === ptr);
    if (!el) return null;
    const badge = el.matches("details") ? el.querySelector(":scope > summary .t-type") : el.querySelector(":scope > .t-type");
    if (!badge) return null;
    const from = badge.querySelector(".t-from");
    return { name: badge.dataset.type ?? "(not in the model)", from: from ? from.textContent.replace(/^ ⊂ /, "") : null };
  }, pointer);
}

export const key = (i) => `${i.code} ${i.pointer}`;
export const sorted = (xs) => [...xs].sort();

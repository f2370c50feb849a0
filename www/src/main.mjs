// The playground: editor on the left, options, issues and the decoded webhook on the right.
import { createEditor, setText, showIssues, revealIssue, issueRange } from "./editor.mjs";
import { SAMPLES, DEFAULT_SAMPLE } from "./samples.mjs";
import { encodeState, decodeState, UNKNOWN_FIELDS, UNKNOWN_ACTIONS } from "./state.mjs";
import { createValidator } from "./client.mjs";
import { h, renderIssues, countIssues, renderSummary, renderTree } from "./render.mjs";

const DEBOUNCE_MS = 200;
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const ui = {
  sample: /** @type {HTMLSelectElement} */ ($("sample")),
  unknownFields: /** @type {HTMLSelectElement} */ ($("unknownFields")),
  unknownActions: /** @type {HTMLSelectElement} */ ($("unknownActions")),
  secretKey: /** @type {HTMLInputElement} */ ($("secretKey")),
  share: $("share"),
  status: $("status"),
  action: $("action"),
  counts: $("counts"),
  issues: $("issues"),
  issuesSection: $("issues-section"),
  decoded: $("decoded"),
  summary: $("summary"),
  tree: $("tree"),
  json: $("json"),
  engine: $("engine"),
  timing: $("timing"),
};

let validator = null;
let seq = 0; // bumps on every change; a result is shown only if it is the latest
let lastIssues = [];
let lastHash = "";
let timer = 0;

function options() {
  const o = { unknownFields: ui.unknownFields.value, unknownActions: ui.unknownActions.value };
  // An empty secret field means "do not check the secret".
  if (ui.secretKey.value !== "") o.secretKey = ui.secretKey.value;
  return o;
}

function setBusy(busy) {
  document.documentElement.dataset.busy = busy ? "1" : "0";
}

function matchSample(text) {
  const s = SAMPLES.find((x) => x.body === text);
  ui.sample.value = s ? s.id : "custom";
}

/** Schedule a validation; `now` skips the debounce (option changes, samples). */
function schedule(now = false) {
  seq++;
  setBusy(true);
  clearTimeout(timer);
  timer = setTimeout(validateNow, now ? 0 : DEBOUNCE_MS);
}

async function validateNow() {
  const mine = seq;
  const body = view.state.doc.toString();
  const saved = saveHash(body, mine);
  if (!validator) return; // validateNow runs again once the engine is ready
  const out = await validator.validate(body, options());
  await saved;
  if (mine !== seq) return; // a newer edit is on its way
  show(out);
  setBusy(false);
}

/** Write the shareable state into the hash, unless a newer change (seq) came meanwhile. */
async function saveHash(body, mine = seq) {
  const hash = await encodeState({
    body,
    unknownFields: ui.unknownFields.value,
    unknownActions: ui.unknownActions.value,
  });
  if (mine === seq && hash !== location.hash) {
    lastHash = hash;
    history.replaceState(null, "", hash);
  }
}

function show(out) {
  ui.timing.textContent = `validated in ${out.ms.toFixed(2)} ms`;
  if (out.engineError) {
    ui.status.dataset.state = "engine-error";
    ui.status.textContent = `The validator failed: ${out.engineError}`;
    lastIssues = [];
    showIssues(view, []);
    ui.issues.replaceChildren();
    ui.decoded.hidden = true;
    return;
  }
  const { result } = out;
  const issues = Array.isArray(result.issues) ? result.issues : [];
  lastIssues = issues;
  const counts = countIssues(issues);
  const marked = showIssues(view, issues);
  document.documentElement.dataset.diagnostics = String(marked);

  ui.status.dataset.ok = String(result.ok);
  ui.status.dataset.state = result.ok ? (counts.warnings ? "warn" : "ok") : "error";
  const label = result.ok ? (counts.warnings ? "Decoded, with warnings" : "Decoded") : "Rejected";
  const parts = [h("strong", {}, label)];
  if (result.ok) parts.push(" · action ", ui.action);
  ui.status.replaceChildren(...parts);
  ui.action.textContent = result.ok ? String(result.value.action) : "";
  ui.counts.textContent = counts.text;

  ui.issuesSection.hidden = issues.length === 0;
  renderIssues(ui.issues, issues, (issue, row) => {
    for (const r of ui.issues.children) r.classList.toggle("picked", r === row);
    revealIssue(view, issue);
  });
  markCursorIssues(view.state.selection.main.head);

  ui.decoded.hidden = !result.ok;
  if (result.ok) {
    renderSummary(ui.summary, result.value);
    renderTree(ui.tree, result.value);
    ui.json.textContent = JSON.stringify(result.value, null, 2);
  } else {
    ui.summary.replaceChildren();
    ui.tree.replaceChildren();
    ui.json.textContent = "";
  }
}

/** Highlight the issues whose marked range contains the cursor. */
function markCursorIssues(pos) {
  const rows = ui.issues.children;
  lastIssues.forEach((issue, i) => {
    const r = issueRange(view.state, issue);
    rows[i]?.classList.toggle("at-cursor", !!r && pos >= r.from && pos <= Math.max(r.to, r.from));
  });
}

// ---- start-up -------------------------------------------------------------------------------

for (const s of SAMPLES) ui.sample.append(h("option", { value: s.id }, s.label));
ui.sample.append(h("option", { value: "custom", disabled: true }, "Your own body"));
for (const v of UNKNOWN_FIELDS) ui.unknownFields.append(h("option", { value: v }, v));
for (const v of UNKNOWN_ACTIONS) ui.unknownActions.append(h("option", { value: v }, v));

const initial = (await decodeState(location.hash)) ?? {
  body: DEFAULT_SAMPLE.body,
  unknownFields: "keep",
  unknownActions: "reject",
};
ui.unknownFields.value = initial.unknownFields;
ui.unknownActions.value = initial.unknownActions;
lastHash = location.hash;

const view = createEditor($("editor"), initial.body, {
  onChange(text) {
    matchSample(text);
    schedule();
  },
  onCursor: markCursorIssues,
});
matchSample(initial.body);

ui.sample.addEventListener("change", () => {
  const s = SAMPLES.find((x) => x.id === ui.sample.value);
  if (s) setText(view, s.body);
  schedule(true);
});
for (const el of [ui.unknownFields, ui.unknownActions]) el.addEventListener("change", () => schedule(true));
ui.secretKey.addEventListener("input", () => schedule());

for (const tab of document.querySelectorAll("[role=tab]")) {
  tab.addEventListener("click", () => {
    for (const t of document.querySelectorAll("[role=tab]")) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      $(t.getAttribute("aria-controls")).hidden = !on;
    }
  });
}

ui.share.addEventListener("click", async () => {
  await saveHash(view.state.doc.toString());
  try {
    await navigator.clipboard.writeText(location.href);
    ui.share.textContent = "Link copied";
  } catch {
    ui.share.textContent = "Link is in the address bar";
  }
  setTimeout(() => (ui.share.textContent = "Copy link"), 1600);
});

// A link pasted into this tab's address bar: load its state.
window.addEventListener("hashchange", async () => {
  if (location.hash === lastHash) return;
  const state = await decodeState(location.hash);
  if (!state) return;
  lastHash = location.hash;
  ui.unknownFields.value = state.unknownFields;
  ui.unknownActions.value = state.unknownActions;
  setText(view, state.body);
  schedule(true);
});

// A small read-only hook for the e2e test and for debugging from the console.
window.playground = Object.freeze({
  body: () => view.state.doc.toString(),
  cursor: () => {
    const head = view.state.selection.main.head;
    const line = view.state.doc.lineAt(head);
    return { line: line.number, column: head - line.from + 1 };
  },
});

setBusy(true);
ui.engine.textContent = "loading the wasm module…";
try {
  validator = await createValidator({ worker: new URLSearchParams(location.search).get("worker") !== "0" });
  ui.engine.textContent = `livechat-webhooks wasm loaded in ${validator.loadMs.toFixed(0)} ms · runs in ${
    validator.mode === "worker" ? "a Web Worker" : "the main thread"
  }`;
  document.documentElement.dataset.engine = "ready";
  schedule(true);
} catch (err) {
  document.documentElement.dataset.engine = "failed";
  ui.engine.textContent = "The wasm module failed to load.";
  ui.status.dataset.state = "engine-error";
  ui.status.textContent = `Could not load the validator: ${err && err.message ? err.message : err}`;
  console.error(err);
}

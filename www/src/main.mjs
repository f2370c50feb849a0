// The playground: editor on the left, options, issues and the decoded webhook on the right. The
// body is a webhook, an RTM push frame (agent or customer API) or an app webhook: the kind
// control (kinds.mjs) picks the package function that reads it and the versions offered.
import { createEditor, setText, showIssues, revealIssue, issueRange, setDarkTheme } from "./editor.mjs";
import data from "playground-data";
import { encodeState, decodeState, UNKNOWN_FIELDS, UNKNOWN_ACTIONS } from "./state.mjs";
import { createValidator } from "./client.mjs";
import { h, renderIssues, countIssues, renderSummary } from "./render.mjs";
import { renderTree, maskedJson } from "./tree.mjs";
import { createTypeNamer, rootType, pushRootType } from "./types.mjs";
import { KINDS, DEFAULT_KIND, kindOf } from "./kinds.mjs";
import { headline, hasSentence } from "./headline.mjs";
import { blankSecret } from "./redact.mjs";
import { typescriptSnippet, otherSnippet } from "./snippet.mjs";

const DEBOUNCE_MS = 200;
// A link longer than this is refused by some browsers and chat tools: the body is then not put
// in the address bar, and the page says so.
const MAX_HASH = 256 * 1024;
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @type {import("../tools/case-samples.mjs").Sample[]} */
const SAMPLES = data.samples;
const VERSIONS = data.versions;
/** The API versions offered for a kind of body: none for app webhooks. */
const versionsOf = (kind) => {
  const k = kindOf(kind);
  return k.versions === "webhook" ? VERSIONS : k.versions === "push" ? data.pushVersions : [];
};
const namer = createTypeNamer(data.types);

const ui = {
  sample: /** @type {HTMLSelectElement} */ ($("sample")),
  kind: /** @type {HTMLSelectElement} */ ($("kind")),
  apiVersion: /** @type {HTMLSelectElement} */ ($("apiVersion")),
  unknownFields: /** @type {HTMLSelectElement} */ ($("unknownFields")),
  unknownActions: /** @type {HTMLSelectElement} */ ($("unknownActions")),
  secretKey: /** @type {HTMLInputElement} */ ($("secretKey")),
  file: /** @type {HTMLInputElement} */ ($("file")),
  open: $("open"),
  share: $("share"),
  status: $("status"),
  headline: $("headline"),
  action: $("action"),
  counts: $("counts"),
  issues: $("issues"),
  issuesSection: $("issues-section"),
  decoded: $("decoded"),
  decodedTitle: $("decoded-title"),
  summary: $("summary"),
  tree: $("tree"),
  json: $("json"),
  ts: $("ts"),
  copyJson: $("copy-json"),
  copyTs: $("copy-ts"),
  engine: $("engine"),
  timing: $("timing"),
};

let validator = null;
let seq = 0; // bumps on every change; a result is shown only if it is the latest
let lastIssues = [];
let lastHash = "";
let timer = 0;
let current = null; // { value, snippet } of the decoded webhook on screen
const secret = { revealed: false, onReveal: () => paintJson() };

function options() {
  const o = {
    apiVersion: ui.apiVersion.value,
    unknownFields: ui.unknownFields.value,
    unknownActions: ui.unknownActions.value,
  };
  // An empty secret field means "do not check the secret"; only webhooks carry one.
  if (ui.secretKey.value !== "" && kindOf(ui.kind.value).secret) o.secretKey = ui.secretKey.value;
  return o;
}

/** Offer the versions of `kind`, keeping `wanted` when it is one of them. */
function setKind(kind, wanted = ui.apiVersion.value) {
  const k = kindOf(kind);
  ui.kind.value = k.id;
  const versions = versionsOf(k.id);
  ui.apiVersion.replaceChildren(...(versions.length ? versions.map((v) => h("option", { value: v }, v)) : [h("option", { value: "" }, "none")]));
  ui.apiVersion.value = versions.includes(wanted) ? wanted : versions.includes(latestOf(versions)) ? latestOf(versions) : (versions[0] ?? "");
  ui.apiVersion.disabled = !versions.length;
  ui.apiVersion.title = versions.length ? "" : "App webhooks have no API version";
  ui.secretKey.disabled = !k.secret;
  ui.secretKey.placeholder = k.secret ? "empty: not checked" : "none for this kind";
}

/** The newest numbered version of a list (what the package reads by default). */
const latestOf = (versions) => versions.filter((v) => /^\d/.test(v)).at(-1);

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
  const opts = options();
  const kind = ui.kind.value;
  const out = await validator.validate(body, opts, kind);
  await saved;
  if (mine !== seq) return; // a newer edit is on its way
  show(out, opts, kind);
  setBusy(false);
}

/** Write the shareable state into the hash, unless a newer change (seq) came meanwhile. */
async function saveHash(body, mine = seq) {
  const hash = await encodeState({
    body: blankSecret(body),
    kind: ui.kind.value,
    apiVersion: ui.apiVersion.value,
    unknownFields: ui.unknownFields.value,
    unknownActions: ui.unknownActions.value,
  });
  if (mine !== seq) return;
  const tooLong = hash.length > MAX_HASH;
  document.documentElement.dataset.linkable = String(!tooLong);
  ui.share.disabled = tooLong;
  ui.share.title = tooLong
    ? "This body is too large to fit in a link"
    : "Copy a link that holds the body (its secret_key blanked) and the options (never the secret option)";
  const next = tooLong ? "" : hash;
  if (next !== location.hash) {
    lastHash = next;
    history.replaceState(null, "", next || location.pathname + location.search);
  }
}

function show(out, opts, kind) {
  const k = kindOf(kind);
  ui.timing.textContent = `validated in ${out.ms.toFixed(2)} ms`;
  current = null;
  if (out.engineError) {
    ui.status.dataset.state = "engine-error";
    ui.status.textContent = `The validator failed: ${out.engineError}`;
    lastIssues = [];
    showIssues(view, []);
    ui.issues.replaceChildren();
    ui.decoded.hidden = true;
    ui.headline.hidden = true;
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
  if (result.ok) parts.push(` · ${k.tag} `, ui.action);
  // "auto" finds the version from the body: say which one it read, as the types below follow it.
  const readAs = opts.apiVersion === "auto" && typeof result.apiVersion === "string" ? result.apiVersion : opts.apiVersion;
  const tag = result.ok ? String(result.value[k.tag]) : "";
  if (result.ok && readAs !== opts.apiVersion) parts.push(" · read as API ", h("span", { id: "read-as" }, readAs));
  ui.status.replaceChildren(...parts);
  ui.action.textContent = tag;
  const stop = issues.find((i) => i.code === "invalid_json" && typeof i.line === "number");
  ui.counts.textContent = stop
    ? `${counts.text} · JSON parsing stopped at line ${stop.line}, column ${stop.column}`
    : counts.text;

  ui.issuesSection.hidden = issues.length === 0;
  renderIssues(ui.issues, issues, (issue, row) => {
    for (const r of ui.issues.children) r.classList.toggle("picked", r === row);
    revealIssue(view, issue);
  });
  markCursorIssues(view.state.selection.main.head);

  ui.decoded.hidden = !result.ok;
  ui.headline.hidden = !result.ok;
  if (!result.ok) {
    ui.summary.replaceChildren();
    ui.tree.replaceChildren();
    ui.json.textContent = "";
    ui.ts.textContent = "";
    return;
  }
  const value = result.value;
  const known = !issues.some((i) => i.code === "unknown_action");
  const webhook = k.versions === "webhook";
  const declared = webhook ? rootType(data.types, readAs, known) : pushRootType(data.types, k, readAs, known);
  // The sentences are written for webhooks' actions; a push or an app webhook gets the generic
  // one, made from its action's (event's) name and the ids it carries.
  ui.headline.replaceChildren(h("code", { class: "action" }, tag), ": ", headline({ action: tag, payload: value.payload }, known));
  ui.headline.dataset.written = String(webhook && known && hasSentence(tag));
  renderSummary(ui.summary, webhook ? value : { action: tag, payload: value.payload });
  ui.decodedTitle.textContent = `Decoded ${k.label}`;
  renderTree(ui.tree, value, namer, declared, secret, k.label.replace(" ", "_"));
  const snippet = webhook
    ? typescriptSnippet({ value, options: opts, readAs, known, namer, table: data.types })
    : otherSnippet({ kind: k, tagValue: tag, options: opts, known });
  current = { value, snippet };
  ui.ts.textContent = snippet;
  paintJson();
}

function paintJson() {
  ui.json.textContent = current ? maskedJson(current.value, secret.revealed) : "";
}

/** Highlight the issues whose marked range contains the cursor. */
function markCursorIssues(pos) {
  const rows = ui.issues.children;
  lastIssues.forEach((issue, i) => {
    const r = issueRange(view.state, issue);
    rows[i]?.classList.toggle("at-cursor", !!r && pos >= r.from && pos <= Math.max(r.to, r.from));
  });
}

function applyOptions(o) {
  setKind(o.kind ?? DEFAULT_KIND, o.apiVersion);
  ui.unknownFields.value = o.unknownFields;
  ui.unknownActions.value = o.unknownActions;
}

/** Copy `text` (a string, or a promise of one: the clipboard call must start within the click). */
async function copy(button, text, done) {
  const label = button.textContent;
  try {
    if (typeof text !== "string" && typeof ClipboardItem === "function") {
      const blob = Promise.resolve(text).then((t) => new Blob([t], { type: "text/plain" }));
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
    } else {
      await navigator.clipboard.writeText(await text);
    }
    button.textContent = done;
  } catch {
    button.textContent = "Copy failed: select the text instead";
  }
  setTimeout(() => (button.textContent = label), 1600);
}

async function loadFile(file) {
  if (!file) return;
  setText(view, await file.text());
  schedule(true);
}

// ---- start-up -------------------------------------------------------------------------------

const groups = new Map();
const GROUP_NAMES = { "agent-push": "Agent push", "customer-push": "Customer push", "app-webhook": "App webhooks" };
for (const s of SAMPLES) {
  const what = GROUP_NAMES[s.bodyKind];
  const group = !what
    ? s.kind === "valid" ? `API ${s.options.apiVersion}: valid` : "Broken: diagnostics"
    : s.kind === "valid" ? `${what}${s.options.apiVersion ? ` ${s.options.apiVersion}` : ""}: valid` : "Broken pushes and app webhooks";
  if (!groups.has(group)) groups.set(group, h("optgroup", { label: group }));
  groups.get(group).append(h("option", { value: s.id, title: s.caseName }, s.label));
}
ui.sample.append(...groups.values(), h("option", { value: "custom", disabled: true }, "Your own body"));
for (const k of KINDS) ui.kind.append(h("option", { value: k.id }, k.label));
for (const v of UNKNOWN_FIELDS) ui.unknownFields.append(h("option", { value: v }, v));
for (const v of UNKNOWN_ACTIONS) ui.unknownActions.append(h("option", { value: v }, v));

// The newest version's first sample: what a receiver on the package's default version gets.
const newest = SAMPLES.filter((s) => s.kind === "valid" && s.bodyKind === "webhook" && /^\d/.test(s.options.apiVersion)).at(-1)?.options.apiVersion;
const DEFAULT_SAMPLE = SAMPLES.find((s) => s.kind === "valid" && s.bodyKind === "webhook" && s.options.apiVersion === newest) ?? SAMPLES[0];
const initial = (await decodeState(location.hash, versionsOf)) ?? { body: DEFAULT_SAMPLE.body, kind: DEFAULT_SAMPLE.bodyKind, ...DEFAULT_SAMPLE.options };
applyOptions(initial);
lastHash = location.hash;

const view = createEditor($("editor"), initial.body, {
  onChange(text) {
    matchSample(text);
    schedule();
  },
  onCursor: markCursorIssues,
  onFile: loadFile,
});
matchSample(initial.body);

const dark = window.matchMedia("(prefers-color-scheme: dark)");
setDarkTheme(view, dark.matches);
dark.addEventListener("change", (e) => setDarkTheme(view, e.matches));

ui.sample.addEventListener("change", () => {
  const s = SAMPLES.find((x) => x.id === ui.sample.value);
  if (!s) return;
  applyOptions({ ...s.options, kind: s.bodyKind });
  setText(view, s.body);
  schedule(true);
});
for (const el of [ui.apiVersion, ui.unknownFields, ui.unknownActions]) el.addEventListener("change", () => schedule(true));
ui.kind.addEventListener("change", () => {
  setKind(ui.kind.value);
  schedule(true);
});
ui.secretKey.addEventListener("input", () => schedule());
// Enter in the secret field would submit the form: the page validates as you type instead.
$("options").addEventListener("submit", (e) => e.preventDefault());
ui.open.addEventListener("click", () => ui.file.click());
ui.file.addEventListener("change", () => {
  loadFile(ui.file.files?.[0]);
  ui.file.value = "";
});

// Tabs: arrow keys move between them (one tab stop), as the ARIA tabs pattern has it.
const tabs = [...document.querySelectorAll("[role=tab]")];
function selectTab(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (e) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    selectTab(next);
    next.focus();
  });
}

ui.copyJson.addEventListener("click", () => current && copy(ui.copyJson, JSON.stringify(current.value, null, 2), "JSON copied"));
ui.copyTs.addEventListener("click", () => current && copy(ui.copyTs, current.snippet, "TypeScript copied"));

ui.share.addEventListener("click", () => {
  const link = saveHash(view.state.doc.toString()).then(() => location.href);
  copy(ui.share, link, "Link copied");
});

// A link pasted into this tab's address bar: load its state.
window.addEventListener("hashchange", async () => {
  if (location.hash === lastHash) return;
  const state = await decodeState(location.hash, versionsOf);
  if (!state) return;
  lastHash = location.hash;
  applyOptions(state);
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
  // Where the editor's underlines are drawn, read back from the DOM.
  markers: () =>
    [...document.querySelectorAll(".cm-lintRange, .cm-lintPoint")].map((el) => {
      const pos = view.posAtDOM(el);
      const line = view.state.doc.lineAt(pos);
      return {
        line: line.number,
        column: pos - line.from + 1,
        severity: /-warning\b/.test(el.className) ? "warning" : "error",
      };
    }),
  samples: () => SAMPLES.map((s) => ({ ...s })),
  versions: () => VERSIONS.slice(),
  versionsOf: (kind) => versionsOf(kind).slice(),
  kind: () => ui.kind.value,
  mode: () => validator?.mode,
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

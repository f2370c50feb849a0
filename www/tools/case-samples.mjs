// Derives the playground's samples from the project's own case files (tests/cases/*.json), so the
// picker holds a valid webhook of every (API version, action) the cases cover and follows them
// when cases are added: nothing here is written by hand but the choice of broken showcases.
// Push frames and app webhooks come from tests/cases/pushes.json: every case of it is a sample.
import { kindOf } from "../src/kinds.mjs";

/** The options a sample may carry: the ones the page has controls for (never a secret). */
const SAMPLE_OPTIONS = ["apiVersion", "unknownFields", "unknownActions"];
const DEFAULT_VERSION = "3.1";

/** What each broken showcase demonstrates, in picker order: the first fitting case is taken. */
const SHOWCASES = [
  { label: "many problems at once", pick: (c) => errorCount(c) >= 4 && hasBody(c) },
  { label: "invalid JSON", pick: (c) => codes(c).includes("invalid_json") && typeof c.raw === "string" && c.raw.includes("\n") },
  { label: "duplicate keys", pick: (c) => codes(c).includes("duplicate_key") },
  { label: "integer beyond 2^53", pick: (c) => codes(c).includes("number_out_of_range") },
  { label: "fields of later versions", pick: (c) => codes(c).includes("unknown_field") && (c.options?.unknownFields ?? "keep") === "warn" },
  { label: "unknown action", pick: (c) => codes(c).includes("unknown_action") && !c.options?.unknownActions && !!c.body?.action },
];

const codes = (c) => (c.expect?.issues ?? []).map((i) => i.code);
const errorCount = (c) => (c.expect?.issues ?? []).filter((i) => (i.severity ?? "error") === "error").length;
const hasBody = (c) => c.body !== undefined;

/** Only options the page can set; a case that needs any other (a secret, maxBytes...) is no sample. */
function sampleOptions(c) {
  const o = c.options ?? {};
  if (Object.keys(o).some((k) => !SAMPLE_OPTIONS.includes(k))) return null;
  return { apiVersion: o.apiVersion ?? DEFAULT_VERSION, unknownFields: o.unknownFields ?? "keep", unknownActions: o.unknownActions ?? "reject" };
}

/** The text the cases' line/column expectations refer to (HACKING.md: two-space indentation). */
function text(c) {
  if (typeof c.raw === "string") return c.raw;
  if (c.body !== undefined) return JSON.stringify(c.body, null, 2);
  return null; // raw_hex: bytes that are no text, cannot be typed into an editor
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/**
 * @typedef {{id: string, kind: "valid" | "broken", bodyKind: string, label: string, action: string | null, caseName: string,
 *   options: {apiVersion: string, unknownFields: string, unknownActions: string}, body: string,
 *   expect: {ok: boolean, codes: string[]}}} Sample
 * @returns {Sample[]}
 */
export function samplesFromCases(valid, invalid) {
  const samples = [];
  const seen = new Set();
  for (const c of valid) {
    const options = sampleOptions(c);
    const action = c.body && typeof c.body === "object" ? c.body.action : undefined;
    if (!options || typeof action !== "string" || !c.expect?.ok) continue;
    const key = `${options.apiVersion} ${action}`;
    if (seen.has(key)) continue;
    seen.add(key);
    samples.push({
      id: `v${options.apiVersion}-${action}`,
      kind: "valid",
      bodyKind: "webhook",
      label: action,
      action,
      caseName: c.name,
      options,
      body: text(c) + "\n",
      expect: { ok: true, codes: codes(c) },
    });
  }
  samples.sort((a, b) => compareVersionOptions(a.options.apiVersion, b.options.apiVersion));
  for (const show of SHOWCASES) {
    const c = invalid.find((x) => show.pick(x) && sampleOptions(x) && text(x) !== null);
    if (!c) continue;
    const options = sampleOptions(c);
    samples.push({
      id: `broken-${slug(show.label)}`,
      kind: "broken",
      bodyKind: "webhook",
      label: show.label,
      action: c.body && typeof c.body === "object" && typeof c.body.action === "string" ? c.body.action : null,
      caseName: c.name,
      options,
      body: text(c) + (typeof c.raw === "string" ? "" : "\n"),
      expect: { ok: !!c.expect.ok, codes: codes(c) },
    });
  }
  return samples;
}

/**
 * The samples of tests/cases/pushes.json: push frames (`"kind": "push"`, `options.api` naming
 * the API) and app webhooks (`"kind": "app"`), valid and broken, each labelled by its action
 * (its event for an app webhook) or, when broken, by its case's name.
 * @returns {Sample[]}
 */
export function samplesFromPushCases(cases) {
  const samples = [];
  for (const c of cases) {
    const o = c.options ?? {};
    const bodyKind = c.kind === "app" ? "app-webhook" : `${o.api}-push`;
    const k = kindOf(bodyKind);
    const body = text(c);
    if (k.id !== bodyKind || body === null || !c.expect) throw new Error(`tests/cases/pushes.json: case ${JSON.stringify(c.name)} has no known kind, body or expect`);
    const tagged = c.body && typeof c.body === "object" && !Array.isArray(c.body) ? c.body[k.tag] : undefined;
    const action = typeof tagged === "string" ? tagged : null;
    const apiVersion = k.versions ? (o.apiVersion ?? "auto") : "";
    const valid = !!c.expect.ok;
    samples.push({
      id: valid ? `${bodyKind}-${apiVersion ? `v${apiVersion}-` : ""}${action}` : `broken-${bodyKind}-${slug(c.name)}`,
      kind: valid ? "valid" : "broken",
      bodyKind,
      label: valid ? action : c.name,
      action,
      caseName: c.name,
      options: { apiVersion, unknownFields: o.unknownFields ?? "keep", unknownActions: o.unknownActions ?? "reject" },
      body: body + (typeof c.raw === "string" ? "" : "\n"),
      expect: { ok: valid, codes: codes(c) },
    });
  }
  return samples;
}

const numeric = (v) => /^\d+(\.\d+)*$/.test(v);

/** Versions in order, then the options that are no version ("auto") by name. */
export function compareVersionOptions(a, b) {
  if (numeric(a) && numeric(b)) return compareVersions(a, b);
  return numeric(a) ? -1 : numeric(b) ? 1 : a.localeCompare(b);
}

export function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

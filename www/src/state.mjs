// Playground state <-> URL hash. The hash holds the body, its kind (webhook, push, app webhook)
// and the options that are safe to share (API version, unknown-field and unknown-action
// policies); the secret key is never part of it. A link without a kind is a webhook's.
//
// Format: "#z1" + base64url(deflate-raw(JSON)) when CompressionStream is available, else
// "#b1" + base64url(UTF-8 JSON). Both stay readable forever: new formats get a new prefix.

import { KINDS, DEFAULT_KIND } from "./kinds.mjs";

export const UNKNOWN_FIELDS = ["keep", "warn", "reject"];
export const UNKNOWN_ACTIONS = ["reject", "accept"];

/**
 * @typedef {{ body: string, kind: string, apiVersion: string, unknownFields: string, unknownActions: string }} SharedState
 */

function toBase64Url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipeThrough(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function hasStreams() {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

/** @param {SharedState} state @returns {Promise<string>} the hash, with its leading "#" */
export async function encodeState(state) {
  const json = JSON.stringify({
    b: state.body,
    k: state.kind,
    v: state.apiVersion,
    f: state.unknownFields,
    a: state.unknownActions,
  });
  const bytes = new TextEncoder().encode(json);
  if (hasStreams()) {
    try {
      return "#z1" + toBase64Url(await pipeThrough(bytes, new CompressionStream("deflate-raw")));
    } catch {
      // fall through to the uncompressed form
    }
  }
  return "#b1" + toBase64Url(bytes);
}

/**
 * @param {string} hash location.hash
 * @param {(kind: string) => string[]} versionsOf the API versions the page offers for a kind; the
 *   first is the fallback (none for a kind without versions)
 * @returns {Promise<SharedState | null>} null when the hash holds no (readable) state
 */
export async function decodeState(hash, versionsOf) {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const format = text.slice(0, 2);
  const data = text.slice(2);
  let bytes;
  try {
    if (format === "z1") {
      if (!hasStreams()) return null;
      bytes = await pipeThrough(fromBase64Url(data), new DecompressionStream("deflate-raw"));
    } else if (format === "b1") {
      bytes = fromBase64Url(data);
    } else {
      return null;
    }
    const raw = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof raw !== "object" || raw === null || typeof raw.b !== "string") return null;
    const kind = KINDS.some((k) => k.id === raw.k) ? raw.k : DEFAULT_KIND;
    const versions = versionsOf(kind);
    return {
      body: raw.b,
      kind,
      apiVersion: versions.includes(raw.v) ? raw.v : (versions[0] ?? ""),
      unknownFields: UNKNOWN_FIELDS.includes(raw.f) ? raw.f : "keep",
      unknownActions: UNKNOWN_ACTIONS.includes(raw.a) ? raw.a : "reject",
    };
  } catch {
    return null;
  }
}

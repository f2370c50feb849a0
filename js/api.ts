// The JavaScript API shared by every runtime entry point (node.ts, bundler.ts, workerd.ts, ...).
// Each entry point initialises the wasm module, then re-exports this file. The body is checked in
// wasm in one pass without building anything; when it is clean the engine's own JSON.parse builds
// the value, which is the fastest way to get a JS object and keeps unknown fields.
// The public declarations are in types.d.ts; each export below is typed by its declaration.

import { Checker, asciiAddress, asciiForm, inputRegion, wasmMemory } from "./livechat_webhooks.js";
import type { ApiVersion, AppWebhook, Issue, IssueCode } from "./livechat_webhooks.js";
import type * as Api from "./types.js";
// Generated at build time from the wasm (scripts/assemble-pkg.mjs): nothing here copies Rust.
import {
  DEFAULT_MAX_BYTES,
  HARD_MAX_BYTES,
  LATEST_API_VERSION,
  OPTION_NAMES,
  REPLACEMENT_CHAR,
  STATUS_CLEAN,
  STATUS_ERRORS,
  STATUS_WARNINGS,
  actionsByVersion as listed,
  apiVersions as versions,
  KIND_AGENT_PUSH,
  KIND_APP_WEBHOOK,
  KIND_CUSTOMER_PUSH,
  pushesByApi,
} from "./constants.js";

/** The API versions this package decodes, oldest first. */
export const apiVersions: typeof Api.apiVersions = Object.freeze(versions.slice());
/** The default `apiVersion`: the latest stable one. */
export const latestApiVersion: typeof Api.latestApiVersion = LATEST_API_VERSION;
/** The actions of each API version. */
export const actionsByVersion = Object.freeze(
  Object.fromEntries(apiVersions.map((v) => [v, Object.freeze(listed[v].slice())])),
) as typeof Api.actionsByVersion;
/** The actions of the latest API version. */
export const knownActions: typeof Api.knownActions = actionsByVersion[latestApiVersion];

type VersionOption = NonNullable<Api.WebhookOptions["apiVersion"]>;
const knownSets = new Map<string, Set<string>>(apiVersions.map((v) => [v, new Set<string>(actionsByVersion[v])]));
knownSets.set("auto", new Set<string>(apiVersions.flatMap((v) => actionsByVersion[v])));

// `webhook is any`: the declaration's generic predicate says what it narrows to.
export function isKnownWebhook(webhook: unknown, apiVersion: VersionOption = latestApiVersion): webhook is any {
  const known = knownSets.get(apiVersion);
  if (known === undefined) throw optionsError(`isKnownWebhook: unknown apiVersion ${JSON.stringify(apiVersion)}`);
  return webhook != null && typeof webhook === "object" && known.has((webhook as { action?: unknown }).action as string);
}

// Errors from several copies of the package (ESM and CJS loaded side by side) are recognised by
// `instanceof` through a registry-wide brand.
const BRAND = Symbol.for("livechat-webhooks.WebhookError");

function where(issue: Issue): string {
  let at = issue.pointer === "" ? "at the root" : `at ${issue.pointer}`;
  if (issue.line !== undefined) at += `, line ${issue.line}:${issue.column}`;
  return at;
}

/** Thrown by `decodeWebhook`: its message lists every error, one per line, with where it is. */
export class WebhookError extends Error {
  // Assigned in the constructor, as plain properties: no class fields, whose definitions would
  // come first and change nothing but the emitted code.
  declare readonly code: IssueCode;
  declare readonly issues: Issue[];

  // `what` names the body in the message: "webhook body" (decodeWebhook), "push frame" (decodePush).
  constructor(issues: readonly Issue[], what: string = "webhook body") {
    const list = Array.from(issues ?? []);
    const errors = list.filter((i) => i.severity !== "warning");
    const shown = errors.length > 0 ? errors : list;
    const head =
      shown.length === 1 ? `Invalid ${what}:` : `Invalid ${what} (${shown.length} errors):`;
    super(head + shown.map((i) => `\n  - ${i.message} (${where(i)})`).join(""));
    const self = this as { code: IssueCode; issues: Issue[] };
    self.code = shown.length > 0 ? shown[0]!.code : "invalid_value";
    self.issues = list;
  }

  // A getter on the prototype, not an own property: the error's own keys stay code and issues.
  override get name(): "WebhookError" {
    return "WebhookError";
  }

  get [BRAND](): boolean {
    return true;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== WebhookError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return value !== null && typeof value === "object" && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

// ---- checkers: one per options object, plus the default ----
//
// Building a Checker (reading the options in wasm) costs several times a small body's check, so
// checkers are cached twice: by the options object itself (a WeakMap: a hoisted object is read
// once), and, for the common `decodeWebhook(body, { secretKey: env.X })` that makes a new object
// at every call, by the options' content in a small LRU map whose evicted checkers are freed.

type Options = Api.WebhookOptions;
type OptionName = (typeof OPTION_NAMES)[number];

// Type-level checks, erased from the output: tsc fails here when the code and its declarations in
// types.d.ts part ways.
type Check<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assignable<To, From> = [From] extends [To] ? true : false;
// The options the wasm reads are the ones WebhookOptions declares: neither list gains a name alone.
type _OptionNames = Check<Same<OptionName, keyof Options>>;
type _WebhookError = Check<Assignable<typeof Api.WebhookError, typeof WebhookError>>;
type _IsKnownWebhook = Check<Assignable<typeof Api.isKnownWebhook, typeof isKnownWebhook>>;
type _DecodeWebhook = Check<Assignable<typeof Api.decodeWebhook, typeof decodeWebhook>>;
type _ValidateWebhook = Check<Assignable<typeof Api.validateWebhook, typeof validateWebhook>>;
type _WebhookSchema = Check<Assignable<typeof Api.webhookSchema, typeof webhookSchema>>;

interface Entry {
  checker: Checker;
  max: number;
  freed: boolean;
  version: ApiVersion | "auto";
}

const SHARED_SIZE = 16;
const optionNames = new Set<string>(OPTION_NAMES);
let defaultEntry: Entry | undefined;
let byObject = new WeakMap<object, Entry>();
let byContent = new Map<string, Entry>(); // content key -> entry, least recently used first

function makeEntry(options: Options | undefined, kind?: number): Entry {
  let checker: Checker;
  try {
    checker = new Checker(options, kind);
  } catch (e) {
    throw optionsError(messageOf(e));
  }
  const max = options !== undefined && typeof options.maxBytes === "number" ? options.maxBytes : DEFAULT_MAX_BYTES;
  const asked = options !== undefined ? options.apiVersion : undefined;
  // "auto" is read from the checker after each body.
  const version = asked === undefined ? latestApiVersion : asked;
  return { checker, max: Math.min(max, HARD_MAX_BYTES), freed: false, version };
}

// What was thrown, as text: its message when it has one (whatever it is), else itself.
function messageOf(e: unknown): string {
  const m: unknown = e ? (e as { message?: unknown }).message : undefined;
  return m ? String(m) : String(e);
}

// The wasm's messages already start with "invalid options: ".
function optionsError(message: string): TypeError {
  const m = message.startsWith("invalid options: ") ? message : `invalid options: ${message}`;
  return new TypeError(`livechat-webhooks: ${m}`);
}

// The content of an options object: a key and a plain copy holding exactly what the key says, or
// undefined when the object is anything but known options with string, finite number or
// string-array values (an unknown option, an option present but undefined, a value of another
// type, a getter that throws). Those are left to the wasm reader, unshared, so they fail as
// they always did. Options are read the way the wasm reader does (inherited ones included).
function contentOf(options: object): { key: string; copy: Options } | undefined {
  try {
    if (Array.isArray(options)) return undefined;
    for (const k of Object.keys(options)) if (!optionNames.has(k)) return undefined;
    const given = options as Record<OptionName, unknown>;
    const copy: Record<string, unknown> = {};
    const parts: unknown[] = [];
    for (const name of OPTION_NAMES) {
      const v = given[name];
      if (v === undefined) {
        if (name in options) return undefined;
        parts.push(null);
      } else if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) {
        parts.push(v);
        copy[name] = v;
      } else if (name === "secretKey" && Array.isArray(v)) {
        const keys: string[] = [];
        for (let i = 0; i < v.length; i++) {
          const key: unknown = v[i];
          if (typeof key !== "string") return undefined;
          keys.push(key);
        }
        parts.push(keys);
        copy[name] = keys;
      } else {
        return undefined;
      }
    }
    // Every value was checked above to be of the type its option accepts, or is left to the wasm.
    return { key: JSON.stringify(parts), copy: copy as Options };
  } catch {
    return undefined;
  }
}

function entryFor(options: unknown): Entry {
  if (options === undefined || options === null) return (defaultEntry ??= makeEntry(undefined));
  if (typeof options !== "object") throw optionsError('expected an object such as { secretKey: "..." }');
  // A Map (or an array) has no option properties: it would silently mean "no options".
  if (options instanceof Map || Array.isArray(options)) {
    throw optionsError('expected a plain object such as { secretKey: "..." }, not a Map or an array');
  }
  if (options === lastOptions && !lastEntry!.freed) return lastEntry!;
  let entry = byObject.get(options);
  if (entry !== undefined && !entry.freed) return remember(options, entry);
  const content = contentOf(options);
  if (content === undefined) {
    // Unreadable options go to the wasm reader as they are, which says what is wrong with them.
    entry = makeEntry(options as Options);
  } else {
    entry = byContent.get(content.key);
    if (entry !== undefined) {
      byContent.delete(content.key);
    } else {
      entry = makeEntry(content.copy);
      if (byContent.size >= SHARED_SIZE) {
        const [oldest, evicted] = byContent.entries().next().value as [string, Entry];
        byContent.delete(oldest);
        // An options object may still map to it in byObject: `freed` sends it here again.
        evicted.freed = true;
        evicted.checker.free();
      }
    }
    byContent.set(content.key, entry);
  }
  byObject.set(options, entry);
  return remember(options, entry);
}

// The last options object and its entry: a receiver passes the same one at every call, and this
// compare is cheaper than the WeakMap's lookup.
let lastOptions: object | undefined;
let lastEntry: Entry | undefined;
function remember(options: object, entry: Entry): Entry {
  lastOptions = options;
  lastEntry = entry;
  return entry;
}

// After a trap the wasm instance may hold a checker in a broken state: start again with new ones
// (the old ones are dropped, not freed: freeing a trapped one could trap again).
function forgetCheckers(): void {
  defaultEntry = undefined;
  lastOptions = undefined;
  lastEntry = undefined;
  appByObject = new WeakMap();
  pushByObject = new WeakMap();
  pushByContent = new Map();
  byObject = new WeakMap();
  byContent = new Map();
}

// ---- bodies ----
//
// A call's fixed cost is what a small webhook pays most for, so the hot path allocates little:
// the body goes straight into one reused region of wasm memory (bytes copied with `set`, a
// string with `encodeInto`), the checker reads it there, and the outcome is a status number plus
// a few module variables rather than an object. A valid result is a small class whose `value`
// getter is on its prototype. Its value is built on first access from the region itself, as
// long as no other body has been written there since; before one is, the region's bytes are
// copied out for it (`keepPending`), so the caller's buffer is never copied on the common path
// and the value always comes from the bytes that were checked.

// After a clean check the bytes are known to be UTF-8: no need for a `fatal` decoder. Not
// `ignoreBOM`: the decoder drops one leading BOM, as the checker skips one (and only one).
const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

// The text JSON.parse reads: without the one leading BOM the checker skipped.
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

let heap = new Uint8Array(0);
// A view of the whole wasm memory, made again after the memory grew: its old buffer is then
// detached, and a view of a detached buffer has length 0 (cheaper to test than to read
// `memory.buffer` at every call).
function heapView(): Uint8Array {
  if (heap.byteLength === 0) heap = new Uint8Array((wasmMemory() as WebAssembly.Memory).buffer);
  return heap;
}

// Where the last body was written in the region, and its length in bytes.
let regionAt = 0;
let regionLength = 0;
// The valid result whose value would still be built from the region.
let pending: Valid | undefined;

function keepPending(): void {
  if (pending !== undefined) {
    const n = regionLength;
    if (n > SLAB >> 3) {
      pending.keepBytes(heapView().slice(regionAt, regionAt + n), 0, n);
    } else {
      // Small bodies are copied into a shared slab, not each into an ArrayBuffer of its own
      // (a new ArrayBuffer costs more than checking a small body); the result holds the slab
      // and where its bytes are, which lives as long as one of those results.
      if (slabUsed + n > slab.length) {
        slab = new Uint8Array(SLAB);
        slabUsed = 0;
      }
      slab.set(heapView().subarray(regionAt, regionAt + n), slabUsed);
      pending.keepBytes(slab, slabUsed, n);
      slabUsed += n;
    }
    pending = undefined;
  }
}

const SLAB = 1 << 16;
let slab = new Uint8Array(0);
let slabUsed = 0;

// inputRegion gives 0 (null) when the wasm memory cannot grow to hold the body: reported as
// out of memory (a too_large issue) by the callers' catch.
function outOfMemory(): never {
  throw new RangeError("out of memory: the wasm memory cannot grow to hold the body");
}

function writeBytes(bytes: Uint8Array): void {
  keepPending();
  const at = inputRegion(bytes.length);
  if (at === 0) outOfMemory();
  heapView().set(bytes, at);
  regionAt = at;
  regionLength = bytes.length;
}

// UTF-8 takes at most 3 bytes per UTF-16 unit; beyond a few MB the exact length is worth
// measuring rather than reserving three times the string.
function writeText(text: string): void {
  keepPending();
  const room = text.length <= 1 << 22 ? text.length * 3 : utf8Length(text);
  const at = inputRegion(room);
  if (at === 0) outOfMemory();
  regionAt = at;
  regionLength = encoder.encodeInto(text, heapView().subarray(at, at + room)).written;
}

// The value of the body in the region, which the checker accepted. Its ASCII form (non-ASCII
// characters as \u escapes, see src/json/ascii.rs) parses to the same value, and engines turn
// ASCII bytes into a string several times faster than UTF-8 text. `asciiForm` gives undefined
// only when the memory cannot hold the form: the region's UTF-8 is decoded then.
function parseRegion(): unknown {
  const n = asciiForm(regionLength);
  const h = heapView();
  if (n === undefined) return JSON.parse(decoder.decode(h.subarray(regionAt, regionAt + regionLength)));
  if (n === 0) return JSON.parse(asciiText(h, regionAt, regionLength));
  return JSON.parse(asciiText(h, asciiAddress(), n));
}

// ASCII bytes as a string. Node's Buffer reads Latin-1 (of which ASCII is a part) faster than
// its TextDecoder reads ASCII UTF-8 (Node 20, from wasm memory: 284 B 52 ns against 118, 6 KB
// 0.53 µs against 0.70, 130 KB 9.9 µs against 13.4), and from any Uint8Array. Elsewhere
// (browsers, workerd, Deno, whose Buffer is written in JavaScript) TextDecoder is the native way.
type Latin1Slice = (this: Uint8Array, start: number, end: number) => string;
const latin1Slice = ((): Latin1Slice | undefined => {
  const g = globalThis as { Buffer?: { prototype?: { latin1Slice?: unknown } }; Deno?: unknown };
  const f = g.Deno === undefined ? g.Buffer?.prototype?.latin1Slice : undefined;
  return typeof f === "function" ? (f as Latin1Slice) : undefined;
})();
function asciiText(h: Uint8Array, at: number, n: number): string {
  return latin1Slice !== undefined ? latin1Slice.call(h, at, at + n) : decoder.decode(h.subarray(at, at + n));
}

const KIND_REFUSED = -1;
const KIND_TEXT = 0;
const KIND_BYTES = 1;
const KIND_OBJECT = 2;
type Kind = typeof KIND_REFUSED | typeof KIND_TEXT | typeof KIND_BYTES | typeof KIND_OBJECT;

// The verdict bits of check_input, without the REPLACEMENT_CHAR flag.
const STATUS = STATUS_CLEAN | STATUS_WARNINGS | STATUS_ERRORS;

// The outcome of the last `check`, besides the status it returns: the kind of body; the text
// JSON.parse reads for a string or an object; the value of an object body; the issues when the
// body was refused before the wasm saw it.
let kind: Kind = KIND_REFUSED;
let checkedText: string | undefined;
let objectValue: unknown;
let refused: Issue[] | undefined;

function check(entry: Entry, body: unknown): number {
  const c = entry.checker;
  refused = undefined;
  checkedText = undefined;
  objectValue = undefined;
  if (typeof body === "string") {
    if (textTooLarge(body, entry.max)) return STATUS_ERRORS;
    writeText(body);
    const status = c.check_input(regionLength);
    // Only when the checked text held U+FFFD: it may stand for a lone surrogate of the string.
    if (status & REPLACEMENT_CHAR && !wellFormed(body)) return loneSurrogate(body);
    kind = KIND_TEXT;
    checkedText = body;
    return status & STATUS;
  }
  let bytes: Uint8Array | undefined;
  if (body instanceof Uint8Array) bytes = body;
  else if (ArrayBuffer.isView(body)) bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  else if (isArrayBuffer(body)) bytes = new Uint8Array(body);
  if (bytes !== undefined) {
    if (bytes.length > entry.max) return tooLarge(bytes.length, entry.max);
    writeBytes(bytes);
    kind = KIND_BYTES;
    return c.check_input(regionLength) & STATUS;
  }
  if (body !== null && typeof body === "object") {
    let text: string | undefined;
    try {
      text = JSON.stringify(body);
    } catch (e) {
      return single(
        "invalid_json",
        `the body object cannot be serialised as JSON (${messageOf(e)})`,
        "a JSON-serialisable object",
        "an object JSON.stringify rejects",
      );
    }
    if (text === undefined) {
      // JSON.stringify gives undefined for an object whose toJSON() returns undefined (or a function).
      return single(
        "invalid_type",
        "the body object serialises to nothing (JSON.stringify gives undefined: does its toJSON() return a value?)",
        "a JSON-serialisable object",
        "an object that serialises to nothing",
      );
    }
    if (textTooLarge(text, entry.max)) return STATUS_ERRORS;
    writeText(text); // JSON.stringify escapes lone surrogates
    const status = c.check_input(regionLength) & STATUS;
    kind = KIND_OBJECT;
    checkedText = text;
    // An object with toJSON() was checked as what it serialises to: that is the value, too.
    const own = typeof (body as { toJSON?: unknown }).toJSON === "function" ? undefined : body;
    objectValue = own ?? (status !== STATUS_ERRORS ? JSON.parse(text) : undefined);
    return status;
  }
  const received = body === null ? "null" : typeof body;
  return single(
    "invalid_type",
    `expected the webhook body as a string, Uint8Array, ArrayBuffer or object, found ${received}`,
    "string, Uint8Array, ArrayBuffer or object",
    received,
  );
}

// A JS string can hold a lone surrogate, which UTF-8 cannot: passed to wasm it would silently become
// U+FFFD, and the checked text would not be the text JSON.parse reads.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function wellFormed(s: string): boolean {
  // String.prototype.isWellFormed is ES2024; older engines take the regular expression.
  const native = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === "function" ? native.call(s) : !LONE_SURROGATE.test(s);
}

function loneSurrogate(s: string): number {
  const at = s.search(LONE_SURROGATE);
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  const issue = singleIssue(
    "invalid_encoding",
    `the body string holds a lone UTF-16 surrogate at line ${line}, column ${at - start + 1}: half of a character (often a text cut inside an emoji), which no UTF-8 body can carry`,
    "a well-formed string",
    "a lone surrogate",
  );
  issue.line = line;
  issue.column = at - start + 1;
  kind = KIND_REFUSED;
  refused = [issue];
  return STATUS_ERRORS;
}

function isArrayBuffer(x: unknown): x is ArrayBuffer {
  if (x instanceof ArrayBuffer) return true;
  if (x === null || typeof x !== "object") return false;
  const tag = Object.prototype.toString.call(x);
  return tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]";
}

function singleIssue(code: IssueCode, message: string, expected?: string, received?: string): Issue {
  const issue: Issue = { code, severity: "error", message, pointer: "", path: [] };
  if (expected !== undefined) issue.expected = expected;
  if (received !== undefined) issue.received = received;
  return issue;
}

function single(code: IssueCode, message: string, expected?: string, received?: string): number {
  kind = KIND_REFUSED;
  refused = [singleIssue(code, message, expected, received)];
  return STATUS_ERRORS;
}

// True (the body refused as too large) when the string is over maxBytes already in UTF-16
// units, or over the hard cap once encoded (UTF-8 takes up to 3 bytes per UTF-16 unit, so only
// long strings are measured).
function textTooLarge(s: string, max: number): boolean {
  if (s.length > max) return tooLarge(s.length, max) === STATUS_ERRORS;
  if (s.length * 3 > HARD_MAX_BYTES) {
    const bytes = utf8Length(s);
    if (bytes > HARD_MAX_BYTES) return tooLarge(bytes, max) === STATUS_ERRORS;
  }
  return false;
}

// The UTF-8 length of a string (a lone surrogate becomes U+FFFD, 3 bytes).
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u < 0x80) n += 1;
    else if (u < 0x800) n += 2;
    else if (u >= 0xd800 && u < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function tooLarge(size: number, max: number): number {
  if (max >= HARD_MAX_BYTES) {
    return single(
      "too_large",
      `the body is larger than ${HARD_MAX_BYTES} bytes, the most this package checks whatever maxBytes says (the wasm memory it is copied into is limited)`,
      `at most ${HARD_MAX_BYTES} bytes`,
      `at least ${size} bytes`,
    );
  }
  return single(
    "too_large",
    `the body is larger than the limit of ${max} bytes (maxBytes)`,
    `at most ${max} bytes`,
    `at least ${size} bytes`,
  );
}

// The issues of the last check.
function issuesOf(entry: Entry): Issue[] {
  if (refused !== undefined) return refused;
  const issues = JSON.parse(entry.checker.issues_json()) as Issue[];
  if (kind === KIND_OBJECT) {
    // Line and column would point into our own serialisation, not into anything the caller has.
    for (const i of issues) {
      delete i.line;
      delete i.column;
    }
  }
  return issues;
}

// The value of the last body checked, which was accepted.
function parseChecked(): unknown {
  if (kind === KIND_OBJECT) return objectValue;
  if (kind === KIND_TEXT) return JSON.parse(withoutBom(checkedText!));
  return parseRegion();
}

// ---- the API ----

// The value is the body as JSON.parse builds it: `any` here, typed by the declaration's overloads.
export function decodeWebhook(body: Api.WebhookBody, options?: Options): any {
  const entry = entryFor(options);
  let status: number;
  try {
    status = check(entry, body);
  } catch (e) {
    forgetCheckers();
    throw new WebhookError([internalIssue(e)]);
  }
  if (status !== STATUS_ERRORS) return parseChecked();
  throw new WebhookError(issuesOf(entry));
}

// `value` is whatever JSON.parse builds; the declaration's overloads say which webhook it is.
type Result = Api.ValidationResult<any>;

export function validateWebhook(body: unknown, options?: Options): Result {
  let entry: Entry;
  try {
    entry = entryFor(options);
  } catch (e) {
    // Never a throw, even for a misconfiguration: every body is then refused, saying why.
    return { ok: false, issues: [optionsIssue(e)] };
  }
  return validated(entry, body) as Result;
}

// The checked body as a result (webhooks, pushes, app webhooks alike). `fixed`: the version to
// say when the checker has none to say (app webhooks).
function validated(entry: Entry, body: unknown, fixed?: ApiVersion): Valid | { ok: false; issues: Issue[]; apiVersion?: ApiVersion } {
  try {
    const status = check(entry, body);
    const apiVersion = versionOf(entry) ?? fixed;
    if (status === STATUS_ERRORS) return { ok: false, issues: issuesOf(entry), apiVersion };
    const issues = status === STATUS_CLEAN ? [] : issuesOf(entry);
    // A body that passed the check always has a version: the configured one or the one chosen.
    const result = new Valid(apiVersion!, issues);
    if (kind === KIND_OBJECT) result.keepValue(objectValue);
    else if (kind === KIND_TEXT) result.keepText(checkedText!);
    else pending = result;
    return result;
  } catch (e) {
    forgetCheckers();
    return { ok: false, issues: [internalIssue(e)] };
  }
}

// A valid result. Its own properties are ok, apiVersion and issues; `value` is a getter on the
// prototype, built on first access from what was checked: the string, the region of wasm memory
// (while no other body was written there: see keepPending), or bytes copied out of it.
class Valid {
  readonly ok = true;
  readonly apiVersion: ApiVersion;
  readonly issues: Issue[];
  #source: string | Uint8Array | undefined;
  #at = 0;
  #length = 0;
  #built = false;
  #value: unknown;

  constructor(apiVersion: ApiVersion, issues: Issue[]) {
    this.apiVersion = apiVersion;
    this.issues = issues;
  }

  get value(): unknown {
    if (!this.#built) {
      const source = this.#source;
      if (typeof source === "string") this.#value = JSON.parse(withoutBom(source));
      else if (source !== undefined) {
        this.#value = JSON.parse(decoder.decode(source.subarray(this.#at, this.#at + this.#length)));
      }
      else {
        // Still in the region: no body has been written there since.
        this.#value = parseRegion();
        pending = undefined;
      }
      this.#built = true;
      this.#source = undefined;
    }
    return this.#value;
  }

  keepValue(value: unknown): void {
    this.#value = value;
    this.#built = true;
  }

  keepText(text: string): void {
    this.#source = text;
  }

  keepBytes(bytes: Uint8Array, at: number, length: number): void {
    this.#source = bytes;
    this.#at = at;
    this.#length = length;
  }
}

// The version a body was checked as: the configured one, or the one "auto" chose (undefined when
// the body was refused before the check, e.g. too large).
function versionOf(entry: Entry): ApiVersion | undefined {
  if (entry.version !== "auto") return entry.version;
  if (refused !== undefined) return undefined;
  return (entry.checker.api_version() as ApiVersion) || undefined;
}

function optionsIssue(e: unknown): Issue {
  return {
    code: "invalid_value",
    severity: "error",
    message: `${messageOf(e)} (the options passed to validateWebhook, not the body)`,
    pointer: "",
    path: [],
    expected: "valid options",
    received: "invalid options",
  };
}

function internalIssue(e: unknown): Issue {
  const text = messageOf(e);
  const memory = e instanceof RangeError || /memory/i.test(text);
  return {
    code: memory ? "too_large" : "invalid_value",
    severity: "error",
    message: memory
      ? `the body could not be checked: out of memory (${text})`
      : `the body could not be checked: internal error (${text}); please report it`,
    pointer: "",
    path: [],
  };
}

// ---- Standard Schema (v1), for libraries that accept any validator through it ----

export function webhookSchema(options?: Options): Api.WebhookStandardSchema<any> {
  // Checked now, so that bad options fail where the schema is made rather than at first use.
  entryFor(options);
  return Object.freeze({
    "~standard": Object.freeze({
      version: 1,
      vendor: "livechat-webhooks",
      validate(value: unknown) {
        const r = validateWebhook(value, options);
        return r.ok ? { value: r.value } : { issues: r.issues };
      },
    }),
  } as const);
}

// ---- RTM pushes (issue 17): the same checker, told that the bodies are push frames of one API ----

/** The push actions of each API version, per API. */
export const pushesByVersion = Object.freeze({
  agent: Object.freeze(Object.fromEntries(Object.entries(pushesByApi.agent).map(([v, a]) => [v, Object.freeze(a.slice())]))),
  customer: Object.freeze(Object.fromEntries(Object.entries(pushesByApi.customer).map(([v, a]) => [v, Object.freeze(a.slice())]))),
}) as unknown as typeof Api.pushesByVersion;

type PushOptions = Api.PushOptions;
type _DecodePush = Check<Assignable<typeof Api.decodePush, typeof decodePush>>;
type _ValidatePush = Check<Assignable<typeof Api.validatePush, typeof validatePush>>;
type _PushSchema = Check<Assignable<typeof Api.pushSchema, typeof pushSchema>>;
type _CreatePushDispatcher = Check<Assignable<typeof Api.createPushDispatcher, typeof createPushDispatcher>>;

let pushByObject = new WeakMap<object, Entry>();
let pushByContent = new Map<string, Entry>(); // "agent"/"customer" + content key -> entry, LRU

// The checker of push options: `api` picks the checker's kind and is not passed on; `secretKey`
// is refused, since pushes carry no secret (the websocket is authenticated by its login).
function pushEntryFor(options: unknown, fn: string): Entry {
  if (options === null || typeof options !== "object" || Array.isArray(options) || options instanceof Map) {
    throw optionsError(`${fn} needs options with \`api: "agent"\` or \`api: "customer"\` (the Chat API the websocket is connected to)`);
  }
  const cached = pushByObject.get(options);
  if (cached !== undefined && !cached.freed) return cached;
  const { api, ...rest } = options as { api?: unknown } & Record<string, unknown>;
  if (api !== "agent" && api !== "customer") {
    throw optionsError(`api must be "agent" or "customer" (the Chat API the websocket is connected to)`);
  }
  if ("secretKey" in rest) {
    throw optionsError("secretKey is not a push option: pushes carry no secret (the websocket is authenticated by its login)");
  }
  if (rest.apiVersion !== undefined && rest.apiVersion !== "auto" && !(pushesByApi[api] as Record<string, unknown>)[rest.apiVersion as string]) {
    throw optionsError(
      `apiVersion ${JSON.stringify(rest.apiVersion)} has no RTM pushes of this shape; the versions with pushes are ${Object.keys(pushesByApi[api]).join(", ")}, or "auto"`,
    );
  }
  const kind = api === "agent" ? KIND_AGENT_PUSH : KIND_CUSTOMER_PUSH;
  const content = contentOf(rest);
  let entry: Entry;
  if (content === undefined) {
    entry = makeEntry(rest as Options, kind);
  } else {
    const key = api + content.key;
    const hit = pushByContent.get(key);
    if (hit !== undefined) {
      pushByContent.delete(key);
      entry = hit;
    } else {
      entry = makeEntry(content.copy, kind);
      if (pushByContent.size >= SHARED_SIZE) {
        const [oldest, evicted] = pushByContent.entries().next().value as [string, Entry];
        pushByContent.delete(oldest);
        evicted.freed = true;
        evicted.checker.free();
      }
    }
    pushByContent.set(key, entry);
  }
  pushByObject.set(options, entry);
  return entry;
}

// The value is the frame as JSON.parse builds it; the declaration's overloads say which push it is.
export function decodePush(body: Api.WebhookBody, options: PushOptions): any {
  const entry = pushEntryFor(options, "decodePush");
  let status: number;
  try {
    status = check(entry, body);
  } catch (e) {
    forgetCheckers();
    throw new WebhookError([internalIssue(e)], "push frame");
  }
  if (status !== STATUS_ERRORS) return parseChecked();
  throw new WebhookError(issuesOf(entry), "push frame");
}

export function validatePush(body: unknown, options: PushOptions): Result {
  let entry: Entry;
  try {
    entry = pushEntryFor(options, "validatePush");
  } catch (e) {
    return { ok: false, issues: [optionsIssue(e)] };
  }
  return validated(entry, body) as Result;
}

export function pushSchema(options: PushOptions): Api.WebhookStandardSchema<any> {
  pushEntryFor(options, "pushSchema");
  return Object.freeze({
    "~standard": Object.freeze({
      version: 1,
      vendor: "livechat-webhooks",
      validate(value: unknown) {
        const r = validatePush(value, options);
        return r.ok ? { value: r.value } : { issues: r.issues };
      },
    }),
  } as const);
}

// ---- app webhooks (issue 17): the Developer Console's, with an envelope of their own ----

type AppOptions = Api.AppWebhookOptions;
type _DecodeAppWebhook = Check<Assignable<typeof Api.decodeAppWebhook, typeof decodeAppWebhook>>;
type _ValidateAppWebhook = Check<Assignable<typeof Api.validateAppWebhook, typeof validateAppWebhook>>;

let appByObject = new WeakMap<object, Entry>();
let defaultAppEntry: Entry | undefined;

// App webhooks have no API version and no secret: those options are refused, loudly.
function appEntryFor(options: unknown, fn: string): Entry {
  if (options === undefined || options === null) return (defaultAppEntry ??= makeEntry(undefined, KIND_APP_WEBHOOK));
  if (typeof options !== "object" || Array.isArray(options) || options instanceof Map) {
    throw optionsError(`${fn} takes an options object such as { unknownFields: "warn" }`);
  }
  const cached = appByObject.get(options);
  if (cached !== undefined && !cached.freed) return cached;
  for (const name of ["apiVersion", "secretKey"]) {
    if (name in options) {
      throw optionsError(
        `${name} is not an app webhook option: app webhooks have no API version and carry no secret (compare clientID and applicationID with your app's instead)`,
      );
    }
  }
  const entry = makeEntry(options as Options, KIND_APP_WEBHOOK);
  appByObject.set(options, entry);
  return entry;
}

export function decodeAppWebhook(body: Api.WebhookBody, options?: AppOptions): any {
  const entry = appEntryFor(options, "decodeAppWebhook");
  let status: number;
  try {
    status = check(entry, body);
  } catch (e) {
    forgetCheckers();
    throw new WebhookError([internalIssue(e)], "app webhook");
  }
  if (status !== STATUS_ERRORS) return parseChecked();
  throw new WebhookError(issuesOf(entry), "app webhook");
}

export function validateAppWebhook(body: unknown, options?: AppOptions): Api.AppValidationResult {
  let entry: Entry;
  try {
    entry = appEntryFor(options, "validateAppWebhook");
  } catch (e) {
    return { ok: false, issues: [optionsIssue(e)] };
  }
  // App webhooks have no API version: the result says none.
  const r = validated(entry, body, latestApiVersion);
  if (!r.ok) return { ok: false, issues: r.issues };
  return r as unknown as Api.AppValidationResult;
}

// ---- one handler per push action ----

type PushHandlerFn = (push: any) => unknown;

// The config's handlers are untyped here; the declaration types each by its action.
export function createPushDispatcher(config: {
  api: Api.PushApi;
  apiVersion?: ApiVersion | "auto";
  on: Record<string, PushHandlerFn | undefined>;
  onInvalid?: (issues: Issue[]) => unknown;
  onUnhandled?: PushHandlerFn;
  unknownFields?: "keep" | "warn" | "reject";
  unknownActions?: "reject" | "accept";
  maxBytes?: number;
  maxDepth?: number;
}): (frame: unknown) => Promise<void> {
  const { on, onInvalid, onUnhandled, ...options } = config;
  if (on === null || typeof on !== "object") throw optionsError("createPushDispatcher needs `on`, an object of handlers by push action");
  // Checked now, so that bad options fail where the dispatcher is made.
  pushEntryFor(options, "createPushDispatcher");
  const known = new Set<string>(Object.values(pushesByApi[options.api]).flat());
  for (const action of Object.keys(on)) {
    if (!known.has(action)) throw optionsError(`createPushDispatcher: \`on.${action}\` is no push of the ${options.api} API`);
  }
  return async (frame: unknown): Promise<void> => {
    const r = validatePush(frame, options as PushOptions);
    if (!r.ok) {
      if (onInvalid !== undefined) {
        await onInvalid(r.issues);
        return;
      }
      throw new WebhookError(r.issues, "push frame");
    }
    const push = r.value as { action: string };
    const handler = Object.prototype.hasOwnProperty.call(on, push.action) ? on[push.action] : undefined;
    if (typeof handler === "function") await handler(push);
    else if (onUnhandled !== undefined) await onUnhandled(push);
  };
}

// `npx livechat-webhooks`: check stored deliveries (webhooks, RTM pushes or app webhooks: --kind)
// against an API version, print samples, send them to a receiver, print the JSON Schema. Node >= 18.
// scripts/assemble-pkg.mjs bundles commander and cli-progress into pkg/cli.mjs; the library is
// node.mjs and testing.mjs beside it.
//
// Exit codes: 0 every body valid (or the command did its work), 1 some body invalid (check) or a
// receiver answered other than 2xx (send), 2 a usage or input error (a missing file, no receiver).

import { Command, InvalidArgumentError, Option } from "commander";
import { SingleBar } from "cli-progress";
import { createReadStream, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Readable } from "node:stream";
import { actionsByVersion, apiVersions, latestApiVersion, pushesByVersion, validateAppWebhook, validatePush, validateWebhook } from "./node.js";
import { appWebhookEvents, sampleAppWebhook, samplePush, sampleWebhook } from "./testing.js";

const VERSION_CHOICES = [...apiVersions];

// What the bodies are: webhooks (the default), RTM push frames of one Chat API, or app webhooks.
const KINDS = ["webhook", "agent-push", "customer-push", "app-webhook"] as const;
type Kind = (typeof KINDS)[number];
const pushApiOf = (kind: Kind) => (kind === "agent-push" ? "agent" : kind === "customer-push" ? "customer" : undefined);

class UsageError extends Error {}

function versionArg(allowAuto: boolean) {
  return (value: string): string => {
    if ((allowAuto && value === "auto") || (VERSION_CHOICES as string[]).includes(value)) return value;
    throw new InvalidArgumentError(`expected ${VERSION_CHOICES.join(", ")}${allowAuto ? " or auto" : ""}`);
  };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

// ---- check ----

interface CheckOptions {
  kind: Kind;
  apiVersion: string;
  secret?: string;
  unknownFields: "keep" | "warn" | "reject";
  json?: boolean;
  problems: number;
}

interface Problem {
  where: string;
  code: string;
  pointer: string;
  message: string;
  /** The body's other errors. */
  more: number;
}

class Tally {
  bodies = 0;
  valid = 0;
  invalid = 0;
  bytes = 0;
  readonly actions = new Map<string, { valid: number; invalid: number }>();
  readonly codes = new Map<string, number>();
  readonly versions = new Map<string, number>();
  readonly problems: Problem[] = [];

  constructor(private readonly keep: number) {}

  add(name: string, line: number | undefined, action: string, ok: boolean, issues: readonly { code: string; pointer: string; message: string; severity: string }[], version?: string): void {
    this.bodies++;
    if (ok) this.valid++;
    else this.invalid++;
    let a = this.actions.get(action);
    if (a === undefined) this.actions.set(action, (a = { valid: 0, invalid: 0 }));
    if (ok) a.valid++;
    else a.invalid++;
    if (version !== undefined && ok) this.versions.set(version, (this.versions.get(version) ?? 0) + 1);
    if (issues.length === 0) return;
    const errors = issues.filter((i) => i.severity !== "warning");
    for (const i of issues) {
      // Warnings (--unknown-fields warn, for one) are counted apart from errors.
      const key = i.severity === "warning" ? `${i.code} (warning)` : i.code;
      this.codes.set(key, (this.codes.get(key) ?? 0) + 1);
    }
    // A body's first error, and how many more it has. A version mismatch comes first in the
    // issues, but what breaks the body under this version says more (the counts show both).
    const first = errors.find((i) => i.code !== "api_version_mismatch") ?? errors[0];
    if (!ok && first !== undefined && this.problems.length < this.keep) {
      const where = line === undefined ? name : `${name}:${line}`;
      this.problems.push({ where, code: first.code, pointer: first.pointer, message: first.message, more: errors.length - 1 });
    }
  }
}

// The root object's `action`, read from the bytes without parsing the body: LiveChat writes it
// among the first members, so this stops early. Depth-aware, so a nested `action` is skipped.
const NO_ACTION = "(none found)";
const ACTION = [...new TextEncoder().encode('"action"')];
// App webhooks are told apart by `event`.
const EVENT = [...new TextEncoder().encode('"event"')];
function actionOf(b: Uint8Array, tag: readonly number[] = ACTION): string {
  let depth = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0x22) {
      const start = i;
      i++;
      while (i < b.length && b[i] !== 0x22) i += b[i] === 0x5c ? 2 : 1;
      if (depth === 1 && i - start === tag.length - 1 && tag.every((x, k) => b[start + k] === x)) {
        let j = i + 1;
        while (j < b.length && (b[j] === 0x20 || b[j] === 0x0a || b[j] === 0x0d || b[j] === 0x09)) j++;
        if (b[j] !== 0x3a) continue;
        j++;
        while (j < b.length && (b[j] === 0x20 || b[j] === 0x0a || b[j] === 0x0d || b[j] === 0x09)) j++;
        if (b[j] !== 0x22) return NO_ACTION;
        const from = j + 1;
        let k = from;
        while (k < b.length && b[k] !== 0x22 && b[k] !== 0x5c && k - from < 100) k++;
        return b[k] === 0x22 ? utf8.decode(b.subarray(from, k)) : NO_ACTION;
      }
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return NO_ACTION;
}

// A source of bodies: a file, each line of an NDJSON file, or stdin.
interface Input {
  name: string;
  size: number | undefined;
  open(): Readable;
  // "ndjson": a body per line (.ndjson, .jsonl); "one": the whole input is one body (.json);
  // "sniff" (stdin, other names): decided by the first lines, see check().
  mode: "ndjson" | "one" | "sniff";
}

function inputsOf(paths: readonly string[]): Input[] {
  const out: Input[] = [];
  const modeOf = (p: string): Input["mode"] =>
    /\.(ndjson|jsonl)(\.gz)?$/i.test(p) ? "ndjson" : /\.json(\.gz)?$/i.test(p) ? "one" : "sniff";
  const visit = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        // In a folder: only what looks like deliveries, so a README beside them is no body.
        if (statSync(child).isDirectory() || /\.(json|ndjson|jsonl)(\.gz)?$/i.test(name)) visit(child, false);
      }
    } else if (st.isFile() || top) {
      out.push({ name: p, size: st.isFile() ? st.size : undefined, open: () => createReadStream(p, { highWaterMark: 1 << 20 }), mode: modeOf(p) });
    }
  };
  for (const p of paths) {
    if (p === "-") out.push({ name: "<stdin>", size: undefined, open: () => process.stdin, mode: "sniff" });
    else visit(p, true);
  }
  return out;
}

// The input's bytes, gunzipped when they start with gzip's magic number (whatever the name says).
async function* bytesOf(stream: Readable, counted: (n: number) => void): AsyncGenerator<Uint8Array> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  if (first.done) return;
  const head: Buffer = first.value;
  const rest = {
    async *[Symbol.asyncIterator]() {
      counted(head.length);
      yield head;
      for (;;) {
        const n = await it.next();
        if (n.done) return;
        counted(n.value.length);
        yield n.value;
      }
    },
  };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip();
    const feed = (async () => {
      try {
        for await (const chunk of rest) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once("drain", r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    for await (const chunk of gunzip) yield chunk as Buffer;
    await feed;
  } else {
    yield* rest;
  }
}

// Splits the input into lines, as views of its bytes (a line cut by a chunk is joined once), and
// numbers them. Synchronous within a chunk: a body costs no promise.
class Lines {
  private carry: Buffer | undefined;
  private line = 0;

  constructor(private readonly each: (bytes: Uint8Array, line: number) => void) {}

  push(chunk: Uint8Array): void {
    const buf: Buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    if (this.carry !== undefined) {
      // Only the line cut by the chunk's start is copied, not the chunk.
      const nl = buf.indexOf(10);
      if (nl < 0) {
        this.carry = Buffer.concat([this.carry, buf]);
        return;
      }
      const joined = Buffer.concat([this.carry, buf.subarray(0, nl)]);
      this.carry = undefined;
      const end = joined.length > 0 && joined[joined.length - 1] === 13 ? joined.length - 1 : joined.length;
      this.each(joined.subarray(0, end), ++this.line);
      start = nl + 1;
    }
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
      // A plain view: cheaper to make than a Buffer's subarray, and all validateWebhook needs.
      this.each(new Uint8Array(buf.buffer, buf.byteOffset + start, end - start), ++this.line);
      start = nl + 1;
    }
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start)); // a copy: it outlives the chunk
  }

  end(): void {
    const c = this.carry;
    if (c !== undefined && c.length > 0) this.each(c[c.length - 1] === 13 ? c.subarray(0, c.length - 1) : c, ++this.line);
    this.carry = undefined;
  }
}

function blank(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

type Problemish = { code: string; pointer: string; message: string; severity: string };

// What a check found, as it crosses from the worker to the main thread (Maps survive the copy).
type Totals = Pick<Tally, "bodies" | "valid" | "invalid" | "bytes" | "actions" | "codes" | "versions" | "problems">;

// Messages of the worker: progress now and then, then the totals or an error.
type FromWorker =
  | { kind: "start"; total: number | undefined }
  | { kind: "progress"; read: number; bodies: number; invalid: number }
  | { kind: "done"; totals: Totals }
  | { kind: "error"; message: string; usage: boolean };

// The work of `check`, in the worker: every input, every body.
async function runCheck(paths: string[], o: CheckOptions, post: (m: FromWorker) => void): Promise<Totals> {
  const inputs = inputsOf(paths.length === 0 ? ["-"] : paths);
  const api = pushApiOf(o.kind);
  const options: Record<string, unknown> = { unknownFields: o.unknownFields };
  if (o.kind !== "app-webhook") options.apiVersion = o.apiVersion;
  if (api !== undefined) options.api = api;
  if (o.secret !== undefined) options.secretKey = o.secret;
  const validate: (bytes: Uint8Array) => { ok: boolean; issues: Problemish[]; apiVersion?: string } =
    o.kind === "webhook"
      ? (bytes) => validateWebhook(bytes, options as never)
      : api !== undefined
        ? (bytes) => validatePush(bytes, options as never)
        : (bytes) => validateAppWebhook(bytes, options as never);
  const tag = o.kind === "app-webhook" ? EVENT : ACTION;
  const tally = new Tally(o.problems);
  const total = inputs.every((i) => i.size !== undefined) ? inputs.reduce((n, i) => n + i.size!, 0) : undefined;
  post({ kind: "start", total });
  let read = 0;
  let told = 0; // the first report comes at once (the bar itself waits for a second of work)
  const counted = (n: number) => {
    read += n;
  };
  const one = (bytes: Uint8Array, name: string, line?: number) => {
    tally.bytes += bytes.byteLength;
    const r = validate(bytes);
    tally.add(name, line, actionOf(bytes, tag), r.ok, r.issues, r.apiVersion);
    if ((tally.bodies & 255) === 0 && Date.now() - told >= 100) {
      told = Date.now();
      post({ kind: "progress", read, bodies: tally.bodies, invalid: tally.invalid });
    }
  };
  async function checkInput(input: Input): Promise<void> {
    const stream = input.open();
    const chunks = bytesOf(stream, counted);
    if (input.mode === "one") {
      const parts: Uint8Array[] = [];
      for await (const c of chunks) parts.push(c);
      one(Buffer.concat(parts), input.name);
      return;
    }
    let mode: Input["mode"] = input.mode;
    const whole: Uint8Array[] = []; // the lines of an input that turned out to be one body
    // While sniffing: the lines read so far. NDJSON when the first line is a body by itself,
    // or when the next one starts a new object at its first column (a broken first line);
    // otherwise (a pretty-printed body) the whole input is one body.
    const held: [Uint8Array, number][] = [];
    const body = (bytes: Uint8Array, line: number) => {
      if (mode === "one") whole.push(bytes, NEWLINE);
      else if (!blank(bytes)) one(bytes, input.name, line);
    };
    const lines = new Lines((bytes, line) => {
      if (mode === "sniff") {
        held.push([bytes, line]);
        if (blank(bytes)) return;
        const first = held.find(([b]) => !blank(b))!;
        if (first[0] === bytes) {
          if (!lineIsJson(bytes)) return; // the next line decides
          mode = "ndjson";
        } else {
          mode = bytes[0] === 0x7b ? "ndjson" : "one";
        }
        for (const [b, n] of held.splice(0)) body(b, n);
        return;
      }
      body(bytes, line);
    });
    for await (const chunk of chunks) lines.push(chunk);
    lines.end();
    // One line only, and not JSON: one body either way.
    if ((mode as Input["mode"]) === "sniff" && held.some(([b]) => !blank(b))) {
      mode = "one";
      for (const [b, n] of held.splice(0)) body(b, n);
    }
    // (Set inside the callback, which TypeScript does not follow.)
    if ((mode as Input["mode"]) === "one") one(Buffer.concat(whole), input.name);
  }
  for (const input of inputs) {
    try {
      await checkInput(input);
    } catch (e) {
      // A read error (a truncated gzip, a file removed meanwhile) stops the run, saying where.
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read ${input.name}: ${(e as Error).message} (after ${tally.bodies} bodies)`);
    }
  }
  return tally;
}

// `check` runs in a worker thread whose young generation is capped (8 MB): V8 otherwise grows it
// to tens of MB under the garbage of hundreds of thousands of bodies, which is most of what the
// process holds beyond Node and the wasm. The main thread feeds it stdin and draws the bar.
const YOUNG_GENERATION_MB = 8;

function check(paths: string[], o: CheckOptions): Promise<number> {
  const stdin = paths.length === 0 || paths.includes("-");
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { paths, o },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    stdin,
    stdout: false,
    stderr: false,
  });
  if (stdin) process.stdin.pipe(worker.stdin!);
  let progress: Progress | undefined;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      progress?.stop();
      if (stdin) process.stdin.unpipe(worker.stdin!).pause();
      f();
    };
    worker.on("message", (m: FromWorker) => {
      if (m.kind === "start") progress = new Progress(m.total, !o.json && process.stderr.isTTY === true);
      else if (m.kind === "progress") progress?.update(m.read, m.bodies, m.invalid);
      else if (m.kind === "error") settle(() => reject(m.usage ? new UsageError(m.message) : new Error(m.message)));
      else {
        settle(() => {
          const t = m.totals;
          if (o.json) process.stdout.write(JSON.stringify(summaryJson(t, o), null, 2) + "\n");
          else process.stdout.write(summaryText(t, o));
          resolve(t.invalid === 0 && t.bodies > 0 ? 0 : t.bodies === 0 ? 2 : 1);
        });
      }
    });
    worker.on("error", (e) => settle(() => reject(e)));
    worker.on("exit", (code) => settle(() => reject(new Error(`the checking thread stopped (exit ${code})`))));
  });
}

// The worker's side.
async function checkWorker(): Promise<void> {
  const { paths, o } = workerData as { paths: string[]; o: CheckOptions };
  const post = (m: FromWorker) => parentPort!.postMessage(m);
  try {
    const t = await runCheck(paths, o, post);
    const totals: Totals = {
      bodies: t.bodies,
      valid: t.valid,
      invalid: t.invalid,
      bytes: t.bytes,
      actions: t.actions,
      codes: t.codes,
      versions: t.versions,
      problems: t.problems,
    };
    post({ kind: "done", totals });
  } catch (e) {
    post({ kind: "error", message: e instanceof UsageError ? e.message : String((e as Error)?.stack ?? e), usage: e instanceof UsageError });
  }
}

const NEWLINE = new Uint8Array([10]);
const utf8 = new TextDecoder();

function lineIsJson(b: Uint8Array): boolean {
  if (blank(b)) return false;
  try {
    JSON.parse(utf8.decode(b));
    return true;
  } catch {
    return false;
  }
}

// A bar on stderr once the work has lasted a second, when stderr is a terminal.
class Progress {
  private bar: SingleBar | undefined;
  private readonly started = Date.now();
  private last = 0;
  private readonly after = Number(process.env.LIVECHAT_WEBHOOKS_PROGRESS_AFTER_MS ?? 1000);

  constructor(
    private readonly total: number | undefined,
    private readonly enabled: boolean,
  ) {}

  update(read: number, bodies: number, invalid: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const payload = {
      bodies,
      rate: Math.round(bodies / seconds),
      mbps: (read / 1e6 / seconds).toFixed(1),
      invalid,
    };
    if (this.bar === undefined) {
      if (now - this.started < this.after) return;
      const known = this.total !== undefined && this.total > 0;
      this.bar = new SingleBar({
        stream: process.stderr,
        format: known
          ? "checking {bar} {percentage}% | {bodies} bodies, {invalid} invalid | {rate} bodies/s | {mbps} MB/s | ETA {eta_formatted}"
          : "checking | {bodies} bodies, {invalid} invalid | {rate} bodies/s | {mbps} MB/s",
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      });
      this.bar.start(known ? this.total! : 1, 0, payload);
    }
    this.bar.update(this.total !== undefined ? Math.min(read, this.total) : 0, payload);
  }

  stop(): void {
    this.bar?.stop();
  }
}

function versionLabel(o: CheckOptions): string {
  if (o.kind === "app-webhook") return "none (app webhooks have no API version)";
  return o.apiVersion === "auto" ? "auto (the newest stable version that accepts each body)" : o.apiVersion;
}

// What --kind and --api-version ask for, checked together: pushes exist from 3.2 only, app webhooks
// have no version and no secret, pushes no secret.
function checkKind(kind: Kind, apiVersion: string, secret: string | undefined, versionGiven: boolean): void {
  const api = pushApiOf(kind);
  if (secret !== undefined && kind !== "webhook") throw new UsageError(`--secret is for webhooks: ${kind} bodies carry no secret_key`);
  if (kind === "app-webhook" && versionGiven) throw new UsageError("--api-version is for webhooks and pushes: app webhooks have no API version");
  if (api !== undefined && apiVersion !== "auto") {
    const versions = Object.keys(pushesByVersion[api]);
    if (!versions.includes(apiVersion)) throw new UsageError(`the ${api} API has no pushes in ${apiVersion}; its versions: ${versions.join(", ")}`);
  }
}

function summaryJson(t: Totals, o: CheckOptions) {
  const sorted = (m: Map<string, any>) => Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return {
    kind: o.kind,
    ...(o.kind === "app-webhook" ? {} : { apiVersion: o.apiVersion }),
    bodies: t.bodies,
    valid: t.valid,
    invalid: t.invalid,
    bytes: t.bytes,
    actions: sorted(t.actions),
    issues: sorted(t.codes),
    ...(o.apiVersion === "auto" ? { versions: sorted(t.versions) } : {}),
    problems: t.problems,
  };
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) => "  " + r.map((cell, c) => (typeof cell === "number" ? String(cell).padStart(widths[c]!) : String(cell).padEnd(widths[c]!))).join("  ").trimEnd())
    .join("\n");
}

function summaryText(t: Totals, o: CheckOptions): string {
  let s = `${o.kind === "webhook" ? "" : `kind: ${o.kind}\n`}API version: ${versionLabel(o)}\n\n`;
  s += table([
    ["bodies", t.bodies],
    ["valid", t.valid],
    ["invalid", t.invalid],
  ]);
  s += "\n";
  if (t.actions.size > 0) {
    s += "\n" + table([[o.kind === "app-webhook" ? "event" : "action", "valid", "invalid"], ...[...t.actions].sort().map(([a, n]) => [a, n.valid, n.invalid])]) + "\n";
  }
  if (t.codes.size > 0) s += "\n" + table([["issue", "count"], ...[...t.codes].sort((a, b) => b[1] - a[1])]) + "\n";
  if (o.apiVersion === "auto" && t.versions.size > 0) s += "\n" + table([["version chosen", "bodies"], ...[...t.versions].sort()]) + "\n";
  if (t.problems.length > 0) {
    s += `\nFirst problems${t.invalid > t.problems.length ? ` (${t.problems.length} of ${t.invalid} invalid bodies; --problems N for more)` : ""}:\n`;
    for (const p of t.problems) {
      const message = p.message.length > 300 ? `${p.message.slice(0, 300)}...` : p.message;
      const more = p.more > 0 ? ` (+${p.more} more)` : "";
      s += `  ${p.where}  ${p.code} at ${p.pointer === "" ? "the root" : p.pointer}${more}: ${message}\n`;
    }
  }
  if (t.bodies === 0) s += "\nNo body found.\n";
  return s;
}

// ---- sample, send, schema ----

function printSample(action: string, o: { kind: Kind; apiVersion: string; secret?: string; seed: number; compact?: boolean }): void {
  const api = pushApiOf(o.kind);
  let known: readonly string[];
  if (o.kind === "webhook") known = (actionsByVersion as Record<string, readonly string[]>)[o.apiVersion]!;
  else if (api !== undefined) known = (pushesByVersion[api] as Record<string, readonly string[]>)[o.apiVersion]!;
  else known = appWebhookEvents();
  if (!known.includes(action)) {
    const what = o.kind === "webhook" ? `API ${o.apiVersion} has no action` : api !== undefined ? `the ${api} API ${o.apiVersion} has no push` : "there is no app webhook event";
    throw new UsageError(`${what} ${action}; the known ones: ${known.join(", ")}`);
  }
  const s =
    o.kind === "webhook"
      ? sampleWebhook(action as never, { apiVersion: o.apiVersion as never, secretKey: o.secret, seed: o.seed })
      : api !== undefined
        ? samplePush(action as never, { api, apiVersion: o.apiVersion as never, seed: o.seed })
        : sampleAppWebhook(action as never, { seed: o.seed });
  process.stdout.write((o.compact ? s.body : JSON.stringify(s.value, null, 2)) + "\n");
}

async function send(url: string, o: { action?: string; all?: boolean; apiVersion: string; secret?: string; seed: number }): Promise<number> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new UsageError(`not a URL: ${url} (expected e.g. http://127.0.0.1:3000/webhooks)`);
  }
  const known = (actionsByVersion as Record<string, readonly string[]>)[o.apiVersion]!;
  if (o.all && o.action !== undefined) throw new UsageError("give --action or --all, not both");
  const actions = o.all ? [...known] : [o.action ?? "incoming_chat"];
  let failed = 0;
  for (const action of actions) {
    if (!known.includes(action)) throw new UsageError(`API ${o.apiVersion} has no action ${action}; its actions: ${known.join(", ")}`);
    const s = sampleWebhook(action as never, { apiVersion: o.apiVersion as never, secretKey: o.secret, seed: o.seed });
    let res: Response;
    try {
      res = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: s.body });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause;
      const why = cause?.code === "ECONNREFUSED" ? "connection refused" : cause?.code ?? (e as Error).message;
      throw new UsageError(`nothing answers at ${target.href} (${why}): is your receiver running and listening there?`);
    }
    const text = await res.text();
    if (!res.ok) failed++;
    const detail = text.length > 0 ? `  ${text.length > 200 ? `${text.slice(0, 200)}...` : text}` : "";
    process.stdout.write(`${res.status} ${res.statusText || ""}`.trimEnd() + `  ${action} (API ${o.apiVersion})${detail}\n`);
  }
  return failed === 0 ? 0 : 1;
}

function schema(o: { apiVersion?: string }): void {
  const file = o.apiVersion === undefined || o.apiVersion === "all" ? "./schema.json" : `./schema/${o.apiVersion}.json`;
  process.stdout.write(readFileSync(new URL(file, import.meta.url), "utf8"));
}

// ---- the program ----

function kindOption(): Option {
  return new Option("--kind <kind>", "what the bodies are: webhooks, RTM push frames of one Chat API, or app webhooks").choices(KINDS).default("webhook");
}

async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command("livechat-webhooks")
    .description("Check stored LiveChat webhook deliveries, print valid samples, send them to a receiver.")
    .showHelpAfterError()
    .exitOverride();
  program
    .command("check")
    .description("validate every body: a file per body, a line per body (.ndjson, .jsonl), folders, gzip, or - for stdin")
    .argument("[inputs...]", "files, folders, NDJSON archives (gzip or not), or - for stdin (the default)")
    .addOption(kindOption())
    .addOption(new Option("--api-version <version>", "the version to check against, or auto").default(latestApiVersion).argParser(versionArg(true)))
    .option("--secret <key>", "the secret_key every body must carry")
    .addOption(new Option("--unknown-fields <mode>", "members the model does not know").choices(["keep", "warn", "reject"]).default("keep"))
    .option("--problems <n>", "how many problems to list", positiveInt, 10)
    .option("--json", "print the summary as JSON")
    .action(async (inputs: string[], o: CheckOptions, cmd: Command) => {
      checkKind(o.kind, o.apiVersion, o.secret, cmd.getOptionValueSource("apiVersion") === "cli");
      code = await check(inputs, o);
    });
  program
    .command("sample")
    .description("print a valid body of an action (or of an app webhook's event)")
    .argument("<action>", "the webhook's or push's action, e.g. incoming_chat (an event for app-webhook)")
    .addOption(kindOption())
    .addOption(new Option("--api-version <version>").default(latestApiVersion).argParser(versionArg(false)))
    .option("--secret <key>", "the secret_key to write")
    .option("--seed <n>", "another sample of the same action", positiveInt, 0)
    .option("--compact", "one line, as LiveChat sends it")
    .action((action: string, o, cmd: Command) => {
      checkKind(o.kind, o.apiVersion, o.secret, cmd.getOptionValueSource("apiVersion") === "cli");
      printSample(action, o);
    });
  program
    .command("send")
    .description("POST samples to a receiver and print each response's status")
    .argument("<url>", "the receiver's URL, e.g. http://127.0.0.1:3000/webhooks")
    .option("--action <action>", "the action to send (default incoming_chat)")
    .option("--all", "one of every action of the version")
    .addOption(new Option("--api-version <version>").default(latestApiVersion).argParser(versionArg(false)))
    .option("--secret <key>", "the secret_key your receiver expects")
    .option("--seed <n>", "other samples", positiveInt, 0)
    .action(async (url: string, o) => {
      code = await send(url, o);
    });
  program
    .command("schema")
    .description("print the JSON Schema (of one version, or every version under $defs)")
    .addOption(new Option("--api-version <version>", "a version, or all").argParser((v) => (v === "all" ? v : versionArg(false)(v))))
    .action((o) => schema(o));
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    const ce = e as { code?: string; exitCode?: number };
    if (typeof ce.code === "string" && ce.code.startsWith("commander.")) {
      // Help and version print and exit 0; a usage error has been printed by commander.
      return ce.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`livechat-webhooks: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return code;
}

if (isMainThread) start();
else void checkWorker();

function start(): void {
  // A reader that stops early (`| head`) ends the output, not in an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    });
  }

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`livechat-webhooks: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}

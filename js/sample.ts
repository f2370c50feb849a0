// Webhook bodies generated from each version's JSON Schema, which the build derives from the
// model (src/schema.rs: types, required members, enums, version gates, length limits) and ships
// in testing-schemas.mjs. The walk makes every choice through a Source: a seeded PRNG for
// sampleWebhook, or a tape of numbers that fast-check generates and shrinks (a tape that runs out
// reads 0, the simplest choice, so a failing body shrinks towards a small one).
//
// The schema says what is valid; the value makers below only make it look like LiveChat's traffic
// (ids in its shapes, RFC 3339 times, e-mails, URLs), keyed by the member's name. Three rules the
// schema cannot state are kept here, each the model's: `user_type` says what `user.type` says
// (`#[check(same_as)]`), an event's `deleted` flag stays false (a deleted event is the stub
// variant, `#[check(stub_when)]`), and of a "one of two members" pair the first is written.
//
// While walking, every member that a single change can make invalid is recorded as a Site, with
// the issue code and pointer that change must produce (mutate.ts applies them).

import { SCHEMA_DEFS, SCHEMA_DOCS } from "./testing-schemas.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { readonly [key: string]: any };

/** Where the walk's choices come from: `pick(n)` is an integer in [0, n). */
export interface Source {
  pick(n: number): number;
}

/** A PRNG (mulberry32) as a Source: the same seed gives the same body. */
export function seeded(seed: number): Source {
  let s = seed >>> 0;
  return {
    pick(n) {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      return n <= 1 ? 0 : Math.floor(r * n);
    },
  };
}

/** A tape of numbers as a Source (fast-check's arrays shrink towards short tapes of zeros). */
export function tape(numbers: readonly number[]): Source {
  let at = 0;
  return {
    pick(n) {
      if (n <= 1) return 0;
      const c = at < numbers.length ? numbers[at]! : 0;
      at++;
      return Math.abs(Math.trunc(c)) % n;
    },
  };
}

/** A member that one change makes invalid, and what the validator must then say. */
export interface Site {
  /** Pointer of the object that holds the member, and the member's name. */
  parent: string;
  key: string;
  kind: "drop" | "wrong_type" | "not_a_member" | "over_limit";
  /** For wrong_type: the value of another JSON type; for over_limit: the limit. */
  other?: Json;
  limit?: number;
  /** "string" | "array": what over_limit lengthens. */
  unit?: "chars" | "bytes" | "items";
  /** The element schema of an array (over_limit on items). */
  items?: Node;
}

// App webhooks name members in camelCase (`applicationID`, `clientID`): the value makers read
// them as snake_case (`application_id`, `client_id`).
function snake(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// `extra`'s keys added to `node` (its own `properties` win; `required` is the union).
function merge(node: Record<string, any>, extra: Node): void {
  for (const [k, v] of Object.entries(extra)) {
    if (k === "properties" && node.properties && typeof v === "object") {
      node.properties = { ...v, ...node.properties };
    } else if (k === "required" && Array.isArray(node.required) && Array.isArray(v)) {
      node.required = [...new Set([...node.required, ...v])];
    } else if (!(k in node)) {
      node[k] = v;
    }
  }
}

let rootMembers: Set<string> | undefined;

// The members every root variant of every version's webhooks requires.
function everywhereAtRoot(): Set<string> {
  if (rootMembers !== undefined) return rootMembers;
  let common: Set<string> | undefined;
  for (const doc of Object.keys(SCHEMA_DOCS)) {
    if (!doc.startsWith("webhook ")) continue;
    const gen = new Generator(doc, seeded(0), undefined, false);
    for (const alt of gen.root.oneOf as Node[]) {
      const required = new Set<string>(gen.resolve(alt).required ?? []);
      common = common === undefined ? required : new Set([...common].filter((k) => required.has(k)));
    }
  }
  return (rootMembers = common ?? new Set());
}

/** A document's root union and its $defs names, rebuilt from testing-schemas' compact form. */
interface Doc {
  readonly tag: string;
  readonly root: Node;
  readonly defs: Readonly<Record<string, number>>;
}
const docs = new Map<string, Doc>();

function docOf(key: string): Doc | undefined {
  const cached = docs.get(key);
  if (cached !== undefined) return cached;
  const d = SCHEMA_DOCS[key];
  if (d === undefined) return undefined;
  const base = d.base === undefined ? undefined : docOf(d.base);
  const root = {
    oneOf: Object.entries(d.variants).map(([c, name]) => ({
      $ref: `#/$defs/${name}`,
      type: "object",
      properties: { [d.tag]: { type: "string", const: c } },
      required: [d.tag],
    })),
  };
  const doc = { tag: d.tag, root, defs: { ...base?.defs, ...d.defs } };
  docs.set(key, doc);
  return doc;
}

export class Generator {
  readonly sites: Site[] = [];
  private readonly defs: Readonly<Record<string, number>>;
  readonly root: Node;
  /** The root's member that tells its variants apart: `action`, or `event` (app webhooks). */
  readonly tag: string;

  /** `doc`: "webhook 3.6", "agent 3.6", "customer 3.6" or "app". */
  constructor(
    readonly doc: string,
    private readonly src: Source,
    private readonly secret: string | undefined,
    private readonly recordSites: boolean,
  ) {
    const d = docOf(doc);
    if (d === undefined) throw new TypeError(`livechat-webhooks/testing: no schema of ${JSON.stringify(doc)}`);
    this.defs = d.defs;
    this.root = d.root;
    this.tag = d.tag;
  }

  /** The schema with its `$ref`s followed and merged in (the def's name kept as `$name`). */
  resolve(schema: Node): Record<string, any> {
    const node: Record<string, any> = { ...schema };
    while (typeof node.$ref === "string") {
      const name = (node.$ref as string).replace("#/$defs/", "");
      delete node.$ref;
      const index = this.defs[name];
      if (index === undefined) throw new Error(`livechat-webhooks/testing: the schema of ${this.doc} has no $defs/${name}`);
      node.$name ??= name;
      merge(node, SCHEMA_DEFS[index] as Node);
    }
    return node;
  }

  /** The root union's variant of `action` (every variant pins the tag to a const). */
  variantOf(action: string): Node | undefined {
    return (this.root.oneOf as Node[]).find((alt) => alt.properties?.[this.tag]?.const === action);
  }

  // An alternative of an untagged union that the checker tells apart from the others whatever
  // its members say: an object (or a tagged union of objects) beside alternatives that are all
  // objects too, where the others pin a member to a constant this one lacks (ThreadEvent: an
  // Event, or the stub whose `deleted` is `true`). Changes inside it are reported as its own.
  private objectVariant(alt: Record<string, any>, alts: readonly Node[]): boolean {
    const objectish = (n: Record<string, any>) => n.type === "object" || Array.isArray(n.oneOf);
    if (!objectish(alt)) return false;
    const others = alts.map((a) => this.resolve(a)).filter((o) => o.properties !== alt.properties || o.oneOf !== alt.oneOf);
    return others.length > 0 && others.every((o) => objectish(o) && Object.entries(o.properties ?? {}).some(([k, p]) => (p as Node).const !== undefined && !(alt.properties ?? {})[k]));
  }

  actions(): string[] {
    return (this.root.oneOf as Node[]).map((alt) => alt.properties[this.tag].const as string);
  }

  /** A value of `schema` at `pointer`. `free` inside untagged unions, where a change could just
   *  select another variant: no site is recorded there. */
  value(schema: Node, pointer: string, key: string, owner: string, free: boolean): Json {
    let node = this.resolve(schema);
    for (const [union, untagged] of [
      ["oneOf", false],
      ["anyOf", true],
    ] as const) {
      const alts = node[union] as Node[] | undefined;
      if (Array.isArray(alts)) {
        const alt = this.resolve(alts[this.src.pick(alts.length)]!);
        const rest = { ...node };
        delete rest[union];
        merge(alt, rest);
        return this.value(alt, pointer, key, owner, free || (untagged && !this.objectVariant(alt, alts)));
      }
    }
    if ("const" in node) return node.const as Json;
    if (Array.isArray(node.enum)) return node.enum[this.src.pick(node.enum.length)] as Json;
    let type = node.type;
    if (Array.isArray(type)) type = type[this.src.pick(type.length)];
    switch (type) {
      case "string":
        if (node.format === "date-time") return this.dateTime();
        return this.string(key, owner, node);
      case "integer":
        return this.integer(key, node);
      case "number":
        return [12.5, 89.99, 0.75, 1024, 3.14][this.src.pick(5)]!;
      case "boolean":
        // An event's `deleted: true` would make it the stub variant, which has its own schema.
        return key === "deleted" ? false : this.src.pick(2) === 1;
      case "array": {
        const items = (node.items ?? {}) as Node;
        const max = typeof node.maxItems === "number" ? node.maxItems : 3;
        const n = Math.min(max, this.src.pick(4));
        const out: Json[] = [];
        for (let i = 0; i < n; i++) out.push(this.value(items, `${pointer}/${i}`, key, owner, free));
        return out;
      }
      case "object":
        return this.object(node, pointer, free);
      default:
        return this.string(key, owner, node);
    }
  }

  object(node: Record<string, any>, pointer: string, free: boolean): Json {
    const out: { [key: string]: Json } = {};
    const required = new Set<string>(node.required ?? []);
    const props = (node.properties ?? {}) as Record<string, Node>;
    // "One of two members" rules: `allOf` of `anyOf: [{required: [a]}, {required: [b]}]`; the
    // first of each pair is always written, and neither may be dropped alone.
    const paired = new Set<string>();
    const preferred = new Set<string>();
    for (const rule of (node.allOf ?? []) as Node[]) {
      const pair = ((rule.anyOf ?? []) as Node[]).map((a) => a.required?.[0] as string);
      if (pair[0] !== undefined) preferred.add(pair[0]);
      for (const p of pair) if (p !== undefined) paired.add(p);
    }
    const owner = (node.$name as string | undefined) ?? "";
    // A union's tag (a member pinned to a constant: an event's or a user's `type`) comes first,
    // as LiveChat writes it.
    const entries = Object.entries(props).sort(([, a], [, b]) => Number(typeof b.const === "string") - Number(typeof a.const === "string"));
    for (const [k, sub] of entries) {
      const needed = required.has(k) || preferred.has(k);
      if (k === "secret_key" && pointer === "") {
        out[k] = this.secret ?? this.token(32);
        // With a secret configured, any change to it is a secret_mismatch (mutate.ts adds that).
        if (!free && this.secret === undefined) this.site(pointer, k, sub, required.has(k), paired.has(k));
        continue;
      }
      // A deprecated member is accepted with a warning only: a valid sample never sends it.
      if (sub.deprecated === true && !needed) continue;
      if (!needed && this.src.pick(3) === 0) continue;
      out[k] = this.value(sub, `${pointer}/${escapePointer(k)}`, k, owner, free);
      if (!free) this.site(pointer, k, sub, required.has(k), paired.has(k));
    }
    const extra = node.additionalProperties;
    if (extra !== null && typeof extra === "object" && Object.keys(props).length === 0) {
      const n = this.src.pick(3);
      for (let i = 0; i < n; i++) {
        const k = this.mapKey(owner, i);
        out[k] = this.value(extra as Node, `${pointer}/${escapePointer(k)}`, k, owner, true);
      }
    }
    // `user_type` says what `user.type` says.
    const user = out.user;
    if ("user_type" in out && user !== null && typeof user === "object" && !Array.isArray(user) && typeof user.type === "string") {
      out.user_type = user.type;
    }
    return out;
  }

  // The mutations a member takes, each of which the validator reports at the member alone.
  private site(parent: string, key: string, schema: Node, required: boolean, paired: boolean): void {
    if (!this.recordSites) return;
    const node = this.resolve(schema);
    const add = (s: Omit<Site, "parent" | "key">) => this.sites.push({ parent, key, ...s });
    // A pair member's absence is reported as the pair's rule; `user_type`/`user` and an event's
    // `type` are read by other rules too.
    if (paired || key === "user_type" || key === "type") return;
    // At the root, a member some version's envelope lacks (license_id, organization_id...) is
    // what tells versions apart: without it the body may be another version's, which the
    // validator says first (api_version_mismatch). Only members every envelope requires are dropped.
    if (required && (parent !== "" || everywhereAtRoot().has(key))) add({ kind: "drop" });
    if (node.anyOf !== undefined || node.oneOf !== undefined) return;
    if (Array.isArray(node.enum) || typeof node.const === "string") add({ kind: "not_a_member" });
    const other: Json | undefined = (
      { string: 7, integer: "7", number: "7", boolean: 1, array: {}, object: [] } as Record<string, Json>
    )[node.type as string];
    if (other !== undefined) add({ kind: "wrong_type", other });
    if (typeof node["x-maxBytes"] === "number") add({ kind: "over_limit", limit: node["x-maxBytes"], unit: "bytes" });
    else if (typeof node.maxLength === "number") add({ kind: "over_limit", limit: node.maxLength, unit: "chars" });
    if (typeof node.maxItems === "number") add({ kind: "over_limit", limit: node.maxItems, unit: "items", items: node.items ?? {} });
  }

  // ---- value makers: LiveChat's shapes, by the member's name ----

  private chars(alphabet: string, n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.src.pick(alphabet.length)];
    return s;
  }

  token(n: number): string {
    return this.chars("abcdefghijklmnopqrstuvwxyz0123456789", n);
  }

  private chatId(): string {
    return this.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10);
  }

  private uuid(): string {
    const h = (n: number) => this.chars("0123456789abcdef", n);
    return `${h(8)}-${h(4)}-4${h(3)}-${"89ab"[this.src.pick(4)]}${h(3)}-${h(12)}`;
  }

  private email(): string {
    const first = ["mira", "jonas", "aiko", "tomas", "leila", "sven", "ana", "kofi"][this.src.pick(8)];
    const last = ["okafor", "berg", "tanaka", "orsted", "haddad", "lind", "silva", "mensah"][this.src.pick(8)];
    return `${first}.${last}@${["example.com", "example.net", "example.org"][this.src.pick(3)]}`;
  }

  private userId(): string {
    return this.src.pick(2) === 0 ? this.uuid() : this.email();
  }

  private words(min: number, extra: number): string {
    const w = ["order", "shipping", "refund", "thanks", "hello", "price", "delivery", "account", "invoice", "plan", "today", "help"];
    const n = min + this.src.pick(extra + 1);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(w[this.src.pick(w.length)]!);
    return out.join(" ");
  }

  private string(key: string, owner: string, node: Node): string {
    const s = this.stringFor(key, owner);
    const max = typeof node.maxLength === "number" ? node.maxLength : Infinity;
    return s.length > max ? s.slice(0, max) : s;
  }

  private stringFor(key: string, owner: string): string {
    const k = snake(key);
    if (k === "id") {
      if (owner === "Customer") return this.uuid();
      if (owner === "Agent" || owner === "AgentCreatedPayload" || owner === "AgentUpdatedPayload") return this.email();
      if (/Event$/.test(owner)) return `${this.chatId()}_${1 + this.src.pick(40)}`;
      if (owner.startsWith("Chat") || owner.startsWith("Thread")) return this.chatId();
      return this.token(10);
    }
    if (k.endsWith("chat_id") || k.endsWith("thread_id")) return this.chatId();
    if (k === "event_id") return `${this.chatId()}_${1 + this.src.pick(40)}`;
    if (k === "webhook_id" || k === "bot_id" || k === "client_id") return this.chars("0123456789abcdef", 32);
    if (k === "organization_id" || k === "application_id" || k.endsWith("uuid")) return this.uuid();
    if (k.includes("email") || k === "login") return this.email();
    if (k.endsWith("_id") || k === "requester" || k.endsWith("user_ids")) return this.userId();
    if (k.includes("url") || k === "avatar" || k === "image" || k === "src" || k === "link") {
      return `https://${["cdn", "shop", "www"][this.src.pick(3)]}.example.com/${this.token(6)}`;
    }
    if (k === "ip") return `192.0.2.${1 + this.src.pick(254)}`;
    if (k === "user_agent") return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    if (k === "country_code") return ["DK", "PL", "US", "JP", "BR"][this.src.pick(5)]!;
    if (k === "country") return ["Denmark", "Poland", "United States", "Japan", "Brazil"][this.src.pick(5)]!;
    if (k === "timezone") return ["Europe/Copenhagen", "Europe/Warsaw", "America/New_York", "Asia/Tokyo"][this.src.pick(4)]!;
    if (k.startsWith("language")) return ["en", "pl", "da", "ja", "pt"][this.src.pick(5)]!;
    if (k === "currency") return ["USD", "EUR", "DKK", "PLN"][this.src.pick(4)]!;
    if (k === "latitude" || k === "longitude") return (this.src.pick(18000) / 100 - 90).toFixed(4);
    if (k === "name" || k.endsWith("_name")) {
      return ["Mira Okafor", "Jonas Berg", "Aiko Tanaka", "Tomás Ørsted", "Leila Haddad", "Support", "Sales"][this.src.pick(7)]!;
    }
    if (k === "text" || k === "message" || k === "summary") return `${this.words(3, 8)}.`;
    if (k === "title" || k === "subtitle" || k === "label") return this.words(1, 3);
    return this.words(1, 1).replace(/ /g, "_");
  }

  private mapKey(owner: string, i: number): string {
    const base = owner === "Properties" ? ["routing", "source", "rating", "custom"] : ["first", "second", "third", "fourth"];
    return `${base[(this.src.pick(base.length) + i) % base.length]}${i === 0 ? "" : `_${i}`}`;
  }

  private integer(key: string, node: Node): number {
    const lo = typeof node.minimum === "number" ? node.minimum : Number.MIN_SAFE_INTEGER;
    const hi = typeof node.maximum === "number" ? node.maximum : Number.MAX_SAFE_INTEGER;
    const k = snake(key);
    let n: number;
    if (k.endsWith("_id") || k === "id") n = 10_000 + this.src.pick(9_990_000);
    else if (k.endsWith("_at") || k === "timestamp") n = 1_700_000_000 + this.src.pick(60_000_000);
    else n = this.src.pick(100);
    return Math.min(hi, Math.max(lo, n));
  }

  private dateTime(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, "0");
    const s = this.src;
    return `${2024 + s.pick(3)}-${p(1 + s.pick(12))}-${p(1 + s.pick(28))}T${p(s.pick(24))}:${p(s.pick(60))}:${p(s.pick(60))}.${p(s.pick(1_000_000), 6)}Z`;
  }
}

#!/usr/bin/env node
// Deterministic generator of LiveChat API 3.1 webhook bodies for the benchmark.
//
//   node bench/generate.mjs [--out DIR] [--seed N]
//
// Writes into target/bench/bodies/ (default):
//   small.json            thread_closed, ~250 B
//   medium.json           incoming_chat_thread with 10 events of every type, ~4 KB
//   large.json            the same with ~400 events, ~100 KB
//   mixed-NN-<action>.json one body per action, all 24 of them (the "mixed" stream)
//   medium-invalid.json   medium with exactly 10 errors spread through its events
//   large-invalid.json    large with exactly 10 errors spread through its events
//   manifest.json         what each file is: set, action, bytes, valid, expected errors
//
// Same seed, same bytes: nothing depends on the clock or the environment. Bodies are compact
// JSON with non-ASCII text (Polish, German, Japanese, emoji) and escapes (\n, \", \t, \uXXXX
// for some letters and a surrogate pair, \/ in URLs), as real senders may produce.

import { mkdirSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");

// ---------------------------------------------------------------- random numbers (seeded)

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRng(seed) {
  const next = mulberry32(seed);
  const rng = {
    float: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    chars: (alphabet, n) => {
      let s = "";
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
  return rng;
}

const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";

// ---------------------------------------------------------------- vocabulary (written for this bench)

const SENTENCES = [
  "Hi, I ordered the blue kettle last week and it still hasn't shipped.",
  "Could you check order #48213 for me?",
  "Dzień dobry! Czy mogę zmienić adres dostawy? Zażółć gęślą jaźń.",
  "Grüße aus Köln: die Größe passt leider nicht, können Sie umtauschen?",
  "注文した商品がまだ届いていません。確認していただけますか？",
  "Thanks a lot 🙂 that solved it!",
  "Line one\nline two\n\tindented \"quoted\" part",
  "Café au lait, crème brûlée, déjà vu — all in one résumé.",
  "Price is 12,99 € (incl. VAT) or £11.20.",
  "Is there a discount for students? 🎓",
  "I'm on the checkout page, the button says \"Pay now\" but nothing happens.",
  "Path on my disk: C:\\Users\\anna\\Downloads\\invoice.pdf",
  "Ok, I'll wait. Спасибо!",
  "שלום, אני צריך עזרה עם ההזמנה",
  "Let me transfer you to our billing team 👉 they will know more.",
  "Your refund was issued today; it takes 3–5 business days.",
];

const FIRST = ["Anna", "Jürgen", "Łukasz", "Zoë", "Hiroshi", "Olivia", "Mateo", "Chloé", "Søren", "Priya"];
const LAST = ["Kowalska", "Müller", "Nowak", "Dubois", "Tanaka", "O'Brien", "García", "Öztürk", "Ng", "Smith"];
const CITIES = [
  ["Poland", "PL", "Mazowieckie", "Warszawa", "Europe/Warsaw"],
  ["Germany", "DE", "Nordrhein-Westfalen", "Köln", "Europe/Berlin"],
  ["Japan", "JP", "Tōkyō", "東京", "Asia/Tokyo"],
  ["France", "FR", "Île-de-France", "Paris", "Europe/Paris"],
  ["United States", "US", "California", "San José", "America/Los_Angeles"],
];
const PAGES = [
  ["https://shop.example.com/", "Shop — Home"],
  ["https://shop.example.com/kettles/blue?ref=mail&utm=x", "Blue kettle · Kitchen"],
  ["https://shop.example.com/checkout", "Checkout – step 2/3"],
  ["https://shop.example.com/pl/pomoc", "Pomoc i wsparcie"],
];
const SYSTEM_TYPES = [
  "routing.assigned_other",
  "agent_joined",
  "manual_archived_agent",
  "rating.chat_rated",
  "routing.idle",
  "transcript_requested",
];

// ---------------------------------------------------------------- building blocks

function timeAt(baseSec, offsetSec, style) {
  const d = new Date((baseSec + offsetSec) * 1000);
  const iso = d.toISOString(); // 2019-12-05T07:27:08.000Z
  const micro = String((offsetSec * 7919) % 1000000).padStart(6, "0");
  if (style === "ms") return iso.slice(0, 19) + "." + micro.slice(0, 3) + "Z";
  if (style === "offset") {
    // the same instant written with a +01:00 offset
    const shifted = new Date((baseSec + offsetSec + 3600) * 1000).toISOString();
    return shifted.slice(0, 19) + "." + micro + "+01:00";
  }
  return iso.slice(0, 19) + "." + micro + "Z";
}

class World {
  constructor(rng) {
    this.rng = rng;
    this.base = 1575530828; // 2019-12-05T07:27:08Z
    this.clock = 0;
  }
  time(style) {
    this.clock += this.rng.int(1, 40);
    const s = style ?? (this.rng.chance(0.85) ? "us" : this.rng.pick(["ms", "offset"]));
    return timeAt(this.base, this.clock, s);
  }
  chatId() {
    return this.rng.chars(UPPER_DIGITS, 10);
  }
  hex(n) {
    return this.rng.chars(HEX, n);
  }
  uuid() {
    return `${this.hex(8)}-${this.hex(4)}-${this.hex(4)}-${this.hex(4)}-${this.hex(12)}`;
  }
  agentId() {
    return `${this.rng.pick(FIRST).toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${this.rng
      .pick(LAST)
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z]/g, "")}@support.example.com`;
  }
  name() {
    return `${this.rng.pick(FIRST)} ${this.rng.pick(LAST)}`;
  }
  text() {
    const n = this.rng.chance(0.2) ? 2 : 1;
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(this.rng.pick(SENTENCES));
    return parts.join(" ");
  }
  // A Properties object; values are wrapped ({"value": x}) or bare scalars, both as the spec allows.
  properties(wrapped) {
    const w = (v) => (wrapped ? { value: v } : v);
    return {
      routing: { continuous: w(false), idle: w(this.rng.chance(0.5)), referrer: w("") },
      source: { client_id: w(this.hex(12)) },
      rating: { comment: w("Miła obsługa — dziękuję!") },
    };
  }
  customer(id) {
    const [country, code, region, city, tz] = this.rng.pick(CITIES);
    const pages = [];
    for (let i = 0; i < 1; i++) {
      const [url, title] = this.rng.pick(PAGES);
      pages.push({ opened_at: this.time("us"), url, title });
    }
    return {
      id,
      type: "customer",
      name: this.name(),
      email: `customer.${this.hex(6)}@mail.example.org`,
      present: true,
      events_seen_up_to: this.time("us"),
      created_at: this.time("us"),
      fields: { Księgowość: "tak" },
      last_visit: {
        started_at: this.time("us"),
        ip: `192.0.2.${this.rng.int(1, 254)}`,
        geolocation: { country, country_code: code, region, city, timezone: tz },
        last_pages: pages,
      },
      statistics: { chats_count: this.rng.int(1, 9), threads_count: this.rng.int(1, 20), visits_count: this.rng.int(1, 50) },
      agent_last_event_created_at: this.time("us"),
      customer_last_event_created_at: this.time("us"),
    };
  }
  agent(id) {
    return {
      id,
      type: "agent",
      name: this.name(),
      email: id,
      avatar: "cdn.example.com/avatars/agent.png",
      present: true,
      events_seen_up_to: this.time("us"),
      routing_status: this.rng.pick(["accepting_chats", "not_accepting_chats", "offline"]),
    };
  }

  // ------------------------------------------------------------ events, by type
  event(type, ctx, n) {
    const base = { id: `${ctx.threadId}_${n}`, type };
    const author = this.rng.chance(0.5) ? ctx.customerId : ctx.agentId;
    const created_at = this.time();
    switch (type) {
      case "message": {
        const e = { ...base, author_id: author, created_at, recipients: this.rng.chance(0.9) ? "all" : "agents", text: this.text() };
        if (this.rng.chance(0.1)) e.custom_id = this.hex(8);
        if (this.rng.chance(0.05)) e.properties = { lc2: { welcome_message: this.rng.chance(0.5) } };
        if (this.rng.chance(0.1))
          e.postback = { id: "action_yes", thread_id: ctx.threadId, event_id: `${ctx.threadId}_1`, type: "message", value: "Yes, please" };
        return e;
      }
      case "file": {
        const name = this.rng.pick(["paragon.png", "zrzut ekranu.jpeg", "zdjęcie.gif"]);
        return {
          ...base,
          author_id: author,
          created_at,
          recipients: "all",
          name,
          url: `https://cdn.files.example.com/${this.hex(8)}/${encodeURIComponent(name)}`,
          content_type: this.rng.pick(["image/png", "image/jpeg", "image/gif"]),
          size: this.rng.int(1000, 900000),
          width: this.rng.int(100, 1920),
          height: this.rng.int(100, 1080),
          thumbnail_url: `https://cdn.files.example.com/thumb/${this.hex(8)}.png`,
        };
      }
      case "filled_form": {
        const documented = this.rng.chance(0.5);
        const fields = documented
          ? [
              { type: "name", id: "f1", label: "Imię:", answer: this.name() },
              { type: "radio", id: "f3", label: "Topic?", answer: { id: "0", label: "Zwrot" } },
              { type: "checkbox", id: "f4", label: "Items", answers: [{ id: "a", label: "Mug ☕" }] },
              { type: "group_chooser", id: "f5", label: "Team", answer: { group_id: 2, label: "Billing" } },
            ]
          : [
              { label: "Name:", type: "name", value: this.name() },
              { label: "Question:", type: "question", value: "Wie lange dauert der Versand nach Österreich?" },
            ];
        const e = { ...base, author_id: author, created_at, recipients: "all", fields };
        if (documented) e.form_id = this.hex(16);
        else e.properties = { lc2: { form_type: "prechat" } };
        return e;
      }
      case "rich_message": {
        const buttons = [
          { text: "Show product", type: "webview", value: "https://shop.example.com/kettles/blue", webview_height: "tall", postback_id: "open_product", user_ids: [ctx.customerId] },
          { text: "No, thanks", postback_id: "action_no", user_ids: [] },
        ];
        return {
          ...base,
          author_id: ctx.agentId,
          created_at,
          recipients: "all",
          template_id: this.rng.pick(["cards", "quick_replies", "sticker"]),
          elements: [
            {
              title: "Blue kettle – 1.7 l",
              subtitle: "Stal, 2200 W",
              image: { url: "https://cdn.example.com/img/kettle.png", content_type: "image/png" },
              buttons,
            },
          ],
        };
      }
      case "custom":
        return {
          ...base,
          author_id: author,
          created_at,
          recipients: "agents",
          content: { widget: "order-status", order: { id: 48213, status: "w drodze", items: [1, 2, 3], note: null } },
        };
      case "system_message": {
        const e = {
          ...base,
          created_at,
          system_message_type: this.rng.pick(SYSTEM_TYPES),
          text: `${this.name()} joined the chat`,
          text_vars: { agent: this.name() },
        };
        if (this.rng.chance(0.5)) e.recipients = "all";
        return e;
      }
      default:
        throw new Error(`unknown event type ${type}`);
    }
  }
}

const EVENT_TYPES = ["message", "file", "filled_form", "rich_message", "custom", "system_message"];

function envelope(w, action, payload, extra = {}) {
  return {
    webhook_id: w.hex(32),
    secret_key: "bench-secret-Ω-1",
    action,
    payload,
    ...extra,
  };
}

function chatThread(w, nEvents) {
  const chatId = w.chatId();
  const threadId = w.chatId();
  const customerId = w.uuid();
  const agentId = w.agentId();
  const ctx = { chatId, threadId, customerId, agentId };
  const events = [];
  for (let i = 0; i < nEvents; i++) {
    // Every type appears in the first six events; after that messages dominate, as in real chats.
    const type = i < EVENT_TYPES.length ? EVENT_TYPES[(i + 0) % EVENT_TYPES.length] : w.rng.chance(0.8) ? "message" : w.rng.pick(EVENT_TYPES);
    events.push(w.event(type, ctx, i + 1));
  }
  // every thread carries each kind of escape at least once, whatever the random draw
  events[0].text = "Dzień dobry 🙂\nCzy paczka \"48213\" już wyszła? Café.";
  const chat = {
    id: chatId,
    users: [w.customer(customerId), w.agent(agentId)],
    properties: w.properties(false),
    access: { group_ids: [0, 2] },
    thread: {
      id: threadId,
      timestamp: w.base + 3,
      active: true,
      user_ids: [customerId, agentId],
      events,
      order: 112057129857,
      properties: { routing: { start_url: "https://shop.example.com/" } },
      access: { group_ids: [0] },
      tags: ["zwrot", "billing"],
    },
  };
  return { ctx, payload: { chat } };
}

// ---------------------------------------------------------------- the 24 actions

export const ACTIONS = [
  "incoming_chat_thread",
  "thread_closed",
  "access_granted",
  "access_revoked",
  "access_set",
  "chat_user_added",
  "chat_user_removed",
  "incoming_event",
  "event_updated",
  "incoming_rich_message_postback",
  "chat_properties_updated",
  "chat_properties_deleted",
  "chat_thread_properties_updated",
  "chat_thread_properties_deleted",
  "event_properties_updated",
  "event_properties_deleted",
  "chat_thread_tagged",
  "chat_thread_untagged",
  "agent_status_changed",
  "agent_deleted",
  "customer_created",
  "events_marked_as_seen",
  "last_seen_timestamp_updated",
  "follow_up_requested",
];

function actionBody(w, action) {
  const chat_id = w.chatId();
  const thread_id = w.chatId();
  const ctx = { chatId: chat_id, threadId: thread_id, customerId: w.uuid(), agentId: w.agentId() };
  const addl = { additional_data: { chat_properties: w.properties(true) } };
  switch (action) {
    case "incoming_chat_thread":
      return envelope(w, action, chatThread(w, 6).payload, { additional_data: {} });
    case "thread_closed":
      return envelope(w, action, { chat_id, thread_id, user_id: ctx.agentId }, addl);
    case "access_granted":
    case "access_revoked":
    case "access_set":
      return envelope(w, action, { resource: "chat", id: chat_id, access: { group_ids: [0, 1, 7] } }, addl);
    case "chat_user_added": {
      const agent = w.rng.chance(0.5);
      return envelope(
        w,
        action,
        { chat_id, thread_id, user: agent ? w.agent(ctx.agentId) : w.customer(ctx.customerId), user_type: agent ? "agent" : "customer" },
        { additional_data: { chat_properties: w.properties(false), access: { group_ids: [0] }, thread_id } },
      );
    }
    case "chat_user_removed":
      return envelope(w, action, { chat_id, thread_id, user_id: ctx.agentId, user_type: "agent" }, addl);
    case "incoming_event":
      return envelope(w, action, { chat_id, thread_id, event: w.event("message", ctx, 3) }, addl);
    case "event_updated":
      return envelope(w, action, { chat_id, thread_id, event: w.event("rich_message", ctx, 4) }, addl);
    case "incoming_rich_message_postback":
      return envelope(w, action, { user_id: ctx.customerId, chat_id, thread_id, event_id: `${thread_id}_4`, postback: { id: "action_yes", toggled: true } }, addl);
    case "chat_properties_updated":
      return envelope(w, action, { chat_id, properties: w.properties(true) }, addl);
    case "chat_properties_deleted":
      return envelope(w, action, { chat_id, properties: { rating: ["score", "comment"], routing: ["idle"] } }, addl);
    case "chat_thread_properties_updated":
      return envelope(w, action, { chat_id, thread_id, properties: w.properties(false) }, addl);
    case "chat_thread_properties_deleted":
      return envelope(w, action, { chat_id, thread_id, properties: { rating: ["comment"] } }, addl);
    case "event_properties_updated":
      return envelope(w, action, { chat_id, thread_id, event_id: `${thread_id}_2`, properties: { lc2: { flagged: { value: true } }, "ąę-app": { note: "ważne" } } }, addl);
    case "event_properties_deleted":
      return envelope(w, action, { chat_id, thread_id, event_id: `${thread_id}_2`, properties: { lc2: ["flagged"] } }, addl);
    case "chat_thread_tagged":
    case "chat_thread_untagged":
      return envelope(w, action, { chat_id, thread_id, tag: "reklamacja/zwrot" }, addl);
    case "agent_status_changed":
      return envelope(w, action, { agent_id: ctx.agentId, status: w.rng.pick(["accepting chats", "not accepting chats", "offline"]) }, { additional_data: {} });
    case "agent_deleted":
      return envelope(w, action, { agent_id: ctx.agentId }, { additional_data: {} });
    case "customer_created":
      // the webhook page's bare form (the Customer object itself)
      return envelope(w, action, {
        id: ctx.customerId,
        created_at: w.time("us"),
        email: "nowy.klient@mail.example.org",
        avatar: "https://cdn.example.com/avatars/c.png",
        fields: { "Skąd": "Kraków" },
      });
    case "events_marked_as_seen":
      return envelope(w, action, { user_id: ctx.customerId, chat_id, seen_up_to: w.time("us") }, addl);
    case "last_seen_timestamp_updated":
      return envelope(w, action, { user_id: ctx.customerId, chat_id, thread_id, timestamp: w.base + 77 }, addl);
    case "follow_up_requested":
      return envelope(w, action, { chat_id, thread_id, customer_id: ctx.customerId });
    default:
      throw new Error(`no generator for ${action}`);
  }
}

// ---------------------------------------------------------------- serialisation with escapes

// Compact JSON, then some characters rewritten as escapes that every JSON reader must decode.
// Every replaced character occurs only inside string values, so the text stays valid JSON and
// means the same thing.
export function serialize(value) {
  return JSON.stringify(value)
    .replaceAll("é", "\\u00e9")
    .replaceAll("ż", "\\u017c")
    .replaceAll("🙂", "\\ud83d\\ude42")
    .replaceAll("://", ":\\/\\/");
}

// ---------------------------------------------------------------- invalid variants (exactly 10 errors)

// Each mutation makes exactly one error in one event (wrong type, missing field or bad timestamp),
// applied to ten events spread evenly through the thread.
const TYPE_REQUIRED = {
  message: "text",
  file: "url",
  filled_form: "fields",
  rich_message: "template_id",
  custom: "id",
  system_message: "system_message_type",
};
const MUTATIONS = [
  ["bad timestamp: day 32", (e) => void (e.created_at = "2019-12-32T07:27:08.820000Z")],
  ["wrong type: id is a number", (e) => void (e.id = 4711)],
  ["missing field: created_at", (e) => void delete e.created_at],
  ["wrong type: custom_id is a number", (e) => void (e.custom_id = 12)],
  ["bad timestamp: not a date", (e) => void (e.created_at = "yesterday at noon")],
  ["missing field: id", (e) => void delete e.id],
  ["bad timestamp: month 13", (e) => void (e.created_at = "2019-13-05T07:27:08.820000Z")],
  ["wrong type: custom_id is a boolean", (e) => void (e.custom_id = true)],
  ["missing field: type's required field", (e) => void delete e[TYPE_REQUIRED[e.type]]],
  ["bad timestamp: unix seconds in a string", (e) => void (e.created_at = "1575530828")],
];

function withTenErrors(body) {
  const copy = structuredClone(body);
  const events = copy.payload.chat.thread.events;
  const n = events.length;
  const where = [];
  MUTATIONS.forEach(([what, apply], i) => {
    const index = Math.min(n - 1, Math.floor(((i + 0.5) * n) / MUTATIONS.length));
    apply(events[index]);
    where.push({ index, what });
  });
  return { body: copy, errors: where };
}

// ---------------------------------------------------------------- main

export function generate(seed = 20191205) {
  const w = new World(makeRng(seed));
  const out = [];
  const add = (file, set, action, value, extra = {}) => {
    const text = serialize(value);
    out.push({ file, set, action, bytes: Buffer.byteLength(text), valid: true, expectedErrors: 0, ...extra, text, value });
  };

  // small: a thread_closed of ~250 bytes
  add("small.json", "small", "thread_closed", {
    webhook_id: w.hex(32),
    secret_key: "bench-secret-Ω-1",
    action: "thread_closed",
    payload: { chat_id: w.chatId(), thread_id: w.chatId(), user_id: "rené.łukasz@example.com" },
    additional_data: { chat_properties: { routing: { idle: { value: false } } } },
  });

  const medium = envelope(w, "incoming_chat_thread", chatThread(w, 10).payload, { additional_data: { chat_properties: { source: { type: "widget" } } } });
  add("medium.json", "medium", "incoming_chat_thread", medium);
  const large = envelope(w, "incoming_chat_thread", chatThread(w, 400).payload, { additional_data: { chat_properties: { source: { type: "widget" } } } });
  add("large.json", "large", "incoming_chat_thread", large);

  ACTIONS.forEach((action, i) => {
    add(`mixed-${String(i).padStart(2, "0")}-${action}.json`, "mixed", action, actionBody(w, action));
  });

  for (const [name, body] of [["medium", medium], ["large", large]]) {
    const { body: bad, errors } = withTenErrors(body);
    add(`${name}-invalid.json`, `${name}-invalid`, "incoming_chat_thread", bad, { valid: false, expectedErrors: errors.length, errors });
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const outDir = resolve(opt("--out", join(root, "target", "bench", "bodies")));
  const seed = Number(opt("--seed", "20191205"));
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith(".json")) rmSync(join(outDir, f));
  const bodies = generate(seed);
  for (const b of bodies) writeFileSync(join(outDir, b.file), b.text);
  const manifest = {
    seed,
    bodies: bodies.map(({ text, value, ...meta }) => meta),
  };
  writeFileSync(join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const sets = {};
  for (const b of bodies) {
    sets[b.set] ??= { n: 0, bytes: 0 };
    sets[b.set].n++;
    sets[b.set].bytes += b.bytes;
  }
  const summary = Object.entries(sets)
    .map(([s, { n, bytes }]) => (n === 1 ? `${s} ${bytes} B` : `${s} ${n} bodies, ${Math.round(bytes / n)} B avg`))
    .join("; ");
  console.log(`bench/generate: wrote ${bodies.length} bodies to ${outDir} (seed ${seed}): ${summary}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

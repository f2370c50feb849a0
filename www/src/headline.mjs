// One sentence that says what a decoded webhook means, shown after its action: "a new message
// event in chat PJ0MRSHTDG". Written per action from the payload's fields; an action without a
// sentence here (of a version newer than this page) still gets one from its name and the ids it
// carries.

const q = (s) => `“${s}”`;
const list = (xs) => (Array.isArray(xs) && xs.length ? xs.join(", ") : "none");
const inThread = (p) => (p.thread_id ? ` (thread ${p.thread_id})` : "");
const names = (props) => (props && typeof props === "object" ? Object.keys(props).join(", ") || "no namespace" : "?");
const who = (u) => {
  if (!u || typeof u !== "object") return "a user";
  const label = u.name ? `${u.name} (${u.id})` : u.id;
  return u.type ? `${u.type} ${label}` : String(label);
};
const article = (word) => (/^[aeiou]/i.test(word) ? "an" : "a");
// API 3.6 sends a deleted event as a stub: its id, type and dates, never its content.
const deletedNote = (e) => (e?.deleted === true ? ", deleted (only its identity is left)" : "");
const eventWords = (e) => (e && typeof e.type === "string" ? e.type.replace(/_/g, " ") : "unknown");

function newChat(p) {
  const chat = p.chat ?? {};
  const thread = chat.thread ?? {};
  const users = Array.isArray(chat.users) ? chat.users.length : 0;
  const events = Array.isArray(thread.events) ? thread.events.length : 0;
  return `a new chat thread ${thread.id} in chat ${chat.id}, with ${users} user${users === 1 ? "" : "s"} and ${events} event${events === 1 ? "" : "s"}`;
}

const closed = (p) => `thread ${p.thread_id} of chat ${p.chat_id} was closed ${p.user_id ? `by ${p.user_id}` : "by the system (no user_id)"}`;
const access = (verb) => (p) =>
  `access to ${p.resource ?? "chat"} ${p.id} ${verb} groups ${list(p.access?.group_ids)}`;
const joined = (p) => `${who(p.user)} joined chat ${p.chat_id}${inThread(p)}`;
const left = (p) => `${p.user_type ?? "user"} ${p.user_id} left chat ${p.chat_id}${inThread(p)}`;
const props = (what, verb) => (p) => {
  const owner =
    what === "chat" ? `chat ${p.chat_id}` : what === "thread" ? `thread ${p.thread_id} of chat ${p.chat_id}` : `event ${p.event_id} in chat ${p.chat_id}`;
  return `properties ${names(p.properties)} of ${owner} ${verb}`;
};
const tagged = (verb) => (p) => `thread ${p.thread_id} of chat ${p.chat_id} was ${verb} ${q(p.tag)}`;
const status = (p) => `agent ${p.agent_id} is now ${q(p.status)}`;
const changed = (p) => {
  const keys = Object.keys(p).filter((k) => k !== "id");
  return keys.length ? `: ${keys.join(", ")} changed` : "";
};
// Configuration webhooks (API 3.4+): what was created, updated or removed, by its id.
const config = (what, verb) => (p) => {
  const label = p.name && verb === "created" ? `${what} ${q(p.name)} (${p.id})` : `${what} ${p.id}`;
  return `${label} was ${verb}${verb === "updated" ? changed(p) : ""}`;
};
const autoAccess = (verb) => (p) =>
  `auto-access rule ${p.id}${p.description ? ` ${q(p.description)}` : ""} was ${verb}${
    verb === "added" ? `, routing to groups ${list(p.access?.groups)}` : verb === "updated" ? changed(p) : ""
  }`;
const autoAccesses = (p) => {
  const changes = Array.isArray(p) ? p : [];
  const each = changes.map((c) => `${c?.id} ${c?.status}`).join(", ");
  return `${changes.length} auto-access rule${changes.length === 1 ? "" : "s"} changed${each ? `: ${each}` : ""}`;
};
const sessionFields = (p) => {
  const keys = Array.isArray(p.session_fields) ? p.session_fields.flatMap((f) => (f && typeof f === "object" ? Object.keys(f) : [])) : [];
  const chat = p.active_chat?.chat_id ? ` in chat ${p.active_chat.chat_id}` : "";
  return `session fields ${keys.join(", ") || "(none)"} of customer ${p.id} updated${chat}`;
};
const customer = (p) => {
  const c = p.customer ?? p;
  return `a new customer ${c.name ? `${c.name} (${c.id})` : c.id}`;
};

const SENTENCES = {
  incoming_chat_thread: newChat,
  incoming_chat: newChat,
  thread_closed: closed,
  chat_deactivated: closed,
  access_granted: access("granted to"),
  access_revoked: access("revoked from"),
  access_set: access("set to"),
  chat_access_granted: access("granted to"),
  chat_access_revoked: access("revoked from"),
  chat_access_updated: access("now held by"),
  chat_user_added: joined,
  user_added_to_chat: joined,
  chat_user_removed: left,
  user_removed_from_chat: left,
  incoming_event: (p) => `${article(eventWords(p.event))} new ${eventWords(p.event)} event in chat ${p.chat_id}${deletedNote(p.event)}`,
  event_updated: (p) => `the ${eventWords(p.event)} event ${p.event?.id} in chat ${p.chat_id} was updated${deletedNote(p.event)}`,
  event_deleted: (p) => `event ${p.event_id} in chat ${p.chat_id} was deleted`,
  incoming_rich_message_postback: (p) =>
    `user ${p.user_id} ${p.postback?.toggled ? "pressed" : "released"} button ${q(p.postback?.id)} of event ${p.event_id} in chat ${p.chat_id}`,
  chat_properties_updated: props("chat", "updated"),
  chat_properties_deleted: props("chat", "deleted"),
  chat_thread_properties_updated: props("thread", "updated"),
  chat_thread_properties_deleted: props("thread", "deleted"),
  thread_properties_updated: props("thread", "updated"),
  thread_properties_deleted: props("thread", "deleted"),
  event_properties_updated: props("event", "updated"),
  event_properties_deleted: props("event", "deleted"),
  chat_thread_tagged: tagged("tagged"),
  chat_thread_untagged: tagged("untagged"),
  thread_tagged: tagged("tagged"),
  thread_untagged: tagged("untagged"),
  agent_status_changed: status,
  routing_status_set: status,
  agent_deleted: (p) => `agent ${p.agent_id ?? p.id} was deleted`,
  customer_created: customer,
  incoming_customer: customer,
  events_marked_as_seen: (p) => `user ${p.user_id} has seen the events of chat ${p.chat_id} up to ${p.seen_up_to}`,
  last_seen_timestamp_updated: (p) =>
    `user ${p.user_id} has seen chat ${p.chat_id}${inThread(p)} up to ${unixTime(p.timestamp)} (the API 3.0 name of events_marked_as_seen)`,
  follow_up_requested: (p) => `customer ${p.customer_id} asked for a follow-up in chat ${p.chat_id}${inThread(p)}`,
  customer_session_fields_updated: sessionFields,
  agent_created: (p) => `agent ${p.name ? `${q(p.name)} (${p.id})` : p.id} was created${p.role ? ` with the role ${p.role}` : ""}`,
  agent_approved: config("agent", "approved"),
  agent_updated: config("agent", "updated"),
  agent_suspended: config("agent", "suspended"),
  agent_unsuspended: config("agent", "unsuspended"),
  auto_access_added: autoAccess("added"),
  auto_access_updated: autoAccess("updated"),
  auto_access_deleted: autoAccess("deleted"),
  auto_accesses_updated: autoAccesses,
  bot_created: config("bot", "created"),
  bot_updated: config("bot", "updated"),
  bot_deleted: config("bot", "deleted"),
  group_created: config("group", "created"),
  group_updated: config("group", "updated"),
  group_deleted: config("group", "deleted"),
  tag_created: (p) => `tag ${q(p.name)} was created for groups ${list(p.group_ids)}`,
  tag_updated: (p) => `tag ${q(p.name)} now applies to groups ${list(p.group_ids)}`,
  tag_deleted: (p) => `tag ${q(p.name)} was deleted`,
  thread_summary_set: (p) =>
    `a summary of thread ${p.thread_id} of chat ${p.chat_id} was set${p.summary?.status ? ` (status ${q(p.summary.status)})` : ""}`,
  chat_transferred: (p) => `chat ${p.chat_id}${inThread(p)} was transferred${p.reason ? ` (${p.reason})` : ""}`,
};

function unixTime(seconds) {
  if (typeof seconds !== "number") return "?";
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace(".000Z", "Z");
}

/** For an action with no sentence: its words, and the ids the payload carries. */
function fromName(action, p) {
  const words = action.replace(/_/g, " ");
  const ids = ["chat_id", "thread_id", "event_id", "agent_id", "user_id", "id"]
    .filter((k) => typeof p[k] === "string" && p[k] !== "")
    .map((k) => `${k.replace(/_id$/, "") || "id"} ${p[k]}`);
  return ids.length ? `${words} (${ids.join(", ")})` : words;
}

/** Whether `action` has a sentence of its own (else its words and ids stand in). */
export const hasSentence = (action) => Object.hasOwn(SENTENCES, action);

/**
 * @param {any} webhook a decoded webhook
 * @param {boolean} known whether the package knows its action (otherwise it was accepted untyped)
 * @returns {string}
 */
export function headline(webhook, known = true) {
  const action = String(webhook?.action);
  const p = webhook && typeof webhook.payload === "object" && webhook.payload !== null ? webhook.payload : {};
  if (!known) return `an action this API version does not define, accepted with an untyped payload: ${fromName(action, p)}`;
  const sentence = SENTENCES[action];
  try {
    return sentence ? sentence(p) : fromName(action, p);
  } catch {
    return fromName(action, p);
  }
}

// Bodies written for the playground's e2e test (invented ids), and where their problems sit.
import assert from "node:assert/strict";

export const pretty = (v) => JSON.stringify(v, null, 2) + "\n";

export const threadClosed = (secret) =>
  pretty({
    webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
    secret_key: secret,
    action: "thread_closed",
    payload: { chat_id: "E2ECHAT001", thread_id: "E2ETHRD001", user_id: "carol@example.net" },
    additional_data: {},
  });

// A chat thread with four problems, each one on its own line.
export const manyErrors = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: "e2e",
  action: "incoming_chat_thread",
  payload: {
    chat: {
      id: "E2ECHAT002",
      users: [{ id: "carol@example.net", type: "agent", name: "Carol", present: true }],
      thread: {
        id: "E2ETHRD002",
        timestamp: "yesterday",
        active: true,
        user_ids: ["carol@example.net"],
        order: 7,
        events: [
          {
            id: "E2ETHRD002_1",
            type: "message",
            author_id: "carol@example.net",
            created_at: "not a date",
            recipients: "everybody",
            text: "hello",
          },
          {
            id: "E2ETHRD002_2",
            type: "message",
            author_id: "carol@example.net",
            created_at: "2024-03-05T10:15:01.880000Z",
            recipients: "all",
            text: 12,
          },
        ],
      },
    },
  },
});

/** 1-based line and UTF-16 column of the n-th (0-based) occurrence of `needle`, plus `shift`. */
export function where(text, needle, shift = 0, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `test bug: ${JSON.stringify(needle)} not in body`);
  }
  at += shift;
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - before.lastIndexOf("\n") };
}
// Positions of the offending values (the value token, after `"key": `).
const valueAt = (needle, nth = 0) => where(manyErrors, needle, needle.length, nth);
export const expectedMany = [
  { code: "invalid_type", pointer: "/payload/chat/thread/timestamp", ...valueAt('"timestamp": ') },
  { code: "invalid_value", pointer: "/payload/chat/thread/events/0/created_at", ...valueAt('"created_at": ') },
  { code: "invalid_value", pointer: "/payload/chat/thread/events/0/recipients", ...valueAt('"recipients": ') },
  { code: "invalid_type", pointer: "/payload/chat/thread/events/1/text", ...valueAt('"text": ', 1) },
];

export const badJson = '{\n  "action": "thread_closed",\n  "payload": {\n    "chat_id": "E2ECHAT003",,\n  }\n}\n';
export const badJsonAt = where(badJson, ",,", 1); // the second comma

export const unknownFieldBody = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: "e2e",
  action: "thread_closed",
  payload: { chat_id: "E2ECHAT004", thread_id: "E2ETHRD004", mood: "sunny" },
});

// A message event, an agent joining and a customer created with its type: one of each kind of
// narrowing (tagged by `type`, by `action`, untagged by the members present).
export const BODY_SECRET = "whsec-e2e-Body-5521";
export const messageEvent = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: BODY_SECRET,
  action: "incoming_event",
  payload: {
    chat_id: "E2ECHAT005",
    thread_id: "E2ETHRD005",
    event: {
      id: "E2ETHRD005_1",
      type: "message",
      author_id: "carol@example.net",
      created_at: "2024-03-05T10:15:01.880000Z",
      recipients: "all",
      text: "Where is my parcel?",
      properties: { lc2: { seen: { value: true } } },
      mood: "curious",
    },
  },
  additional_data: {},
});
export const agentAdded = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: "e2e",
  action: "chat_user_added",
  payload: {
    chat_id: "E2ECHAT006",
    thread_id: "E2ETHRD006",
    user: { id: "dave@example.net", type: "agent", name: "Dave", routing_status: "accepting_chats" },
    user_type: "agent",
  },
});
export const typedCustomer = pretty({
  webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
  secret_key: "e2e",
  action: "customer_created",
  payload: { id: "b7e3c1d2-0000-4000-8000-00000000e2e0", type: "customer", name: "Erin" },
});

/** A valid incoming_chat_thread of about `bytes` bytes: one thread with many message events. */
export function bigChatThread(bytes) {
  const events = [];
  const body = {
    webhook_id: "0c5d2a7e91f84b3aa6d4e8f7b2c1a9d0",
    secret_key: "e2e",
    action: "incoming_chat_thread",
    payload: {
      chat: {
        id: "E2EBIG0001",
        users: [{ id: "carol@example.net", type: "agent", name: "Carol" }],
        thread: { id: "E2EBIGTHR1", timestamp: 1709633700, active: true, user_ids: ["carol@example.net"], order: 1, events },
      },
    },
  };
  const event = (i) => ({
    id: `E2EBIGTHR1_${i}`,
    type: "message",
    author_id: "carol@example.net",
    created_at: "2024-03-05T10:15:01.880000Z",
    recipients: "all",
    text: `message number ${i}: ${"lorem ipsum ".repeat(8)}`,
  });
  while (pretty(body).length < bytes) {
    for (let n = 0; n < 100; n++) events.push(event(events.length));
  }
  return pretty(body);
}

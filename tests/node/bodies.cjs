// Webhook bodies written for these tests (not copied from any real payload).
"use strict";

const T = "2026-03-04T05:06:07.123456Z";

function envelope(action, payload, extra) {
  return { webhook_id: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", secret_key: "test-secret-1", action, payload, ...extra };
}

const customer = {
  id: "b7f3c1a2-0000-4000-8000-00000000c0de",
  type: "customer",
  name: "Zoë Łukasiewicz",
  email: "zoe@example.com",
  present: true,
  created_at: T,
  last_visit: {
    started_at: T,
    ip: "192.0.2.10",
    user_agent: "Mozilla/5.0 (test)",
    geolocation: { country: "Poland", country_code: "PL", region: "Mazowieckie", city: "Warszawa", timezone: "Europe/Warsaw" },
    last_pages: [{ opened_at: T, url: "https://example.com/cennik?q=żółw", title: "Cennik — „tanio”" }],
  },
  statistics: { chats_count: 3, threads_count: 5, visits_count: 12 },
};

const agent = {
  id: "agent.one@example.com",
  type: "agent",
  name: "Agent One",
  email: "agent.one@example.com",
  present: true,
  routing_status: "accepting_chats",
};

const messageEvent = {
  id: "TH00000001_1",
  custom_id: "",
  type: "message",
  author_id: customer.id,
  created_at: T,
  recipients: "all",
  text: 'Dzień dobry 😀 — "quoted"\nsecond line\t\u00e9',
  properties: {},
};

const events = [
  messageEvent,
  { id: "TH00000001_2", type: "file", author_id: agent.id, created_at: T, recipients: "all", name: "plan.png", url: "https://cdn.example.com/plan.png", content_type: "image/png", size: 1024, width: 64, height: 48 },
  { id: "TH00000001_3", type: "system_message", created_at: T, system_message_type: "routing.assigned", text: "Agent One joined", text_vars: { agent: "Agent One" } },
  { id: "TH00000001_4", type: "custom", author_id: agent.id, created_at: T, recipients: "agents", content: { anything: [1, "two", { three: null }] } },
];

const bodies = {
  thread_closed: () => envelope("thread_closed", { chat_id: "CH00000001", thread_id: "TH00000001", user_id: agent.id }),
  incoming_event: () => envelope("incoming_event", { chat_id: "CH00000001", thread_id: "TH00000001", event: messageEvent }),
  chat_user_added: () =>
    envelope("chat_user_added", { chat_id: "CH00000001", thread_id: "TH00000001", user: customer, user_type: "customer" }),
  incoming_chat_thread: () =>
    envelope("incoming_chat_thread", {
      chat: {
        id: "CH00000001",
        users: [customer, agent],
        properties: { routing: { idle: true }, source: { type: { value: "facebook" } } },
        access: { group_ids: [0] },
        thread: {
          id: "TH00000001",
          timestamp: 1772600767,
          active: true,
          user_ids: [customer.id, agent.id],
          events,
          order: 112057129857,
          properties: {},
          access: { group_ids: [0, 2] },
        },
      },
    }),
  agent_status_changed: () => envelope("agent_status_changed", { agent_id: agent.id, status: "not accepting chats" }),
  chat_properties_updated: () =>
    envelope("chat_properties_updated", { chat_id: "CH00000001", properties: { rating: { score: 5, comment: "Świetnie" } } }),
  customer_created: () =>
    envelope("customer_created", { id: customer.id, created_at: T, email: "zoe@example.com", fields: { plan: "pro" } }),
  events_marked_as_seen: () => envelope("events_marked_as_seen", { user_id: agent.id, chat_id: "CH00000001", seen_up_to: T }),
};

module.exports = { bodies, envelope, T };

// Built-in sample bodies for the playground's "Sample" menu. They are invented for this project
// (ids, names and addresses are made up) and follow the API 3.1 shapes in the spec.

const validChatThread = {
  webhook_id: "7f3a9c1e5b2d4e6f8a0b1c2d3e4f5a6b",
  secret_key: "playground-demo-secret",
  action: "incoming_chat_thread",
  payload: {
    chat: {
      id: "QX41PLAY7G",
      users: [
        {
          id: "8d1e77c2-4b7a-4f0e-9a51-2c3d4e5f6a7b",
          type: "customer",
          name: "Ada Example",
          email: "ada@example.org",
          present: true,
          events_seen_up_to: "2024-03-05T10:15:02.120000Z",
          created_at: "2024-02-11T08:00:41.310000Z",
          last_visit: {
            started_at: "2024-03-05T10:12:44.000000Z",
            ip: "198.51.100.23",
            user_agent: "Mozilla/5.0 (X11; Linux x86_64)",
            geolocation: {
              country: "Portugal",
              country_code: "PT",
              region: "Lisboa",
              city: "Lisbon",
              timezone: "Europe/Lisbon",
            },
            last_pages: [
              {
                opened_at: "2024-03-05T10:12:44.000000Z",
                url: "https://shop.example.org/orders/1042",
                title: "Order #1042",
              },
            ],
          },
          statistics: { chats_count: 3, threads_count: 5, visits_count: 12 },
        },
        {
          id: "bob.agent@example.com",
          type: "agent",
          name: "Bob Agent",
          email: "bob.agent@example.com",
          avatar: "cdn.example.com/avatars/bob.png",
          present: true,
          events_seen_up_to: "2024-03-05T10:15:01.004000Z",
          routing_status: "accepting_chats",
        },
      ],
      properties: { routing: { idle: false }, source: { type: "web" } },
      access: { group_ids: [0] },
      thread: {
        id: "QX41THR01A",
        timestamp: 1709633700,
        active: true,
        user_ids: ["8d1e77c2-4b7a-4f0e-9a51-2c3d4e5f6a7b", "bob.agent@example.com"],
        order: 1,
        events: [
          {
            id: "QX41THR01A_1",
            type: "system_message",
            created_at: "2024-03-05T10:15:00.100000Z",
            system_message_type: "routing.assigned",
            text: "Chat assigned to Bob Agent",
            text_vars: { agent: "Bob Agent" },
            recipients: "all",
          },
          {
            id: "QX41THR01A_2",
            custom_id: "",
            type: "message",
            author_id: "8d1e77c2-4b7a-4f0e-9a51-2c3d4e5f6a7b",
            created_at: "2024-03-05T10:15:01.880000Z",
            recipients: "all",
            text: "Hi! Where is my order #1042?",
            properties: {},
          },
          {
            id: "QX41THR01A_3",
            type: "file",
            author_id: "8d1e77c2-4b7a-4f0e-9a51-2c3d4e5f6a7b",
            created_at: "2024-03-05T10:15:02.050000Z",
            recipients: "all",
            name: "receipt.png",
            url: "https://cdn.example.com/files/receipt.png",
            content_type: "image/png",
            size: 48213,
            width: 640,
            height: 480,
          },
        ],
      },
    },
  },
  additional_data: { chat_properties: { routing: { idle: false } } },
};

const threadClosed = {
  webhook_id: "7f3a9c1e5b2d4e6f8a0b1c2d3e4f5a6b",
  secret_key: "playground-demo-secret",
  action: "thread_closed",
  payload: {
    chat_id: "QX41PLAY7G",
    thread_id: "QX41THR01A",
    user_id: "bob.agent@example.com",
  },
  additional_data: {},
};

// Four problems: a number where a string belongs, a date that is not RFC 3339, a recipients value
// outside the enum, and a message event without its text.
const severalErrors = {
  webhook_id: "7f3a9c1e5b2d4e6f8a0b1c2d3e4f5a6b",
  secret_key: "playground-demo-secret",
  action: "incoming_event",
  payload: {
    chat_id: "QX41PLAY7G",
    thread_id: 42,
    event: {
      id: "QX41THR01A_7",
      type: "message",
      author_id: "bob.agent@example.com",
      created_at: "yesterday at noon",
      recipients: "everyone",
    },
  },
};

const badJson = `{
  "webhook_id": "7f3a9c1e5b2d4e6f8a0b1c2d3e4f5a6b",
  "secret_key": "playground-demo-secret",
  "action": "thread_closed",
  "payload": {
    "chat_id": "QX41PLAY7G",
    "thread_id": "QX41THR01A",
  }
}
`;

const pretty = (v) => JSON.stringify(v, null, 2) + "\n";

/** @type {{id: string, label: string, body: string}[]} */
export const SAMPLES = [
  { id: "incoming_chat_thread", label: "Valid: incoming_chat_thread", body: pretty(validChatThread) },
  { id: "thread_closed", label: "Valid: thread_closed", body: pretty(threadClosed) },
  { id: "several_errors", label: "Invalid: several errors", body: pretty(severalErrors) },
  { id: "bad_json", label: "Invalid: bad JSON", body: badJson },
];

export const DEFAULT_SAMPLE = SAMPLES[0];

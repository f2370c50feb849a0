// A zod 4 schema of LiveChat API 3.1 webhooks, written for the benchmark's "JSON.parse + zod" row.
//
// It states the same rules as the package's decoder (../shared/spec/livechat-webhooks-3.1.md
// §2–§5): 24 actions as a union discriminated by `action`, events discriminated by `type`, users
// by `type`, RFC 3339 timestamps, the spec's enumerations, and every conflicting variant the spec
// says real traffic may carry. Objects are loose: unknown fields pass, as with the decoder's
// default `unknownFields: "keep"`.

import { z } from "zod";

const str = z.string();
const int = z.int(); // a safe integer
const bool = z.boolean();
const time = z.iso.datetime({ offset: true }); // RFC 3339: Z or ±hh:mm, any fraction digits
const strMap = z.record(z.string(), z.string());

// Properties: namespace → name → scalar, bare or wrapped as {"value": scalar}.
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const propertyValue = z.union([scalar, z.strictObject({ value: scalar })]);
const properties = z.record(z.string(), z.record(z.string(), propertyValue));
const deletedProperties = z.record(z.string(), z.array(z.string()));

const access = z.looseObject({ group_ids: z.array(int) });

// ------------------------------------------------------------------ users

const seenMarkers = {
  last_seen_timestamp: int.optional(),
  events_seen_up_to: time.optional(),
};

const geolocation = z.looseObject({
  country: str.optional(),
  country_code: str.optional(),
  region: str.optional(),
  city: str.optional(),
  timezone: str.optional(),
  latitude: str.optional(),
  longitude: str.optional(),
});

const lastVisit = z.looseObject({
  started_at: time,
  referrer: str.optional(),
  ip: str.optional(),
  user_agent: str.optional(),
  geolocation: geolocation.optional(),
  last_pages: z.array(z.looseObject({ opened_at: time, url: str, title: str.optional() })).optional(),
});

const customerFields = {
  id: str,
  name: str.optional(),
  email: str.optional(),
  avatar: str.optional(),
  present: bool.optional(),
  ...seenMarkers,
  created_at: time.optional(),
  fields: strMap.optional(),
  last_visit: lastVisit.optional(),
  statistics: z.record(z.string(), int).optional(),
  agent_last_event_created_at: time.optional(),
  customer_last_event_created_at: time.optional(),
  __priv_lc2_customer_id: str.optional(),
  banned: bool.optional(),
};

const customer = z.looseObject({ ...customerFields, type: z.literal("customer") });

const agent = z.looseObject({
  id: str,
  type: z.literal("agent"),
  name: str.optional(),
  email: str.optional(),
  avatar: str.optional(),
  present: bool.optional(),
  ...seenMarkers,
  routing_status: z.enum(["accepting_chats", "not_accepting_chats", "offline"]).optional(),
});

const user = z.discriminatedUnion("type", [customer, agent]);

// ------------------------------------------------------------------ events

const recipients = z.enum(["all", "agents"]);
const common = {
  id: str,
  custom_id: str.optional(),
  created_at: time,
  properties: properties.optional(),
};
const authored = { ...common, author_id: str, recipients };

const message = z.looseObject({
  ...authored,
  type: z.literal("message"),
  text: str,
  postback: z
    .looseObject({ id: str, thread_id: str, event_id: str, type: str.optional(), value: str.optional() })
    .optional(),
});

const file = z.looseObject({
  ...authored,
  type: z.literal("file"),
  name: str,
  url: str,
  content_type: str,
  size: int.optional(),
  width: int.optional(),
  height: int.optional(),
  thumbnail_url: str.optional(),
  thumbnail2x_url: str.optional(),
});

const choice = z.looseObject({ id: str, label: str });
// The documented form field (answer / answers) and the shape seen in captured traffic (value).
const documentedField = z.looseObject({
  type: z.enum(["name", "email", "question", "textarea", "radio", "select", "checkbox", "group_chooser"]),
  id: str,
  label: str,
  answer: z.union([str, choice, z.looseObject({ group_id: int, label: str })]).optional(),
  answers: z.array(choice).optional(),
});
const observedField = z.looseObject({ type: str, label: str, value: str });
const filledForm = z.looseObject({
  ...authored,
  type: z.literal("filled_form"),
  form_id: str.optional(),
  fields: z.array(z.union([documentedField, observedField])),
});

const button = z.looseObject({
  text: str,
  type: z.enum(["webview", "message", "url", "phone"]).optional(),
  value: str.optional(),
  webview_height: z.enum(["compact", "tall", "full"]).optional(),
  postback_id: str,
  user_ids: z.array(str),
});
const image = z.looseObject({
  url: str,
  name: str.optional(),
  content_type: str.optional(),
  size: int.optional(),
  width: int.optional(),
  height: int.optional(),
});
const richMessage = z.looseObject({
  ...authored,
  type: z.literal("rich_message"),
  template_id: z.enum(["cards", "sticker", "quick_replies"]),
  elements: z
    .array(
      z.looseObject({
        title: str.optional(),
        subtitle: str.optional(),
        image: image.optional(),
        buttons: z.array(button).max(11).optional(),
      }),
    )
    .max(10)
    .optional(),
});

const custom = z.looseObject({
  ...authored,
  type: z.literal("custom"),
  content: z.record(z.string(), z.unknown()).optional(),
});

const systemMessage = z.looseObject({
  ...common,
  type: z.literal("system_message"),
  system_message_type: str,
  text: str.optional(),
  text_vars: strMap.optional(),
  recipients: recipients.optional(),
});

const event = z.discriminatedUnion("type", [message, file, filledForm, richMessage, custom, systemMessage]);

// ------------------------------------------------------------------ chat, thread

const thread = z.looseObject({
  id: str,
  timestamp: int,
  active: bool,
  user_ids: z.array(str),
  restricted_access: bool.optional(),
  events: z.array(event).optional(),
  order: int,
  properties: properties.optional(),
  access: access.optional(),
  tags: z.array(str).optional(),
});

const chat = z.looseObject({
  id: str,
  order: int.optional(),
  users: z.array(user),
  properties: properties.optional(),
  access: access.optional(),
  thread,
});

// ------------------------------------------------------------------ payloads

const chatThread = { chat_id: str, thread_id: str };
const userType = z.enum(["agent", "customer"]);
const accessChange = z.looseObject({ resource: z.enum(["chat", "customer", "thread"]), id: str, access });

const payloads = {
  incoming_chat_thread: z.looseObject({ chat }),
  thread_closed: z.looseObject({ ...chatThread, user_id: str.optional() }),
  access_granted: accessChange,
  access_revoked: accessChange,
  access_set: accessChange,
  chat_user_added: z.looseObject({ ...chatThread, user, user_type: userType }),
  chat_user_removed: z.looseObject({ chat_id: str, thread_id: str.optional(), user_id: str, user_type: userType }),
  incoming_event: z.looseObject({ ...chatThread, event }),
  event_updated: z.looseObject({ ...chatThread, event }),
  incoming_rich_message_postback: z.looseObject({
    ...chatThread,
    user_id: str,
    event_id: str,
    postback: z.looseObject({ id: str, toggled: bool }),
  }),
  chat_properties_updated: z.looseObject({ chat_id: str, properties }),
  chat_properties_deleted: z.looseObject({ chat_id: str, properties: deletedProperties }),
  chat_thread_properties_updated: z.looseObject({ ...chatThread, properties }),
  chat_thread_properties_deleted: z.looseObject({ ...chatThread, properties: deletedProperties }),
  event_properties_updated: z.looseObject({ ...chatThread, event_id: str, properties }),
  event_properties_deleted: z.looseObject({ ...chatThread, event_id: str, properties: deletedProperties }),
  chat_thread_tagged: z.looseObject({ ...chatThread, tag: str }),
  chat_thread_untagged: z.looseObject({ ...chatThread, tag: str }),
  agent_status_changed: z.looseObject({
    agent_id: str,
    status: z.enum(["accepting chats", "not accepting chats", "offline"]),
  }),
  agent_deleted: z.looseObject({ agent_id: str }),
  // bare Customer (the webhook page) or wrapped {customer} (the push, and 3.2)
  customer_created: z.union([
    z.looseObject({ customer: z.looseObject({ ...customerFields, type: z.literal("customer").optional() }) }),
    z.looseObject({ ...customerFields, type: z.literal("customer").optional() }),
  ]),
  events_marked_as_seen: z.looseObject({ user_id: str, chat_id: str, seen_up_to: time }),
  last_seen_timestamp_updated: z.looseObject({ user_id: str, chat_id: str, thread_id: str.optional(), timestamp: int }),
  follow_up_requested: z.looseObject({ ...chatThread, customer_id: str }),
};

export const ACTIONS = Object.keys(payloads);

const additionalData = z.looseObject({
  chat_properties: properties.optional(),
  access: access.optional(),
  thread_id: str.optional(),
});

export const webhook = z.discriminatedUnion(
  "action",
  ACTIONS.map((action) =>
    z.looseObject({
      webhook_id: str,
      secret_key: str,
      action: z.literal(action),
      payload: payloads[action],
      additional_data: additionalData.optional(),
      license_id: int.optional(),
    }),
  ),
);

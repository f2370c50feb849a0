/* tslint:disable */
/* eslint-disable */

/**
 * A webhook request body: its text, its raw bytes (a `Uint8Array` such as a Node `Buffer`, any
 * other `ArrayBufferView`, or an `ArrayBuffer`), or a value already parsed with `JSON.parse`.
 * Issues carry `line` and `column` only when the body was text or bytes.
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer | object;

/**
 * Options of `decodeWebhook` and `validateWebhook`. They are read once per options object (and a
 * new object with the same content reuses a recent checker), so hoisting one object is cheapest.
 */
export interface WebhookOptions {
    /** The API version the body follows. Only `"3.1"` (the default) is supported. */
    apiVersion?: "3.1";
    /**
     * The secret key(s) configured for the webhook. When given, the body's `secret_key` must equal
     * one of them (compared in constant time; pass several while rotating); otherwise the issue is
     * `secret_mismatch`. A secret is never copied into a message, an issue or an error.
     */
    secretKey?: string | readonly string[];
    /**
     * Fields the model does not know: `"keep"` them silently (default), keep them and report an
     * `unknown_field` warning (`"warn"`), or report an `unknown_field` error (`"reject"`).
     */
    unknownFields?: "keep" | "warn" | "reject";
    /**
     * An `action` the model does not know: an `unknown_action` error (`"reject"`, default), or
     * `"accept"`: only the envelope is checked and the value is an `UnknownWebhook`. The result
     * type includes `UnknownWebhook` only when `"accept"` is visible in the options' type (see
     * `decodeWebhook`).
     */
    unknownActions?: "reject" | "accept";
    /**
     * Largest body accepted, in UTF-8 bytes (default 1 MiB); larger bodies give `too_large`.
     * Bodies over 1 GiB are refused whatever this says (the wasm memory they are copied into is
     * limited).
     */
    maxBytes?: number;
    /** Deepest nesting of arrays and objects accepted (default 64); deeper gives `too_deep`. */
    maxDepth?: number;
}

/**
 * The outcome of `validateWebhook`. When `ok`, `issues` holds only warnings and `value` is built
 * (with `JSON.parse`) the first time it is read; when not `ok`, `issues` holds every problem found.
 */
export type ValidationResult<T> =
| { ok: true; readonly value: T; issues: Issue[] }
| { ok: false; issues: Issue[] };

/**
 * Checks a webhook body and returns it as a typed `Webhook`, discriminated by `action`.
 * Unknown fields stay in the value (`JSON.stringify` of the result equals the body as JSON).
 *
 * Warnings (such as `unknown_field` with `unknownFields: "warn"`) are not reported here: only
 * `validateWebhook` returns them.
 *
 * The result is `Webhook | UnknownWebhook` only when the options' type says
 * `unknownActions: "accept"` (an object literal, or a value declared `as const`); any other
 * options, including a value typed `WebhookOptions`, give `Webhook`. If such a value may hold
 * `"accept"` at run time, check the result with `isKnownWebhook`, which narrows it.
 * @throws {WebhookError} listing every error found in the body.
 * @throws {TypeError} when the options themselves are invalid.
 */
export function decodeWebhook(body: WebhookBody, options: WebhookOptions & { unknownActions: "accept" }): Webhook | UnknownWebhook;
export function decodeWebhook(body: WebhookBody, options?: WebhookOptions): Webhook;

/**
 * Checks a webhook body and reports every issue, warnings included; never throws because of the
 * body (any value is accepted and reported on). Invalid options do not throw either: every body
 * is then refused with one `invalid_value` issue at `""` whose message names the option.
 *
 * As with `decodeWebhook`, the value's type includes `UnknownWebhook` only when the options' type
 * says `unknownActions: "accept"`; `isKnownWebhook` narrows at run time.
 */
export function validateWebhook(body: unknown, options: WebhookOptions & { unknownActions: "accept" }): ValidationResult<Webhook | UnknownWebhook>;
export function validateWebhook(body: unknown, options?: WebhookOptions): ValidationResult<Webhook>;

/** Thrown by `decodeWebhook`: its message lists every error, one per line, with where it is. */
export class WebhookError extends Error {
    constructor(issues: readonly Issue[]);
    readonly name: "WebhookError";
    /** The code of the first error. */
    readonly code: IssueCode;
    /** Every issue found: all errors, and any warnings. */
    readonly issues: Issue[];
}

/** True when the webhook's `action` is one the model knows (its payload is then typed). */
export function isKnownWebhook(webhook: Webhook | UnknownWebhook): webhook is Webhook;

/** Every action of API 3.1 the model knows. */
export const knownActions: readonly Webhook["action"][];

/**
 * The Standard Schema (v1) interface, which tRPC, Hono, TanStack and other libraries accept in
 * place of a zod or valibot schema. Its issues are this package's `Issue`s.
 */
export interface WebhookStandardSchema<T> {
    readonly "~standard": {
        readonly version: 1;
        readonly vendor: "livechat-webhooks";
        readonly validate: (value: unknown) => { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly Issue[] };
        readonly types?: { readonly input: unknown; readonly output: T };
    };
}

/**
 * A Standard Schema of webhooks checked with `options` (see `validateWebhook`). Its output type
 * includes `UnknownWebhook` only when the options' type says `unknownActions: "accept"`.
 */
export function webhookSchema(options: WebhookOptions & { unknownActions: "accept" }): WebhookStandardSchema<Webhook | UnknownWebhook>;
export function webhookSchema(options?: WebhookOptions): WebhookStandardSchema<Webhook>;

/**
 * A JSON scalar as property values carry them.
 */
export type Scalar = boolean | number | number | string;

/**
 * A chat user, told apart by `type`.
 */
export type User = ({ type: "customer" } & Customer) | ({ type: "agent" } & Agent);

/**
 * A chat with the single thread the webhook is about.
 */
export interface Chat {
    id: string;
    /**
     * In the seed and the Customer Chat API push; absent from Agent API webhooks.
     */
    order?: number;
    users: User[];
    properties?: Properties;
    access?: Access;
    thread: Thread;
}

/**
 * A customer (the Agent Chat API view, the richest).
 */
export interface Customer {
    id: string;
    name?: string;
    email?: string;
    avatar?: string;
    /**
     * Only for customers inside a chat object.
     */
    present?: boolean;
    /**
     * Unix seconds; the seen marker of the Oct-2019 traffic and the Go SDK for 3.1.
     */
    last_seen_timestamp?: number;
    /**
     * RFC 3339; the seen marker of the released 3.1 docs.
     */
    events_seen_up_to?: Timestamp;
    created_at?: Timestamp;
    /**
     * Custom fields; absent when the chat is archived.
     */
    fields?: Record<string, string>;
    last_visit?: Visit;
    statistics?: Statistics;
    agent_last_event_created_at?: Timestamp;
    customer_last_event_created_at?: Timestamp;
    /**
     * The customer\'s id in LiveChat 2 (doc samples only).
     */
    __priv_lc2_customer_id?: string;
    banned?: boolean;
}

/**
 * A customer that carries its user `type`.
 */
export interface TypedCustomer extends Customer {
    type: CustomerType;
}

/**
 * A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
 * traffic (`value`, no `id`).
 */
export type FormField = ObservedFormField | DocumentedFormField;

/**
 * A property value: a bare scalar, or wrapped as `{"value": scalar}` (both appear in API 3.1).
 */
export type PropertyValue = Scalar | WrappedValue;

/**
 * A single answer: text, a choice, or a chosen group.
 */
export type FormAnswer = string | GroupAnswer | ChoiceAnswer;

/**
 * A webhook whose `action` this version does not know, accepted with `unknownActions: "accept"`:
 * the envelope is checked, the payload is kept as sent.
 */
export interface UnknownWebhook {
    webhook_id: string;
    secret_key: string;
    action: string;
    payload: Record<string, unknown>;
    additional_data?: Record<string, unknown>;
    license_id?: number;
}

/**
 * An RFC 3339 date-time, kept as the string LiveChat sent (e.g. `2019-10-11T09:40:59.219001Z`).
 */
export type Timestamp = string;

/**
 * An agent or a bot.
 */
export interface Agent {
    /**
     * The agent\'s e-mail address (bots: a 32-hex id).
     */
    id: string;
    name: string;
    email?: string;
    /**
     * Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
     */
    avatar?: string;
    /**
     * In every sample; left optional as a present flag only makes sense inside a chat.
     */
    present?: boolean;
    last_seen_timestamp?: number;
    events_seen_up_to?: Timestamp;
    /**
     * Only while the agent is logged in.
     */
    routing_status?: RoutingStatus;
}

/**
 * Counters about a customer.
 */
export interface Statistics {
    chats_count?: number;
    threads_count?: number;
    visits_count?: number;
    page_views_count?: number;
    greetings_shown_count?: number;
    greetings_accepted_count?: number;
}

/**
 * Deleted properties: namespace → names of the deleted properties.
 */
export type DeletedProperties = Record<string, string[]>;

/**
 * Every API 3.1 webhook, told apart by `action`.
 */
export type Webhook = ({ action: "incoming_chat_thread" } & IncomingChatThreadWebhook) | ({ action: "thread_closed" } & ThreadClosedWebhook) | ({ action: "access_granted" } & AccessGrantedWebhook) | ({ action: "access_revoked" } & AccessRevokedWebhook) | ({ action: "access_set" } & AccessSetWebhook) | ({ action: "chat_user_added" } & ChatUserAddedWebhook) | ({ action: "chat_user_removed" } & ChatUserRemovedWebhook) | ({ action: "incoming_event" } & IncomingEventWebhook) | ({ action: "event_updated" } & EventUpdatedWebhook) | ({ action: "incoming_rich_message_postback" } & IncomingRichMessagePostbackWebhook) | ({ action: "chat_properties_updated" } & ChatPropertiesUpdatedWebhook) | ({ action: "chat_properties_deleted" } & ChatPropertiesDeletedWebhook) | ({ action: "chat_thread_properties_updated" } & ChatThreadPropertiesUpdatedWebhook) | ({ action: "chat_thread_properties_deleted" } & ChatThreadPropertiesDeletedWebhook) | ({ action: "event_properties_updated" } & EventPropertiesUpdatedWebhook) | ({ action: "event_properties_deleted" } & EventPropertiesDeletedWebhook) | ({ action: "chat_thread_tagged" } & ChatThreadTaggedWebhook) | ({ action: "chat_thread_untagged" } & ChatThreadUntaggedWebhook) | ({ action: "agent_status_changed" } & AgentStatusChangedWebhook) | ({ action: "agent_deleted" } & AgentDeletedWebhook) | ({ action: "customer_created" } & CustomerCreatedWebhook) | ({ action: "events_marked_as_seen" } & EventsMarkedAsSeenWebhook) | ({ action: "last_seen_timestamp_updated" } & LastSeenTimestampUpdatedWebhook) | ({ action: "follow_up_requested" } & FollowUpRequestedWebhook);

/**
 * Extras requested at registration (`additional_data` of `register_webhook`).
 */
export interface AdditionalData {
    chat_properties?: Properties;
    /**
     * For `incoming_event` and `chat_user_added`.
     */
    access?: Access;
    /**
     * For `chat_user_added`.
     */
    thread_id?: string;
}

/**
 * One card of a rich message.
 */
export interface RichMessageElement {
    title?: string;
    subtitle?: string;
    image?: RichMessageImage;
    buttons?: RichMessageButton[];
}

/**
 * One problem found in a body.
 */
export interface Issue {
    code: IssueCode;
    severity: Severity;
    /**
     * What was expected, what was found and where, with a hint at the fix.
     */
    message: string;
    /**
     * RFC 6901 JSON Pointer into the body; `""` is the root.
     */
    pointer: string;
    /**
     * The same location as an array of keys and indexes.
     */
    path: PathSegment[];
    /**
     * 1-based line, when the body was text or bytes.
     */
    line?: number;
    /**
     * 1-based column in UTF-16 code units, when the body was text or bytes.
     */
    column?: number;
    expected?: string;
    received?: string;
}

/**
 * One step of a path into the body: an object key or an array index.
 */
export type PathSegment = string | number;

/**
 * Properties: namespace → property name → value.
 */
export type Properties = Record<string, Record<string, PropertyValue>>;

/**
 * Stable machine-readable issue codes. Never renamed once released.
 */
export type IssueCode = "invalid_json" | "invalid_encoding" | "invalid_type" | "missing_field" | "invalid_value" | "number_out_of_range" | "duplicate_key" | "unknown_action" | "unknown_field" | "secret_mismatch" | "too_large" | "too_deep";

/**
 * The created customer, with or without its user `type`.
 */
export type CreatedCustomer = TypedCustomer | Customer;

/**
 * The customer\'s last visit to the website.
 */
export interface Visit {
    started_at?: Timestamp;
    referrer?: string;
    ip?: string;
    user_agent?: string;
    geolocation?: Geolocation;
    last_pages?: VisitedPage[];
}

/**
 * The rich-message button a message answers.
 */
export interface MessagePostback {
    id: string;
    thread_id: string;
    event_id: string;
    type?: string;
    value?: string;
}

/**
 * What to do with an `action` the model does not know.
 */
export type UnknownActions = "reject" | "accept";

/**
 * What to do with fields the model does not know.
 */
export type UnknownFields = "keep" | "warn" | "reject";

/**
 * Which agent groups can see a chat; group 0 means every agent.
 */
export interface Access {
    group_ids: number[];
}

/**
 * `customer_created`: the customer itself (the webhook page), or wrapped as `{customer}` (the
 * push of the same name, and API 3.2); either may say `"type": "customer"`.
 */
export type CustomerCreatedPayload = WrappedCustomer | CreatedCustomer;

/**
 * `{"value": scalar}`, the wrapped property shape of the 3.1 data-structure pages.
 */
export interface WrappedValue {
    value: Scalar;
}

/**
 * A file sent in the chat.
 */
export interface FileEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
     */
    created_at?: Timestamp;
    /**
     * Seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * Seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    properties?: Properties;
    author_id: string;
    recipients: Recipients;
    name: string;
    url: string;
    content_type: string;
    size?: number;
    width?: number;
    height?: number;
    thumbnail_url?: string;
    thumbnail2x_url?: string;
}

/**
 * A filled pre-chat or post-chat form.
 */
export interface FilledFormEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
     */
    created_at?: Timestamp;
    /**
     * Seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * Seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    properties?: Properties;
    author_id: string;
    recipients: Recipients;
    /**
     * Documented as always present; missing in captured traffic.
     */
    form_id?: string;
    fields: FormField[];
}

/**
 * A message from the system (routing, ratings, transcripts...). It has no author.
 */
export interface SystemMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
     */
    created_at?: Timestamp;
    /**
     * Seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * Seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    properties?: Properties;
    /**
     * System messages have no author.
     */
    author_id?: string;
    /**
     * Optional for system messages.
     */
    recipients?: Recipients;
    /**
     * An open set: the docs list many values and samples use others (`routing.assigned`).
     */
    system_message_type: string;
    text?: string;
    text_vars?: Record<string, string>;
}

/**
 * A new thread started: the whole chat, with that thread in `chat.thread`.
 */
export interface IncomingChatThreadPayload {
    chat: Chat;
}

/**
 * A rich message: cards, a sticker or quick replies.
 */
export interface RichMessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
     */
    created_at?: Timestamp;
    /**
     * Seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * Seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    properties?: Properties;
    author_id: string;
    recipients: Recipients;
    template_id: TemplateId;
    elements?: RichMessageElement[];
}

/**
 * A text message.
 */
export interface MessageEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
     */
    created_at?: Timestamp;
    /**
     * Seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * Seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    properties?: Properties;
    author_id: string;
    recipients: Recipients;
    text: string;
    /**
     * Set when the message came from a rich-message button.
     */
    postback?: MessagePostback;
}

/**
 * An agent's routing status (underscores; `agent_status_changed` spells it with spaces).
 */
export type RoutingStatus = "accepting_chats" | "not_accepting_chats" | "offline";

/**
 * An application-defined event.
 */
export interface CustomEvent {
    /**
     * `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
     */
    id: string;
    custom_id?: string;
    /**
     * RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
     */
    created_at?: Timestamp;
    /**
     * Seed-era (3.0 preview) ordering number.
     */
    order?: number;
    /**
     * Seed-era (3.0 preview) unix seconds.
     */
    timestamp?: number;
    properties?: Properties;
    author_id: string;
    recipients: Recipients;
    content?: Record<string, unknown>;
}

/**
 * Known only from LiveChat's Go SDK; documented nowhere.
 */
export interface FollowUpRequestedPayload {
    chat_id: string;
    thread_id: string;
    customer_id: string;
}

/**
 * Spelled with spaces here, unlike the agent's `routing_status`.
 */
export type AgentStatus = "accepting chats" | "not accepting chats" | "offline";

/**
 * The button clicked: its `postback_id`, and whether it is now toggled on.
 */
export interface Postback {
    id: string;
    toggled: boolean;
}

/**
 * The kind of user a payload is about.
 */
export type UserType = "agent" | "customer";

/**
 * The seed's (API 3.0 preview) seen marker; released 3.1 sends `events_marked_as_seen`.
 */
export interface LastSeenTimestampUpdatedPayload {
    user_id: string;
    chat_id: string;
    /**
     * In the seed; absent from other samples.
     */
    thread_id?: string;
    /**
     * Unix seconds.
     */
    timestamp: number;
}

/**
 * Who sees an event.
 */
export type Recipients = "all" | "agents";

/**
 * `access_set` (the new access), `access_granted` and `access_revoked` (the groups that
 * gained or lost access).
 */
export interface AccessPayload {
    /**
     * `chat` in the docs; `customer` and `thread` also seen.
     */
    resource: string;
    id: string;
    access: Access;
}

/**
 * `chat_thread_tagged` and `chat_thread_untagged`.
 */
export interface ThreadTagPayload {
    chat_id: string;
    thread_id: string;
    tag: string;
}

/**
 * `incoming_event` and `event_updated`.
 */
export interface EventPayload {
    chat_id: string;
    thread_id: string;
    event: Event;
}

export interface AccessGrantedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: AccessPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface AccessRevokedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: AccessPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface AccessSetWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: AccessPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface AgentDeletedPayload {
    agent_id: string;
}

export interface AgentDeletedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: AgentDeletedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface AgentStatusChangedPayload {
    agent_id: string;
    status: AgentStatus;
}

export interface AgentStatusChangedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: AgentStatusChangedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatPropertiesDeletedPayload {
    chat_id: string;
    properties: DeletedProperties;
}

export interface ChatPropertiesDeletedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ChatPropertiesDeletedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatPropertiesUpdatedPayload {
    chat_id: string;
    properties: Properties;
}

export interface ChatPropertiesUpdatedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ChatPropertiesUpdatedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatThreadPropertiesDeletedPayload {
    chat_id: string;
    thread_id: string;
    properties: DeletedProperties;
}

export interface ChatThreadPropertiesDeletedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ChatThreadPropertiesDeletedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatThreadPropertiesUpdatedPayload {
    chat_id: string;
    thread_id: string;
    properties: Properties;
}

export interface ChatThreadPropertiesUpdatedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ChatThreadPropertiesUpdatedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatThreadTaggedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ThreadTagPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatThreadUntaggedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ThreadTagPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatUserAddedPayload {
    chat_id: string;
    /**
     * Empty when the user joined an inactive chat.
     */
    thread_id: string;
    user: User;
    /**
     * Says the same as `user.type`.
     */
    user_type: UserType;
}

export interface ChatUserAddedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ChatUserAddedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChatUserRemovedPayload {
    chat_id: string;
    /**
     * Documented, but missing in captured traffic, and empty for inactive chats.
     */
    thread_id?: string;
    user_id: string;
    user_type: UserType;
}

export interface ChatUserRemovedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ChatUserRemovedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ChoiceAnswer {
    id: string;
    label: string;
}

export interface CustomerCreatedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: CustomerCreatedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface DocumentedFormField {
    type: FormFieldType;
    id: string;
    label: string;
    /**
     * Text for name/email/question/textarea; a choice for radio/select/group_chooser.
     */
    answer?: FormAnswer;
    /**
     * The choices of a checkbox field.
     */
    answers?: ChoiceAnswer[];
}

export interface EventPropertiesDeletedPayload {
    chat_id: string;
    thread_id: string;
    event_id: string;
    properties: DeletedProperties;
}

export interface EventPropertiesDeletedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: EventPropertiesDeletedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface EventPropertiesUpdatedPayload {
    chat_id: string;
    thread_id: string;
    event_id: string;
    properties: Properties;
}

export interface EventPropertiesUpdatedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: EventPropertiesUpdatedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface EventUpdatedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: EventPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface EventsMarkedAsSeenPayload {
    user_id: string;
    chat_id: string;
    seen_up_to: Timestamp;
}

export interface EventsMarkedAsSeenWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: EventsMarkedAsSeenPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface FollowUpRequestedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: FollowUpRequestedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface Geolocation {
    country?: string;
    country_code?: string;
    region?: string;
    city?: string;
    timezone?: string;
    /**
     * A decimal number as a string, where present.
     */
    latitude?: string;
    longitude?: string;
}

export interface GroupAnswer {
    group_id: number;
    label: string;
}

export interface IncomingChatThreadWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: IncomingChatThreadPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface IncomingEventWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: EventPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface IncomingRichMessagePostbackPayload {
    user_id: string;
    chat_id: string;
    thread_id: string;
    event_id: string;
    postback: Postback;
}

export interface IncomingRichMessagePostbackWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: IncomingRichMessagePostbackPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface LastSeenTimestampUpdatedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: LastSeenTimestampUpdatedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface ObservedFormField {
    type: FormFieldType;
    id?: string;
    label: string;
    value: string;
}

export interface RichMessageButton {
    text: string;
    /**
     * Plain buttons in doc samples leave it out.
     */
    type?: ButtonType;
    value?: string;
    webview_height?: WebviewHeight;
    /**
     * Several buttons may share one postback id.
     */
    postback_id: string;
    /**
     * Users who toggled this button\'s postback on.
     */
    user_ids: string[];
}

export interface RichMessageImage {
    url: string;
    name?: string;
    content_type?: string;
    size?: number;
    width?: number;
    height?: number;
}

export interface Thread {
    id: string;
    /**
     * Unix seconds.
     */
    timestamp: number;
    active: boolean;
    user_ids: string[];
    /**
     * When true, `events` is left out. (A string from API 3.2 on.)
     */
    restricted_access?: boolean;
    events?: Event[];
    order: number;
    properties?: Properties;
    access?: Access;
    /**
     * Only when the thread is tagged.
     */
    tags?: string[];
}

export interface ThreadClosedPayload {
    chat_id: string;
    thread_id: string;
    /**
     * Absent when the router closed the thread.
     */
    user_id?: string;
}

export interface ThreadClosedWebhook {
    /**
     * Id of the webhook registration (not of this delivery).
     */
    webhook_id: string;
    /**
     * The secret chosen at registration, echoed back: compare it with yours.
     */
    secret_key: string;
    payload: ThreadClosedPayload;
    additional_data?: AdditionalData;
    /**
     * Sent by some 3.1-era deliveries (documented from API 3.2 on).
     */
    license_id?: number;
}

export interface VisitedPage {
    opened_at: Timestamp;
    url: string;
    title?: string;
}

export interface WrappedCustomer {
    customer: CreatedCustomer;
}

export type ApiVersion = "3.1";

export type ButtonType = "webview" | "message" | "url" | "phone";

export type CustomerType = "customer";

export type Event = ({ type: "message" } & MessageEvent) | ({ type: "file" } & FileEvent) | ({ type: "filled_form" } & FilledFormEvent) | ({ type: "rich_message" } & RichMessageEvent) | ({ type: "custom" } & CustomEvent) | ({ type: "system_message" } & SystemMessageEvent);

export type FormFieldType = "name" | "email" | "question" | "textarea" | "radio" | "select" | "checkbox" | "group_chooser";

export type Severity = "error" | "warning";

export type TemplateId = "cards" | "sticker" | "quick_replies";

export type WebviewHeight = "compact" | "tall" | "full";

// The kinds of body the page decodes, and which of the package's functions reads each: a
// webhook (validateWebhook), an RTM push frame of the agent or the customer API (validatePush
// with its `api`), an app webhook of the Developer Console (validateAppWebhook, no version, no
// secret). The page's control, the worker, the share link and the samples all read this list.

/**
 * @typedef {{ id: string, label: string, versions: "webhook" | "push" | null, api?: "agent" | "customer",
 *   tag: "action" | "event", secret: boolean }} Kind
 * @type {readonly Kind[]}
 */
export const KINDS = Object.freeze([
  { id: "webhook", label: "webhook", versions: "webhook", tag: "action", secret: true },
  { id: "agent-push", label: "agent push", versions: "push", api: "agent", tag: "action", secret: false },
  { id: "customer-push", label: "customer push", versions: "push", api: "customer", tag: "action", secret: false },
  { id: "app-webhook", label: "app webhook", versions: null, tag: "event", secret: false },
]);

export const DEFAULT_KIND = "webhook";

/** @returns {Kind} the kind of that id, the webhook for any other */
export const kindOf = (id) => KINDS.find((k) => k.id === id) ?? KINDS[0];

/**
 * The package call for a kind: the function's name and the options it takes (a push adds its
 * API and drops the secret; an app webhook has neither version nor secret).
 * @param {string} kind
 * @param {{apiVersion?: string, unknownFields?: string, unknownActions?: string, secretKey?: string}} options
 */
export function callOf(kind, options) {
  const k = kindOf(kind);
  const { apiVersion, secretKey, ...policies } = options;
  if (k.versions === "webhook") return { fn: "validateWebhook", options };
  if (k.versions === "push") return { fn: "validatePush", options: { api: k.api, apiVersion, ...policies } };
  return { fn: "validateAppWebhook", options: policies };
}

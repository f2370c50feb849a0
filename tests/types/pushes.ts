// Pushes and app webhooks (issue 17), compiled with `tsc --strict` against pkg/index.d.ts.
// Each `@ts-expect-error` line proves a wrong use is rejected.
import {
  decodePush,
  validatePush,
  pushSchema,
  pushesByVersion,
  decodeAppWebhook,
  validateAppWebhook,
  type AppWebhook,
  type PushFrame,
  type PushOptions,
} from "livechat-webhooks";

export function pushes(text: string): string {
  const f: PushFrame = decodePush(text, { api: "agent", apiVersion: "3.6" });
  const t: "push" = f.type;
  const r = validatePush(text, { api: "customer", apiVersion: "auto" });
  const action = r.ok ? r.value.action : r.issues[0]?.code ?? "";
  // @ts-expect-error: the API is required (agent and customer pushes differ)
  decodePush(text, { apiVersion: "3.6" });
  // @ts-expect-error: no such API
  decodePush(text, { api: "visitor" });
  // @ts-expect-error: pushes carry no secret
  decodePush(text, { api: "agent", secretKey: "s" });
  // @ts-expect-error: 3.0 is no API version
  validatePush(text, { api: "agent", apiVersion: "3.0" });
  const o: PushOptions = { api: "agent", unknownFields: "warn" };
  const s = pushSchema(o)["~standard"].validate(text);
  const list: readonly string[] | undefined = pushesByVersion.agent["3.7"];
  return t + action + String(s) + String(list);
}

export function apps(text: string): string {
  const w: AppWebhook = decodeAppWebhook(text);
  let id = w.applicationID + w.clientID + String(w.licenseID);
  if (w.event === "payment_collected") id += String(w.payload.total ?? 0) + w.payload.paymentID;
  if (w.event === "application_installed") id += w.payload.applicationID;
  // @ts-expect-error: narrowed by event, an install has no payment
  if (w.event === "application_uninstalled") id += w.payload.paymentID;
  // @ts-expect-error: app webhooks have no API version
  decodeAppWebhook(text, { apiVersion: "3.6" });
  // @ts-expect-error: nor a secret
  validateAppWebhook(text, { secretKey: "s" });
  const r = validateAppWebhook(text, { unknownFields: "reject" });
  // @ts-expect-error: no apiVersion in the result
  r.apiVersion;
  return id + (r.ok ? r.value.event : "");
}

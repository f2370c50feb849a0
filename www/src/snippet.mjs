// The TypeScript a receiver would write for the webhook on screen: decode with the page's
// options, narrow on its action, then on the tag of each payload member that is a tagged union
// (an event's `type`, a user's `type`). The secret is read from the environment, never copied.

const ident = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : null);
const VARIABLE = /^[a-z_$][\w$]*$/;
// Member names that cannot be variables: those are left out of the destructuring.
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(" "),
);

/**
 * @param {{ value: any, version: string, options: {unknownFields?: string, unknownActions?: string, secretKey?: string},
 *   root: import("./types.mjs").Described, payload?: import("./types.mjs").Described,
 *   members: {key: string, type: import("./types.mjs").Described}[] }} input
 * @returns {string}
 */
export function typescriptSnippet({ value, version, options, root, payload, members }) {
  const action = String(value.action);
  const opts = [`apiVersion: ${JSON.stringify(version)}`];
  if (options.secretKey !== undefined) opts.push("secretKey: process.env.LIVECHAT_WEBHOOK_SECRET!");
  if (options.unknownFields && options.unknownFields !== "keep") opts.push(`unknownFields: ${JSON.stringify(options.unknownFields)}`);
  const accept = options.unknownActions === "accept";
  if (accept) opts.push('unknownActions: "accept"');

  const lines = [
    'import { decodeWebhook } from "livechat-webhooks";',
    "",
    "// rawBody: the request body as text or bytes, before any JSON.parse",
    `const webhook = decodeWebhook(rawBody, { ${opts.join(", ")} });`,
  ];
  if (accept && root.name === "UnknownWebhook") {
    lines.push(
      "",
      `if (webhook.action === ${JSON.stringify(action)}) {`,
      "  // An action the package does not know: the payload is Record<string, unknown>.",
      "  const payload = webhook.payload;",
      "}",
    );
    return lines.join("\n") + "\n";
  }
  lines.push("", `if (webhook.action === ${JSON.stringify(action)}) {`);
  lines.push(`  // webhook: ${root.name}${payload ? `, webhook.payload: ${payload.name}${payload.from ? ` (narrowed from ${payload.from})` : ""}` : ""}`);
  if (payload?.from) {
    // A union narrowed by the members present (not by a tag): the receiver narrows it with `in`.
    lines.push(`  const payload = webhook.payload; // ${payload.from}: this body is a ${payload.name}`, "}");
    return lines.join("\n") + "\n";
  }
  const keys = members.map((m) => m.key).filter((k) => ident(k) && VARIABLE.test(k) && !RESERVED.has(k));
  if (keys.length) lines.push(`  const { ${keys.join(", ")} } = webhook.payload;`);
  for (const m of members) {
    if (!keys.includes(m.key)) continue;
    lines.push(`  // ${m.key}: ${m.type.name}${m.type.from ? ` (narrowed from ${m.type.from})` : ""}`);
    const tag = m.type.tag;
    if (tag && m.type.from && ident(tag.key)) {
      lines.push(`  if (${m.key}.${tag.key} === ${JSON.stringify(tag.value)}) {`);
      lines.push(`    // here ${m.key} is ${m.type.name}`);
      lines.push("  }");
    }
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

// The TypeScript a receiver would write for the webhook on screen: decode with the page's
// options, narrow on its action, give the payload its declared type, then narrow each payload
// member that is a union (an event's `type`, a user's `type`, a deleted event stub) with the
// checks TypeScript narrows on, down to a typed variable. Every type named in code is one `tsc`
// checks, so a wrong name on the page would not compile. The secret is read from the
// environment, never copied.
import { rootType } from "./types.mjs";

const ident = (key) => /^[A-Za-z_$][\w$]*$/.test(key);
const VARIABLE = /^[a-z_$][\w$]*$/;
// Member names that cannot be variables: those are left out of the destructuring.
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(" "),
);
const NAMES = /[A-Za-z_$][\w$]*/g;
const a = (name) => `${/^[AEIOU]/i.test(name) ? "an" : "a"} ${name}`;

/** `x.type === "message"`, `"k" in x`, `!("k" in x)`. */
function checkText(variable, c) {
  const key = JSON.stringify(c.key);
  if (c.kind === "eq") return `${variable}${ident(c.key) ? `.${c.key}` : `[${key}]`} === ${JSON.stringify(c.value)}`;
  return c.kind === "in" ? `${key} in ${variable}` : `!(${key} in ${variable})`;
}

/**
 * @param {{ value: any, options: {apiVersion: string, unknownFields?: string, unknownActions?: string, secretKey?: string},
 *   readAs: string, known: boolean, namer: ReturnType<typeof import("./types.mjs").createTypeNamer>,
 *   table: import("../tools/dts-types.mjs").TypeTable }} input
 *   `readAs`: the version the body was read as (the chosen one, or what "auto" found)
 * @returns {string}
 */
export function typescriptSnippet({ value, options, readAs, known, namer, table }) {
  const version = options.apiVersion;
  const action = String(value.action);
  const opts = [`apiVersion: ${JSON.stringify(version)}`];
  if (options.secretKey !== undefined) opts.push("secretKey: process.env.LIVECHAT_WEBHOOK_SECRET!");
  if (options.unknownFields && options.unknownFields !== "keep") opts.push(`unknownFields: ${JSON.stringify(options.unknownFields)}`);
  const accept = options.unknownActions === "accept";
  if (accept) opts.push('unknownActions: "accept"');

  const decode = [
    "// rawBody: the request body as text or bytes, before any JSON.parse",
    `const webhook = decodeWebhook(rawBody, { ${opts.join(", ")} });`,
    "",
  ];
  if (!known) {
    const lines = [
      'import { decodeWebhook } from "livechat-webhooks";',
      "",
      ...decode,
      `if (webhook.action === ${JSON.stringify(action)}) {`,
      "  // An action the package does not know: an UnknownWebhook, whose payload is unknown.",
      "  const payload = webhook.payload;",
      "}",
    ];
    return lines.join("\n") + "\n";
  }

  const types = new Set(); // the package's types the code names, to import
  const uses = (spelled) => {
    for (const name of spelled.match(NAMES) ?? []) if (table.interfaces[name] || table.aliases[name]) types.add(name);
    return spelled;
  };
  const taken = new Set(["webhook", "payload", "rawBody", "process"]);
  const variableFor = (typeName) => {
    // `LiveChatMessageEventV3_1` reads as `messageEvent`: the prefix that keeps the type apart from
    // the DOM's and the version's suffix say nothing about the variable.
    const base = (typeName.match(NAMES)?.[0] ?? "value").replace(/^LiveChat(?=[A-Z])/, "").replace(/V\d+_\d+$/, "") || "value";
    let name = base[0].toLowerCase() + base.slice(1);
    if (taken.has(name) || RESERVED.has(name)) name = `the${base}`;
    taken.add(name);
    return name;
  };
  /** The lines that narrow `variable` to the member `value` is (or only name it, when no check can). */
  const narrowed = (variable, val, declaredType, described) => {
    const declaredName = namer.spell(declaredType);
    const n = namer.narrowing(val, declaredType);
    if (!n) return [`// ${variable}: ${declaredName}; this one is ${a(described.name)}`];
    return [
      `// ${variable}: ${declaredName}; this one is ${a(n.name)}`,
      `if (${n.checks.map((c) => checkText(variable, c)).join(" && ")}) {`,
      `  const ${variableFor(n.name)}: ${uses(n.name)} = ${variable};`,
      "}",
    ];
  };

  const root = namer.describe(value, rootType(table, readAs, true));
  const body = [];
  if (version === "auto") {
    body.push(`// apiVersion "auto": this body was read as API ${readAs}, where it is ${a(root.name)} (of ${root.from})`);
  } else {
    body.push(`// webhook: ${root.name}, narrowed from ${root.from} by its action`);
  }

  // The payload types the action has in the versions the decoded value may be.
  const variants = namer.withLiteral(rootType(table, version, true), "action", action);
  const payloadTypes = new Map();
  for (const v of variants) {
    const t = namer.membersOf(v)?.payload?.type;
    if (t) payloadTypes.set(namer.spell(t), t);
  }
  const payloadType = root.child("payload");
  const payload = payloadType ? namer.describe(value.payload, payloadType) : null;
  if (!payloadType || payloadTypes.size !== 1) {
    // Versions that give this action different payloads ("auto"): told apart like any union.
    body.push("const payload = webhook.payload;");
    if (payloadTypes.size > 1) body.push(...narrowed("payload", value.payload, { k: "union", of: [...payloadTypes.values()] }, payload));
  } else {
    body.push(`const payload: ${uses([...payloadTypes.keys()][0])} = webhook.payload;`);
    if (namer.constituents(payloadType).length > 1) {
      body.push(...narrowed("payload", value.payload, payloadType, payload));
    } else if (value.payload && typeof value.payload === "object" && !Array.isArray(value.payload)) {
      const members = Object.keys(value.payload)
        .filter((k) => payload.child(k) && ident(k) && VARIABLE.test(k) && !RESERVED.has(k))
        .map((k) => ({ key: k, type: payload.child(k) }));
      members.forEach((m) => taken.add(m.key));
      if (members.length) body.push(`const { ${members.map((m) => m.key).join(", ")} } = payload;`);
      for (const m of members) {
        const described = namer.describe(value.payload[m.key], m.type);
        if (namer.constituents(m.type).length > 1 && described.from) {
          body.push(...narrowed(m.key, value.payload[m.key], m.type, described));
        } else {
          body.push(`// ${m.key}: ${described.name}`);
        }
      }
    }
  }

  const imports = ["decodeWebhook", ...(accept ? ["isKnownWebhook"] : [])];
  const test = `webhook.action === ${JSON.stringify(action)}`;
  const lines = [
    `import { ${imports.join(", ")} } from "livechat-webhooks";`,
    ...(types.size ? [`import type { ${[...types].sort().join(", ")} } from "livechat-webhooks";`] : []),
    "",
    ...decode,
    // With "accept" the value may be an UnknownWebhook of any action: isKnownWebhook rules it out.
    accept ? `if (isKnownWebhook(webhook, ${JSON.stringify(readAs)}) && ${test}) {` : `if (${test}) {`,
    ...body.map((l) => `  ${l}`),
    "}",
  ];
  return lines.join("\n") + "\n";
}

/**
 * The TypeScript for a push frame or an app webhook: decode with the page's options and narrow
 * on its action (its event), where the payload has its declared type.
 * @param {{ kind: import("./kinds.mjs").Kind, tagValue: string,
 *   options: {apiVersion: string, unknownFields?: string, unknownActions?: string}, known: boolean }} input
 * @returns {string}
 */
export function otherSnippet({ kind, tagValue, options, known }) {
  const push = kind.versions === "push";
  const opts = push ? [`api: ${JSON.stringify(kind.api)}`, `apiVersion: ${JSON.stringify(options.apiVersion)}`] : [];
  if (options.unknownFields && options.unknownFields !== "keep") opts.push(`unknownFields: ${JSON.stringify(options.unknownFields)}`);
  if (options.unknownActions === "accept") opts.push('unknownActions: "accept"');
  const fn = push ? "decodePush" : "decodeAppWebhook";
  const variable = push ? "push" : "hook";
  const args = opts.length ? `rawBody, { ${opts.join(", ")} }` : "rawBody";
  return [
    `import { ${fn} } from "livechat-webhooks";`,
    "",
    push
      ? "// rawBody: one RTM frame as text or bytes (the WebSocket message), before any JSON.parse"
      : "// rawBody: the request body as text or bytes, before any JSON.parse",
    `const ${variable} = ${fn}(${args});`,
    "",
    `if (${variable}.${kind.tag} === ${JSON.stringify(tagValue)}) {`,
    known
      ? `  // Narrowed by ${kind.tag}: the payload has its declared type.`
      : `  // ${push ? "An action" : "An event"} the package does not know: its payload is unknown.`,
    `  const payload = ${variable}.payload;`,
    "}",
  ].join("\n") + "\n";
}

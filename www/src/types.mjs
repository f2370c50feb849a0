// Names the TypeScript type of every node of a decoded webhook, narrowed as `tsc` narrows it: a
// version's webhook union by `action` (its member is a generic envelope, named with its payload:
// `EnvelopeV3_1<EventPayload>`), `Event` by `type`, untagged unions (customer, form field,
// property value, a thread's event or its deleted stub) by the members the value has. The type
// table comes from the package's own index.d.ts (www/tools/dts-types.mjs), so the names are the
// ones an integrator imports.

/**
 * @typedef {import("../tools/dts-types.mjs").TypeExpr} TypeExpr
 * @typedef {import("../tools/dts-types.mjs").TypeTable} TypeTable
 * @typedef {{ name: string, from?: string, child(key: string): TypeExpr | undefined,
 *   tag?: { key: string, value: string }, picked?: boolean }} Described
 * @typedef {{ kind: "eq", key: string, value: string | number | boolean | null } | { kind: "in" | "notIn", key: string }} Check
 */

const UNKNOWN = { k: "prim", name: "unknown" };
const MAX_CHECKS = 2;
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** `t` with the type parameters of `env` replaced by their arguments. */
function substitute(t, env) {
  switch (t.k) {
    case "param":
      return env[t.name] ?? UNKNOWN;
    case "ref":
      return t.args ? { ...t, args: t.args.map((a) => substitute(a, env)) } : t;
    case "union":
    case "and":
      return { ...t, of: t.of.map((x) => substitute(x, env)) };
    case "array":
    case "record":
      return { ...t, of: substitute(t.of, env) };
    case "object":
      return { ...t, members: mapMembers(t.members, env) };
  }
  return t;
}

function mapMembers(members, env) {
  const out = {};
  for (const [key, m] of Object.entries(members)) out[key] = { ...m, type: substitute(m.type, env) };
  return out;
}

/** @param {TypeTable} table */
export function createTypeNamer(table) {
  const declared = new Map(); // interface name → its members and its bases', parameters unbound
  const bound = new Map(); // spelled reference → its members, arguments bound

  function declaredMembers(name, seen = new Set()) {
    if (declared.has(name)) return declared.get(name);
    const decl = table.interfaces[name];
    if (!decl || seen.has(name)) return null;
    seen.add(name);
    let out = {};
    for (const base of decl.extends) out = { ...out, ...(refMembers(base, seen) ?? {}) };
    out = { ...out, ...decl.members };
    declared.set(name, out);
    return out;
  }

  /** Every member of an interface reference, its bases' included, its type arguments bound. */
  function refMembers(ref, seen = new Set()) {
    const params = table.interfaces[ref.name]?.params;
    if (!params) return declaredMembers(ref.name, seen);
    const key = spell(ref);
    if (bound.has(key)) return bound.get(key);
    const raw = declaredMembers(ref.name, seen);
    if (!raw) return null;
    const env = Object.fromEntries(params.map((p, i) => [p, ref.args?.[i] ?? UNKNOWN]));
    const out = mapMembers(raw, env);
    bound.set(key, out);
    return out;
  }

  /** The members an object-like type declares, or null when it is not object-like. */
  function membersOf(t, depth = 0) {
    if (depth > 20) return null;
    if (t.k === "object") return t.members;
    if (t.k === "ref") {
      if (table.interfaces[t.name]) return refMembers(t);
      if (table.aliases[t.name]) return membersOf(table.aliases[t.name], depth + 1);
      return null;
    }
    if (t.k === "and") {
      let out = {};
      for (const part of t.of) {
        const m = membersOf(part, depth + 1);
        if (!m) return null;
        out = { ...out, ...m };
      }
      return out;
    }
    return null;
  }

  /** The literal values a member type allows, or null when it allows more than literals. */
  function literals(t, depth = 0) {
    if (depth > 20) return null;
    if (t.k === "lit") return [t.value];
    if (t.k === "union") {
      const all = t.of.map((x) => literals(x, depth + 1));
      return all.every(Boolean) ? all.flat() : null;
    }
    if (t.k === "ref" && !table.interfaces[t.name] && table.aliases[t.name]) return literals(table.aliases[t.name], depth + 1);
    return null;
  }

  const isLiteralAlias = (name) => !!table.aliases[name] && !table.interfaces[name] && literals(table.aliases[name]) !== null;

  /**
   * How well `value` fits `t`: -1 when it cannot be that type, higher when it fits better
   * (literals and required members that are present count most, then members it declares).
   */
  function fit(value, t, depth = 0) {
    if (depth > 20) return 0;
    switch (t.k) {
      case "lit":
        return value === t.value ? 3 : -1;
      case "prim":
        if (t.name === "unknown") return 0;
        return typeof value === t.name ? 1 : -1;
      case "param":
        return 0;
      case "array":
        return Array.isArray(value) ? 1 : -1;
      case "record":
        return isObject(value) ? 0.5 : -1;
      case "union": {
        let best = -1;
        for (const m of t.of) best = Math.max(best, fit(value, m, depth + 1));
        return best;
      }
      case "ref":
        if (table.aliases[t.name] && !table.interfaces[t.name]) return fit(value, table.aliases[t.name], depth + 1);
      // falls through: an interface
      case "object":
      case "and": {
        const members = membersOf(t);
        if (!members || !isObject(value)) return -1;
        let score = 1;
        for (const [key, m] of Object.entries(members)) {
          if (!(key in value)) {
            if (!m.optional) return -1;
            continue;
          }
          if (m.type.k === "lit" || (m.type.k === "ref" && isLiteralAlias(m.type.name))) {
            if (fit(value[key], m.type, depth + 1) < 0) return -1;
            score += 2;
          }
        }
        const keys = Object.keys(value);
        const known = keys.filter((k) => k in members).length;
        return score + (keys.length ? known / keys.length : 1);
      }
    }
    return 0;
  }

  /** A short TypeScript spelling of a type expression: `Envelope<EventPayload>`, `Agent[]`. */
  function spell(t) {
    switch (t.k) {
      case "ref":
        return t.args ? `${t.name}<${t.args.map(spell).join(", ")}>` : t.name;
      case "param":
      case "prim":
        return t.name;
      case "lit":
        return JSON.stringify(t.value);
      case "array": {
        const inner = spell(t.of);
        return /[|&]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
      }
      case "record":
        return `Record<string, ${spell(t.of)}>`;
      case "union":
        return t.of.map(spell).join(" | ");
      case "and":
        return t.of.map(spell).join(" & ");
      default:
        return "object";
    }
  }

  /** The member of `types` that `value` fits best (the first on a tie), or null. */
  function bestOf(value, types, depth = 0) {
    let best = null;
    let bestFit = -1;
    for (const m of types) {
      const f = fit(value, m, depth + 1);
      if (f > bestFit) {
        best = m;
        bestFit = f;
      }
    }
    return best;
  }

  /**
   * The narrowed type of `value` declared as `t`.
   * @returns {Described}
   */
  function describe(value, t = UNKNOWN, depth = 0) {
    if (depth > 20) return { name: spell(t), child: () => UNKNOWN };
    switch (t.k) {
      case "ref": {
        if (table.interfaces[t.name]) {
          const members = refMembers(t) ?? {};
          return { name: spell(t), child: (k) => members[k]?.type };
        }
        const alias = table.aliases[t.name];
        if (!alias) return { name: t.name, child: () => UNKNOWN };
        const inner = describe(value, alias, depth + 1);
        // A union narrowed to a named member shows that member, from the declared union; a
        // literal union or a renamed primitive (Timestamp = string) keeps the alias's own name.
        if (alias.k === "union" && inner.picked) return { ...inner, from: t.name };
        return { ...inner, name: t.name };
      }
      case "union": {
        const best = bestOf(value, t.of, depth);
        if (!best) return { name: spell(t), child: () => UNKNOWN };
        const inner = describe(value, best, depth + 1);
        // Only a named member (an interface or a tagged one) is worth naming over its union.
        const named = best.k === "and" || (best.k === "ref" && !isLiteralAlias(best.name));
        return { ...inner, picked: named };
      }
      case "and": {
        // ({ type: "message" } & MessageEvent), ({ action: "x" } & Envelope<XPayload>): the
        // named part gives the name, the literal the tag.
        const named = t.of.find((x) => x.k === "ref");
        const members = membersOf(t) ?? {};
        let tag;
        for (const part of t.of) {
          if (part.k !== "object") continue;
          for (const [key, m] of Object.entries(part.members)) {
            if (m.type.k === "lit" && typeof m.type.value === "string") tag = { key, value: m.type.value };
          }
        }
        return { name: named ? spell(named) : spell(t), tag, child: (k) => members[k]?.type };
      }
      case "object":
        return { name: "object", child: (k) => t.members[k]?.type };
      case "array":
      case "record":
        return { name: spell(t), child: () => t.of };
      case "lit":
        return { name: JSON.stringify(t.value), child: () => UNKNOWN };
      case "prim":
      case "param":
        return { name: t.name, child: () => UNKNOWN };
    }
    return { name: "unknown", child: () => UNKNOWN };
  }

  /** The members of a union type, unions inside it and aliases of unions followed. */
  function constituents(t, depth = 0) {
    if (depth > 20) return [t];
    if (t.k === "union") return t.of.flatMap((x) => constituents(x, depth + 1));
    if (t.k === "ref" && !table.interfaces[t.name] && table.aliases[t.name]?.k === "union") {
      return constituents(table.aliases[t.name], depth + 1);
    }
    return [t];
  }

  /** What is left of the union `t` once `x[key] === value` holds (the narrowing by a tag). */
  function withLiteral(t, key, value) {
    return constituents(t).filter((c) => {
      const m = membersOf(c)?.[key];
      if (!m) return false;
      const allowed = literals(m.type);
      return !allowed || allowed.includes(value);
    });
  }

  /**
   * The checks a receiver writes to narrow `value`, declared as the union `t` of object types,
   * to the member it is, as TypeScript narrows: `x.type === "message"` removes the members whose
   * tag differs, `"k" in x` those that do not declare k, `!("k" in x)` those that require it.
   * Tags first, then the presence check that removes the most members (on a tie: the absence of
   * a member the others require, then the presence of one this member requires). Null when `t`
   * is no such union, or when more than MAX_CHECKS checks would be needed: such a chain says
   * less than a comment.
   * @returns {{ checks: Check[], name: string } | null}
   */
  function narrowing(value, t) {
    if (!isObject(value)) return null;
    const all = constituents(t);
    if (all.length < 2) return null;
    const shapes = all.map((c) => membersOf(c));
    if (shapes.some((s) => !s)) return null;
    const chosen = bestOf(value, all);
    if (!chosen) return null;
    const at = all.indexOf(chosen);
    const mine = shapes[at];
    let left = shapes.filter((_, i) => i !== at);
    const checks = [];
    while (left.length) {
      if (checks.length === MAX_CHECKS) return null;
      const options = [];
      for (const [key, m] of Object.entries(mine)) {
        if (!(key in value)) continue;
        const own = literals(m.type);
        // A tag can be read only when every member left declares it.
        if (own?.length === 1 && own[0] === value[key] && left.every((s) => key in s)) {
          const gone = left.filter((s) => {
            const theirs = literals(s[key].type);
            return theirs !== null && !theirs.includes(value[key]);
          });
          options.push({ rank: 3, check: { kind: "eq", key, value: value[key] }, gone });
        }
        options.push({ rank: m.optional ? 0 : 1, check: { kind: "in", key }, gone: left.filter((s) => !(key in s)) });
      }
      for (const key of new Set(left.flatMap((s) => Object.keys(s)))) {
        if (key in value || (mine[key] && !mine[key].optional)) continue;
        options.push({ rank: 2, check: { kind: "notIn", key }, gone: left.filter((s) => s[key] && !s[key].optional) });
      }
      const useful = options.filter((o) => o.gone.length > 0);
      const tag = useful.filter((o) => o.rank === 3);
      const pool = tag.length ? tag : useful;
      const pick = pool.reduce((a, o) => (!a || o.gone.length > a.gone.length || (o.gone.length === a.gone.length && o.rank > a.rank) ? o : a), null);
      if (!pick) return null;
      checks.push(pick.check);
      left = left.filter((s) => !pick.gone.includes(s));
    }
    return { checks, name: describe(value, chosen).name };
  }

  return { describe, spell, membersOf, constituents, withLiteral, narrowing };
}

/**
 * The declared type of a whole webhook for an API version: `WebhooksByVersion[version]` when
 * the package declares that map (the union of all its versions for "auto", what
 * `AnyVersionWebhook` is), else `Webhook`; `UnknownWebhook` for an accepted unknown action.
 * @param {TypeTable} table
 */
export function rootType(table, version, knownAction) {
  if (!knownAction && table.interfaces.UnknownWebhook) return { k: "ref", name: "UnknownWebhook" };
  const byVersion = table.interfaces.WebhooksByVersion?.members;
  if (byVersion && byVersion[version]) return byVersion[version].type;
  if (byVersion && Object.keys(byVersion).length) {
    // Newest first: a later version's union wins a tie on an action several versions share.
    return { k: "union", of: Object.values(byVersion).reverse().map((m) => m.type) };
  }
  return { k: "ref", name: "Webhook" };
}

/**
 * The declared type of a push frame or an app webhook: `PushesByVersion[api][version]` (the
 * union of every version's for "auto"; `AgentPushV3_6` and its kin name it), `PushFrame` for an
 * accepted unknown action, `AppWebhook` for an app webhook. Unknown when the package declares
 * none of these: the tree then shows values without type names.
 * @param {TypeTable} table
 * @param {import("./kinds.mjs").Kind} kind
 */
export function pushRootType(table, kind, version, knownAction) {
  if (kind.versions !== "push") return table.aliases.AppWebhook || table.interfaces.AppWebhook ? { k: "ref", name: "AppWebhook" } : UNKNOWN;
  if (!knownAction) return table.interfaces.PushFrame ? { k: "ref", name: "PushFrame" } : UNKNOWN;
  const byApi = table.interfaces.PushesByVersion?.members[kind.api]?.type;
  const byVersion = byApi?.k === "object" ? byApi.members : null;
  if (!byVersion) return UNKNOWN;
  if (byVersion[version]) return byVersion[version].type;
  const all = Object.values(byVersion).reverse().map((m) => m.type);
  return all.length ? { k: "union", of: all } : UNKNOWN;
}

// Names the TypeScript type of every node of a decoded webhook, narrowed as `tsc` narrows it: the
// `Webhook` union by `action`, `Event` by `type`, untagged unions (customer, form field, property
// value) by the members the value has. The type table comes from the package's own index.d.ts
// (www/tools/dts-types.mjs), so the names are the ones an integrator imports.

/**
 * @typedef {import("../tools/dts-types.mjs").TypeExpr} TypeExpr
 * @typedef {import("../tools/dts-types.mjs").TypeTable} TypeTable
 * @typedef {{ name: string, from?: string, child(key: string): TypeExpr | undefined,
 *   tag?: { key: string, value: string } }} Described
 */

const UNKNOWN = { k: "prim", name: "unknown" };
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** @param {TypeTable} table */
export function createTypeNamer(table) {
  const flatCache = new Map();

  /** Every member of an interface, its bases' included. */
  function interfaceMembers(name, seen = new Set()) {
    if (flatCache.has(name)) return flatCache.get(name);
    const decl = table.interfaces[name];
    if (!decl || seen.has(name)) return null;
    seen.add(name);
    let out = {};
    for (const base of decl.extends) out = { ...out, ...(interfaceMembers(base, seen) ?? {}) };
    out = { ...out, ...decl.members };
    flatCache.set(name, out);
    return out;
  }

  /** The members an object-like type declares, or null when it is not object-like. */
  function membersOf(t, depth = 0) {
    if (depth > 20) return null;
    if (t.k === "object") return t.members;
    if (t.k === "ref") {
      if (table.interfaces[t.name]) return interfaceMembers(t.name);
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

  function isLiteralAlias(name) {
    const t = table.aliases[name];
    return !!t && (t.k === "lit" || (t.k === "union" && t.of.every((x) => x.k === "lit")));
  }

  /** A short TypeScript spelling of a type expression, for arrays and records. */
  function spell(t) {
    switch (t.k) {
      case "ref":
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

  /**
   * The narrowed type of `value` declared as `t`.
   * @returns {Described}
   */
  function describe(value, t = UNKNOWN, depth = 0) {
    if (depth > 20) return { name: spell(t), child: () => UNKNOWN };
    switch (t.k) {
      case "ref": {
        if (table.interfaces[t.name]) {
          const members = interfaceMembers(t.name);
          return { name: t.name, child: (k) => members[k]?.type };
        }
        const alias = table.aliases[t.name];
        if (!alias) return { name: t.name, child: () => UNKNOWN };
        const inner = describe(value, alias, depth + 1);
        // A union narrowed to a named member shows that member; a literal union or a renamed
        // primitive (Timestamp = string) keeps the alias's own name.
        if (alias.k === "union" && inner.picked) return { ...inner, from: t.name };
        return { ...inner, name: t.name };
      }
      case "union": {
        let best = null;
        let bestFit = -1;
        for (const m of t.of) {
          const f = fit(value, m, depth + 1);
          if (f > bestFit) {
            best = m;
            bestFit = f;
          }
        }
        if (!best) return { name: spell(t), child: () => UNKNOWN };
        const inner = describe(value, best, depth + 1);
        // Only a named member (an interface or a tagged one) is worth naming over its union.
        const named = best.k === "ref" || best.k === "and";
        return { ...inner, picked: named && best.k !== "lit" && !isLiteralAlias(best.name ?? "") };
      }
      case "and": {
        // ({ type: "message" } & MessageEvent): the named part gives the name, the literal the tag.
        const named = t.of.find((x) => x.k === "ref");
        const members = membersOf(t) ?? {};
        let tag;
        for (const part of t.of) {
          if (part.k !== "object") continue;
          for (const [key, m] of Object.entries(part.members)) {
            if (m.type.k === "lit" && typeof m.type.value === "string") tag = { key, value: m.type.value };
          }
        }
        return { name: named ? named.name : spell(t), tag, child: (k) => members[k]?.type };
      }
      case "object":
        return { name: "object", child: (k) => t.members[k]?.type };
      case "array":
        return { name: spell(t), child: () => t.of };
      case "record":
        return { name: spell(t), child: () => t.of };
      case "lit":
        return { name: JSON.stringify(t.value), child: () => UNKNOWN };
      case "prim":
        return { name: t.name, child: () => UNKNOWN };
    }
    return { name: "unknown", child: () => UNKNOWN };
  }

  return { describe, spell };
}

/**
 * The declared type of a whole webhook for an API version: `WebhooksByVersion[version]` when
 * the package declares that map (any of its versions for "auto", narrowed by the action), else
 * `Webhook`; `UnknownWebhook` for an accepted unknown action.
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

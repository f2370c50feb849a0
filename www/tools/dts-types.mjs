// Reads the package's generated declarations (pkg/index.d.ts) into a small JSON table of its data
// types, so the page can name the narrowed TypeScript type of every node of a decoded webhook
// without a hand-kept copy of the model: when the model changes, the next build follows.
import ts from "typescript";

/**
 * @typedef {{k: "ref", name: string} | {k: "union" | "and", of: TypeExpr[]} | {k: "array" | "record", of: TypeExpr}
 *   | {k: "lit", value: string | number | boolean | null} | {k: "prim", name: string}
 *   | {k: "object", members: Record<string, Member>}} TypeExpr
 * @typedef {{type: TypeExpr, optional: boolean}} Member
 * @typedef {{interfaces: Record<string, {extends: string[], members: Record<string, Member>}>,
 *   aliases: Record<string, TypeExpr>}} TypeTable
 */

function propName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}

// The table being built, and the generic interfaces of the file (`EnvelopeV3_1<P>`): a use such
// as `EnvelopeV3_1<EventPayloadV3_1>` becomes an interface of that name, its parameters replaced.
let table;
let generics;

// `env` maps the type parameters in scope to the type expressions given for them.
function members(list, env = {}) {
  const out = {};
  for (const m of list) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = propName(m.name);
    if (name !== null) out[name] = { type: expr(m.type, env), optional: !!m.questionToken };
  }
  return out;
}

/** @returns {TypeExpr} */
function expr(node, env = {}) {
  const sub = (n) => expr(n, env);
  switch (node.kind) {
    case ts.SyntaxKind.ParenthesizedType:
      return sub(node.type);
    case ts.SyntaxKind.TypeOperator: // readonly T[]
      return sub(node.type);
    case ts.SyntaxKind.UnionType:
      return { k: "union", of: node.types.map(sub) };
    case ts.SyntaxKind.IntersectionType:
      return { k: "and", of: node.types.map(sub) };
    case ts.SyntaxKind.ArrayType:
      return { k: "array", of: sub(node.elementType) };
    case ts.SyntaxKind.TypeLiteral:
      return { k: "object", members: members(node.members, env) };
    case ts.SyntaxKind.LiteralType: {
      const l = node.literal;
      if (ts.isStringLiteral(l)) return { k: "lit", value: l.text };
      if (ts.isNumericLiteral(l)) return { k: "lit", value: Number(l.text) };
      if (l.kind === ts.SyntaxKind.TrueKeyword) return { k: "lit", value: true };
      if (l.kind === ts.SyntaxKind.FalseKeyword) return { k: "lit", value: false };
      if (l.kind === ts.SyntaxKind.NullKeyword) return { k: "lit", value: null };
      break;
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      const args = node.typeArguments ?? [];
      if (env[name] && args.length === 0) return env[name];
      if (name === "Record" && args.length === 2) return { k: "record", of: sub(args[1]) };
      if ((name === "Array" || name === "ReadonlyArray") && args.length === 1) return { k: "array", of: sub(args[0]) };
      const generic = generics.get(name);
      if (generic && args.length === generic.typeParameters.length) {
        const given = args.map(sub);
        const spelled = `${name}<${given.map(spellArg).join(", ")}>`;
        if (!table.interfaces[spelled]) {
          const inner = Object.fromEntries(generic.typeParameters.map((p, i) => [p.name.text, given[i]]));
          table.interfaces[spelled] = { extends: [], members: {} };
          table.interfaces[spelled].members = members(generic.members, inner);
        }
        return { k: "ref", name: spelled };
      }
      return { k: "ref", name };
    }
    case ts.SyntaxKind.StringKeyword:
      return { k: "prim", name: "string" };
    case ts.SyntaxKind.NumberKeyword:
      return { k: "prim", name: "number" };
    case ts.SyntaxKind.BooleanKeyword:
      return { k: "prim", name: "boolean" };
    case ts.SyntaxKind.NullKeyword:
      return { k: "lit", value: null };
  }
  return { k: "prim", name: "unknown" };
}

// A type argument as the name of an instantiated interface shows it.
function spellArg(t) {
  if (t.k === "ref" || t.k === "prim") return t.name;
  if (t.k === "lit") return JSON.stringify(t.value);
  return "object";
}

/** @param {string} text the .d.ts @returns {TypeTable} */
export function typeTableFromDts(text) {
  const file = ts.createSourceFile("index.d.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  table = { interfaces: {}, aliases: {} };
  generics = new Map(file.statements.filter((st) => ts.isInterfaceDeclaration(st) && st.typeParameters).map((st) => [st.name.text, st]));
  for (const st of file.statements) {
    if (ts.isInterfaceDeclaration(st) && st.typeParameters) continue;
    if (ts.isInterfaceDeclaration(st)) {
      const ext = [];
      for (const clause of st.heritageClauses ?? []) {
        for (const t of clause.types) ext.push(t.expression.getText(file));
      }
      table.interfaces[st.name.text] = { extends: ext, members: members(st.members) };
    } else if (ts.isTypeAliasDeclaration(st) && !st.typeParameters) {
      table.aliases[st.name.text] = expr(st.type);
    }
  }
  return table;
}

/** The literal members of a type (following aliases), e.g. the versions `apiVersion` accepts. */
export function literalsOf(table, t, seen = new Set()) {
  if (!t) return [];
  if (t.k === "lit") return [t.value];
  if (t.k === "union") return t.of.flatMap((x) => literalsOf(table, x, seen));
  if (t.k === "ref" && table.aliases[t.name] && !seen.has(t.name)) {
    seen.add(t.name);
    return literalsOf(table, table.aliases[t.name], seen);
  }
  return [];
}

/** The part of the table reachable from `roots`: what the page needs to name a webhook's nodes. */
export function reachableTypes(table, roots) {
  const out = { interfaces: {}, aliases: {} };
  const todo = [...roots];
  const visit = (t) => {
    if (!t) return;
    if (t.k === "ref") todo.push(t.name);
    else if (t.k === "union" || t.k === "and") t.of.forEach(visit);
    else if (t.k === "array" || t.k === "record") visit(t.of);
    else if (t.k === "object") Object.values(t.members).forEach((m) => visit(m.type));
  };
  while (todo.length) {
    const name = todo.pop();
    if (out.interfaces[name] || out.aliases[name]) continue;
    if (table.interfaces[name]) {
      const decl = (out.interfaces[name] = table.interfaces[name]);
      todo.push(...decl.extends);
      Object.values(decl.members).forEach((m) => visit(m.type));
    } else if (table.aliases[name]) {
      visit((out.aliases[name] = table.aliases[name]));
    }
  }
  return out;
}

// Reads the package's generated declarations (pkg/index.d.ts) into a small JSON table of its data
// types, so the page can name the narrowed TypeScript type of every node of a decoded webhook
// without a hand-kept copy of the model: when the model changes, the next build follows.
// Generic interfaces (the envelopes, `Envelope<P>`) keep their type parameters: a reference
// carries its type arguments, and the page substitutes them (types.mjs).
import ts from "typescript";

/**
 * @typedef {{k: "ref", name: string, args?: TypeExpr[]} | {k: "param", name: string}
 *   | {k: "union" | "and", of: TypeExpr[]} | {k: "array" | "record", of: TypeExpr}
 *   | {k: "lit", value: string | number | boolean | null} | {k: "prim", name: string}
 *   | {k: "object", members: Record<string, Member>}} TypeExpr
 * @typedef {{type: TypeExpr, optional: boolean}} Member
 * @typedef {{extends: TypeExpr[], members: Record<string, Member>, params?: string[]}} InterfaceDecl
 * @typedef {{interfaces: Record<string, InterfaceDecl>, aliases: Record<string, TypeExpr>}} TypeTable
 */

const NO_PARAMS = new Set();

function propName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}

function members(list, params) {
  const out = {};
  for (const m of list) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = propName(m.name);
    if (name !== null) out[name] = { type: expr(m.type, params), optional: !!m.questionToken };
  }
  return out;
}

/** A reference, with its type arguments when it has any. */
function ref(name, args, params) {
  return args.length ? { k: "ref", name, args: args.map((a) => expr(a, params)) } : { k: "ref", name };
}

/**
 * @param {Set<string>} params the type parameters in scope (those of the interface being read)
 * @returns {TypeExpr}
 */
function expr(node, params = NO_PARAMS) {
  const sub = (n) => expr(n, params);
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
      return { k: "object", members: members(node.members, params) };
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
      if (params.has(name) && !args.length) return { k: "param", name };
      if (name === "Record" && args.length === 2) return { k: "record", of: sub(args[1]) };
      if ((name === "Array" || name === "ReadonlyArray") && args.length === 1) return { k: "array", of: sub(args[0]) };
      return ref(name, args, params);
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

/** @param {string} text the .d.ts @returns {TypeTable} */
export function typeTableFromDts(text) {
  const file = ts.createSourceFile("index.d.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const table = { interfaces: {}, aliases: {} };
  for (const st of file.statements) {
    if (ts.isInterfaceDeclaration(st)) {
      const names = (st.typeParameters ?? []).map((p) => p.name.text);
      const params = new Set(names);
      const ext = [];
      for (const clause of st.heritageClauses ?? []) {
        for (const t of clause.types) ext.push(ref(t.expression.getText(file), t.typeArguments ?? [], params));
      }
      const decl = { extends: ext, members: members(st.members, params) };
      if (names.length) decl.params = names;
      table.interfaces[st.name.text] = decl;
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
    if (t.k === "ref") {
      todo.push(t.name);
      t.args?.forEach(visit);
    } else if (t.k === "union" || t.k === "and") t.of.forEach(visit);
    else if (t.k === "array" || t.k === "record") visit(t.of);
    else if (t.k === "object") Object.values(t.members).forEach((m) => visit(m.type));
  };
  while (todo.length) {
    const name = todo.pop();
    if (out.interfaces[name] || out.aliases[name]) continue;
    if (table.interfaces[name]) {
      const decl = (out.interfaces[name] = table.interfaces[name]);
      decl.extends.forEach(visit);
      Object.values(decl.members).forEach((m) => visit(m.type));
    } else if (table.aliases[name]) {
      visit((out.aliases[name] = table.aliases[name]));
    }
  }
  return out;
}

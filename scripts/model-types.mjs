// The model's TypeScript, one exact set of types per API version, written from the JSON Schema
// of each version (examples/package_schema.rs). That schema already has the version gates of the
// model applied (src/schema_gates.rs): members, enum values and union variants a version lacks
// are gone, and what it requires is required. So each version's types say exactly what that
// version sends, down to the deepest structure.
//
// A structure whose declaration (its own members and everything it reaches) is the same in
// several versions is declared once. Where versions differ, the shape of the latest stable
// version keeps the plain name (`MessageEvent`), and every other shape is named after the first
// version that sends it (`MessageEventV3_2` is the shape of 3.2 and any later version that did
// not change it). `namespace V3_4 { type MessageEvent = ... }` names each version's shape
// without knowing where it changed.
//
// Used by scripts/assemble-pkg.mjs: modelTypes(schemas, latest) -> { text, names }.

const REF = "#/$defs/";
// Placeholders for references in a declaration's text until every shape has its final name.
const OPEN = "\u0001";
const CLOSE = "\u0002";

/**
 * `{ "3.1": schema, ... }` (versions oldest first), the latest stable version, and the names of
 * the platform's globals (DOM, workers): a model name that is one (`Event`, `MessageEvent`) is
 * exported with the prefix `LiveChat`, so that a forgotten import is a compile error rather than
 * the global's type used silently. The old name stays as a deprecated alias.
 */
export function modelTypes(schemas, latest, globals = new Set(), pushes = {}) {
  const tsName = (name) => (globals.has(name) ? `LiveChat${name}` : name);
  const versions = Object.keys(schemas);
  const suffix = (v) => `V${v.replace(".", "_")}`;

  // 1. Each version's declarations, references left as placeholders.
  const local = new Map(); // version -> Map(name -> { text, refs })
  const unions = new Map(); // version -> [{ action, envelope, payload }] (payload: text with refs)
  // version -> { agent: [{ action, payload }], customer: [...] }: the RTM pushes (issue 17), whose
  // frames are written inline and whose payloads are the model's structures of that version.
  const pushUnions = new Map();
  for (const v of versions) {
    const schema = schemas[v];
    const defs = schema.$defs ?? {};
    const decls = new Map();
    const envelopes = new Set();
    const members = [];
    for (const item of schema.oneOf ?? []) {
      const name = refName(item.$ref);
      const action = item.properties?.action?.const;
      if (name === undefined || typeof action !== "string") {
        throw new Error(`schema ${v}: a member of the root oneOf is not { $ref, action const }`);
      }
      envelopes.add(name);
      members.push({ action, instance: name });
    }
    // Envelopes are one generic declaration per kind; schemars writes one instance per payload
    // (Envelope, Envelope2, ...). Instances that differ only in the payload are one kind, named
    // after the instance with the shortest name (schemars gives the bare name to the first).
    const kinds = new Map(); // text -> kind name
    const kindOf = new Map(); // instance -> kind name
    for (const name of envelopes) {
      const def = defs[name];
      const payload = def.properties?.payload;
      if (payload === undefined) throw new Error(`schema ${v}: envelope ${name} has no payload`);
      const generic = { ...def, properties: { ...def.properties, payload: { $generic: "P" } } };
      const text = declaration("", generic, true);
      const known = kinds.get(text);
      if (known === undefined || name.length < known.length) kinds.set(text, name);
      kindOf.set(name, text);
    }
    for (const [text, name] of kinds) {
      decls.set(name, { text: text.replace(/^/, ""), generic: true });
    }
    for (const [instance, text] of kindOf) kindOf.set(instance, kinds.get(text));
    unions.set(
      v,
      members.map(({ action, instance }) => ({
        action,
        envelope: kindOf.get(instance),
        payload: typeText(defs[instance].properties.payload, 0),
      })),
    );
    for (const [name, def] of Object.entries(defs)) {
      if (envelopes.has(name)) continue;
      decls.set(name, { text: declaration(name, def, false), generic: false });
    }
    const byApi = {};
    for (const api of ["agent", "customer"]) {
      const ps = pushes[api]?.[v];
      if (ps === undefined) continue;
      let pdefs = ps.$defs ?? {};
      let root = ps;
      // A structure of the same name whose shape differs in this API (the customer API's
      // channel gates: `recipients` kept, `transferred_from` in `chat`, ...) is its own type,
      // `CustomerApi<Name>`, and so is every structure that reaches one.
      if (api === "customer") {
        const differs = new Set();
        for (const [name, def] of Object.entries(pdefs)) {
          const mine = decls.get(name);
          if (mine !== undefined && !mine.generic && mine.text !== declaration(name, def, false)) differs.add(name);
        }
        const reaches = (def) => [...JSON.stringify(def).matchAll(/"#\/\$defs\/([A-Za-z0-9_]+)"/g)].map((m) => m[1]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const [name, def] of Object.entries(pdefs)) {
            if (!differs.has(name) && decls.has(name) && reaches(def).some((r) => differs.has(r))) {
              differs.add(name);
              grew = true;
            }
          }
        }
        if (differs.size > 0) {
          const rename = (text) => text.replace(/"#\/\$defs\/([A-Za-z0-9_]+)"/g, (m, r) => (differs.has(r) ? `"#/$defs/CustomerApi${r}"` : m));
          root = JSON.parse(rename(JSON.stringify(ps)));
          pdefs = Object.fromEntries(Object.entries(root.$defs ?? {}).map(([k, d]) => [differs.has(k) ? `CustomerApi${k}` : k, d]));
        }
      }
      const frames = new Set();
      byApi[api] = (root.oneOf ?? []).map((item) => {
        const name = refName(item.$ref);
        const action = item.properties?.action?.const;
        if (name === undefined || typeof action !== "string") {
          throw new Error(`push schema ${api} ${v}: a member of the root oneOf is not { $ref, action const }`);
        }
        frames.add(name);
        return { action, payload: typeText(pdefs[name].properties.payload, 0) };
      });
      // A structure webhooks have too is the same shape in the same version (the same gates).
      for (const [name, def] of Object.entries(pdefs)) {
        if (frames.has(name) || name === "PushType" || decls.has(name)) continue;
        decls.set(name, { text: declaration(name, def, false), generic: false });
      }
    }
    pushUnions.set(v, byApi);
    local.set(v, decls);
  }

  // 2. The identity of each shape: its own text and the identities of what it references.
  const identity = new Map(); // `${v}\0${name}` -> string
  function identify(v, name, stack) {
    const key = `${v}\0${name}`;
    const done = identity.get(key);
    if (done !== undefined) return done;
    const decl = local.get(v).get(name);
    if (decl === undefined) throw new Error(`schema ${v}: ${name} is referenced but not defined`);
    if (stack.has(key)) return `${name}@cycle`;
    stack.add(key);
    const deps = refsIn(decl.text)
      .map((r) => `${r}=(${identify(v, r, stack)})`)
      .join(",");
    stack.delete(key);
    const id = `${decl.text}|${deps}`;
    identity.set(key, id);
    return id;
  }
  for (const v of versions) for (const name of local.get(v).keys()) identify(v, name, new Set());

  // 3. Names: per declared name, its distinct shapes in version order.
  const order = []; // names in order of first appearance, newest version first (the common case)
  const shapes = new Map(); // name -> [{ id, versions: [] }]
  for (const v of [...versions].reverse()) {
    for (const name of local.get(v).keys()) {
      if (!shapes.has(name)) {
        shapes.set(name, []);
        order.push(name);
      }
      const id = identity.get(`${v}\0${name}`);
      const list = shapes.get(name);
      const shape = list.find((s) => s.id === id);
      if (shape) shape.versions.push(v);
      else list.push({ id, versions: [v] });
    }
  }
  const finalName = new Map(); // `${v}\0${name}` -> exported name
  const declared = new Map(); // exported name -> { v, name, versions }
  for (const name of order) {
    const list = shapes.get(name);
    for (const s of list) s.versions.sort(byVersion(versions));
    // The plain name goes to the latest stable version's shape, or to the newest one that has it.
    const primary = list.find((s) => s.versions.includes(latest)) ?? list[0];
    // A name that already says its version (`EnvelopeV3_2`, `ChatV3_1`) is one the model gives a
    // structure of several versions: each shape is then named after its own first version.
    const plain = tsName(name);
    const base = plain.match(/^(.*)V\d+_\d+$/)?.[1];
    for (const s of list) {
      const exported =
        list.length === 1 ? plain : base !== undefined ? `${base}${suffix(s.versions[0])}` : s === primary ? plain : `${plain}${suffix(s.versions[0])}`;
      if (declared.has(exported)) {
        throw new Error(`the type name ${exported} is taken twice: rename a model type or its version suffix`);
      }
      declared.set(exported, { v: s.versions[0], name, versions: s.versions, several: list.length > 1 });
      for (const v of s.versions) finalName.set(`${v}\0${name}`, exported);
    }
  }
  const resolve = (v, text) => text.replace(new RegExp(`${OPEN}([A-Za-z0-9_]+)${CLOSE}`, "g"), (_, r) => finalName.get(`${v}\0${r}`));

  // 4. The text: every shape once, then each version's union, then its namespace.
  const out = [];
  for (const [exported, { v, name, versions: vs, several }] of declared) {
    const decl = local.get(v).get(name);
    let text = resolve(v, decl.text.replace(`${OPEN}self${CLOSE}`, exported));
    if (several) text = withVersionNote(text, vs, versions);
    out.push(text);
  }
  for (const v of versions) {
    const union = unions
      .get(v)
      .map(({ action, envelope, payload }) => {
        const env = finalName.get(`${v}\0${envelope}`);
        return `({ action: ${JSON.stringify(action)} } & ${env}<${resolve(v, payload)}>)`;
      })
      .join(" | ");
    out.push(`${doc(schemas[v].description ?? `The webhooks of API ${v}.`, "")}export type Webhook${suffix(v)} = ${union};`);
  }
  const pushNames = [];
  const byApiVersion = { agent: [], customer: [] };
  for (const v of versions) {
    for (const [api, items] of Object.entries(pushUnions.get(v) ?? {})) {
      const name = `${api === "agent" ? "Agent" : "Customer"}Push${suffix(v)}`;
      const frames = items.map(
        ({ action, payload }) =>
          `{ version?: string; request_id?: string; action: ${JSON.stringify(action)}; type: "push"; payload: ${resolve(v, payload)} }`,
      );
      const api_ = api === "agent" ? "Agent" : "Customer";
      out.push(`/** The RTM pushes of the ${api_} Chat API in API ${v}, told apart by \`action\`. */\nexport type ${name} =\n    | ${frames.join("\n    | ")};`);
      pushNames.push(name);
      byApiVersion[api].push(`        ${JSON.stringify(v)}: ${name};`);
    }
  }
  out.push(
    `${doc("Each API version's union of RTM pushes, per API (`agent`, `customer`).", "")}export interface PushesByVersion {\n    agent: {\n${byApiVersion.agent.join("\n")}\n    };\n    customer: {\n${byApiVersion.customer.join("\n")}\n    };\n}`,
  );
  // Each version's structures by name, for `ModelType<"MessageEvent", "3.4">` (envelopes, being
  // generic, are reached through the webhooks: `WebhookOf<action, version>`).
  const map = versions.map((v) => {
    const members = [...local.get(v)]
      .filter(([, d]) => !d.generic)
      .map(([name]) => name)
      .sort((a, b) => (tsName(a) < tsName(b) ? -1 : 1))
      .map((name) => `        ${tsName(name)}: ${finalName.get(`${v}\0${name}`)};`);
    return `    ${JSON.stringify(v)}: {\n${members.join("\n")}\n    };`;
  });
  out.push(
    `${doc("The model's structures of each API version, by name: what `ModelType` reads.", "")}export interface ModelTypesByVersion {\n${map.join("\n")}\n}`,
  );
  const renamed = order.filter((name) => tsName(name) !== name);
  for (const name of renamed) {
    const now = finalName.get(`${latest}\0${name}`) ?? tsName(name);
    out.push(`/** @deprecated Use \`${now}\`: \`${name}\` is also a global of the DOM, whose type a forgotten import would silently give. */\nexport type ${name} = ${now};`);
  }
  const names = [...declared.keys(), ...renamed, ...versions.map((v) => `Webhook${suffix(v)}`), "ModelTypesByVersion", ...pushNames, "PushesByVersion"];
  return { text: out.join("\n\n") + "\n", names };
}

function byVersion(versions) {
  return (a, b) => versions.indexOf(a) - versions.indexOf(b);
}

function refName(ref) {
  return typeof ref === "string" && ref.startsWith(REF) ? ref.slice(REF.length) : undefined;
}

function refsIn(text) {
  const out = new Set();
  for (const m of text.matchAll(new RegExp(`${OPEN}([A-Za-z0-9_]+)${CLOSE}`, "g"))) if (m[1] !== "self") out.add(m[1]);
  return [...out].sort();
}

function withVersionNote(text, vs, versions) {
  const range = vs.length === 1 ? `API ${vs[0]}` : contiguous(vs, versions) ? `API ${vs[0]}–${vs.at(-1)}` : `API ${vs.join(", ")}`;
  const note = `As ${range} sends it.`;
  if (text.startsWith("/**\n")) return text.replace(/\n \*\/\n/, `\n *\n * ${note}\n */\n`);
  return `/**\n * ${note}\n */\n${text}`;
}

function contiguous(vs, versions) {
  const i = versions.indexOf(vs[0]);
  return vs.every((v, k) => versions[i + k] === v);
}

function doc(description, indent) {
  if (typeof description !== "string" || description.trim() === "") return "";
  const lines = description.trim().split("\n").map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`);
  return `${indent}/**\n${lines.join("\n")}\n${indent} */\n`;
}

// A named declaration: an interface for objects with members, a type alias otherwise. `generic`
// declares the type parameter P (envelopes).
function declaration(name, def, generic) {
  const head = doc(def.description, "");
  const self = `${OPEN}self${CLOSE}${generic ? "<P>" : ""}`;
  if (isObjectWithMembers(def)) {
    return `${head}export interface ${self} ${objectBody(def, 0)}`;
  }
  return `${head}export type ${self} = ${typeText(def, 0)};`;
}

function isObjectWithMembers(s) {
  return s.type === "object" && s.properties !== undefined && s.$ref === undefined && (s.additionalProperties === undefined || s.additionalProperties === true || s.additionalProperties === false);
}

function objectBody(s, depth) {
  const pad = "    ".repeat(depth + 1);
  const required = new Set(s.required ?? []);
  const lines = [];
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
    const said = prop.deprecated === true ? `${prop.description ?? ""}\n@deprecated accepted with a warning in this version.`.trim() : prop.description;
    lines.push(`${doc(said, pad)}${pad}${name}${required.has(key) ? "" : "?"}: ${typeText(prop, depth + 1)};`);
  }
  return `{\n${lines.join("\n")}\n${"    ".repeat(depth)}}`;
}

// The type of a schema, inline.
function typeText(s, depth) {
  if (s === true || (typeof s === "object" && Object.keys(s).filter((k) => k !== "description").length === 0)) return "unknown";
  if (s.$generic) return s.$generic;
  const parts = [];
  const ref = refName(s.$ref);
  if (s.$ref !== undefined && ref === undefined) throw new Error(`unsupported $ref ${s.$ref}`);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum !== undefined) return s.enum.map((e) => JSON.stringify(e)).join(" | ");
  if (s.oneOf || s.anyOf) {
    const alts = (s.oneOf ?? s.anyOf).map((a) => typeText(a, depth));
    if (alts.length === 0) return "never";
    // Intersections keep their parentheses for the reader; nested unions flatten.
    return alts.map((a) => (/ & /.test(a) && alts.length > 1 ? `(${a})` : a)).join(" | ");
  }
  if (ref !== undefined) {
    const props = s.properties && Object.keys(s.properties).length > 0 ? inlineObject(s) : undefined;
    return props === undefined ? `${OPEN}${ref}${CLOSE}` : `${props} & ${OPEN}${ref}${CLOSE}`;
  }
  switch (s.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array": {
      const item = s.items === undefined ? "unknown" : typeText(s.items, depth);
      return /[|&\s]/.test(item) && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
    }
    case "object": {
      const extra = s.additionalProperties;
      if (s.properties !== undefined && (extra === undefined || extra === true || extra === false)) {
        return objectBody(s, depth);
      }
      if (s.properties !== undefined) throw new Error("an object with both members and typed extra members: add a case for it");
      if (extra === undefined || extra === true) return "Record<string, unknown>";
      return `Record<string, ${typeText(extra, depth)}>`;
    }
    default:
      parts.push(JSON.stringify(s));
      throw new Error(`unsupported schema in the model's TypeScript: ${parts[0].slice(0, 200)}`);
  }
}

function inlineObject(s) {
  const required = new Set(s.required ?? []);
  const members = Object.entries(s.properties).map(([k, p]) => `${k}${required.has(k) ? "" : "?"}: ${typeText(p, 0)}`);
  return `{ ${members.join("; ")} }`;
}

// Invalid bodies, each derived from a valid one by one change whose issue is known in advance:
// the code and the JSON pointer the validator must report, and nothing else. The changes come
// from the sites sample.ts records while walking the schema (a required member, a member's JSON
// type, an enum or const, a length limit), plus the two the envelope adds: a wrong secret (when
// the options give one) and an action the version does not have.

import type { IssueCode } from "./livechat_webhooks.js";
import { escapePointer, type Generator, type Json, type Site } from "./sample.js";

/** What an invalid body must produce: exactly one error, of this code at this pointer. */
export interface Expected {
  code: IssueCode;
  pointer: string;
}

export interface Mutation {
  /** What was changed, for a test's failure message: "drop /payload/chat/id". */
  description: string;
  expected: Expected;
  /** Applies the change to a deep copy of the value. */
  apply(value: Json): Json;
}

type Obj = { [key: string]: Json };

function at(value: Json, pointer: string): Obj {
  let node: Json = value;
  if (pointer !== "") {
    for (const part of pointer.slice(1).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      node = Array.isArray(node) ? node[Number(key)]! : (node as Obj)[key]!;
    }
  }
  return node as Obj;
}

function changed(value: Json, pointer: string, change: (parent: Obj) => void): Json {
  const copy = structuredCloneJson(value);
  change(at(copy, pointer));
  return copy;
}

function structuredCloneJson(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/** Every mutation of a generated body (its sites, then the envelope's own). */
export function mutations(gen: Generator, value: Json, secret: string | undefined): Mutation[] {
  const out: Mutation[] = [];
  for (const site of gen.sites) {
    const m = fromSite(gen, site);
    if (m !== undefined) out.push(m);
  }
  if (secret !== undefined) {
    out.push({
      description: "a secret_key other than the one configured",
      expected: { code: "secret_mismatch", pointer: "/secret_key" },
      apply: (v) => changed(v, "", (root) => void (root.secret_key = `not-${secret.length}-the-secret`)),
    });
  }
  return out;
}

function fromSite(gen: Generator, site: Site): Mutation | undefined {
  const pointer = `${site.parent}/${escapePointer(site.key)}`;
  const set = (description: string, code: IssueCode, make: (old: Json) => Json): Mutation => ({
    description: `${description} ${pointer}`,
    expected: { code, pointer },
    apply: (v) => changed(v, site.parent, (parent) => void (parent[site.key] = make(parent[site.key]!))),
  });
  switch (site.kind) {
    case "drop":
      return {
        description: `drop ${pointer}`,
        expected: { code: "missing_field", pointer },
        apply: (v) => changed(v, site.parent, (parent) => void delete parent[site.key]),
      };
    case "wrong_type":
      return set("another JSON type at", "invalid_type", () => site.other!);
    case "not_a_member":
      // The root's `action` is told apart by the version table, not by an enum.
      return set(
        "a value outside the allowed ones at",
        site.parent === "" && site.key === "action" ? "unknown_action" : "invalid_value",
        () => "no_such_value",
      );
    case "over_limit": {
      const limit = site.limit!;
      if (site.unit === "items") {
        // One more element than allowed, each one valid: copies of a generated element.
        const element = gen.value(site.items!, `${pointer}/0`, site.key, "", true);
        return set(`${limit + 1} items (at most ${limit}) at`, "invalid_value", () =>
          Array.from({ length: limit + 1 }, () => structuredCloneJson(element)),
        );
      }
      return set(`${limit + 1} characters (at most ${limit} ${site.unit}) at`, "invalid_value", () => "x".repeat(limit + 1));
    }
  }
}

// The body's own `secret_key` is the webhook's real secret when a captured request is pasted, so
// the state kept in the URL (history, shared links) holds it blanked: each character between its
// quotes becomes "•", which keeps every later line and column, hence every issue, where it was.
import { jsonLanguage } from "@codemirror/lang-json";

const BLANK = "•";

/** `text` with the characters of the root object's "secret_key" string value blanked. */
export function blankSecret(text) {
  const tree = jsonLanguage.parser.parse(text);
  const root = tree.topNode.firstChild;
  if (!root || root.name !== "Object") return text;
  const spans = [];
  for (let prop = root.firstChild; prop; prop = prop.nextSibling) {
    if (prop.name !== "Property") continue;
    const name = prop.getChild("PropertyName");
    const value = prop.lastChild;
    if (!name || text.slice(name.from, name.to) !== '"secret_key"' || value?.name !== "String") continue;
    if (value.to - value.from >= 2 && text[value.to - 1] === '"') spans.push([value.from + 1, value.to - 1]);
  }
  let out = text;
  for (const [from, to] of spans.reverse()) {
    // One "•" per UTF-16 unit: columns are counted in UTF-16 units.
    out = out.slice(0, from) + BLANK.repeat(to - from) + out.slice(to);
  }
  return out;
}

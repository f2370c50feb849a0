// The body's own `secret_key` is the webhook's real secret when a captured request is pasted, so
// the state kept in the URL (history, shared links) holds it blanked: each character between its
// quotes becomes "•", which keeps every later line and column, hence every issue, where it was.
// A plain scan rather than a parser: it runs on the main thread at every edit, bodies of 1 MB
// included, and only needs the root object's members (broken JSON simply ends the scan).

const BLANK = "•";
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index just past the string that opens at `i`; at the line's end when it does not close there. */
function stringEnd(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d) return j;
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  return text.length;
}

function lineEnd(text, i) {
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

function skipSpace(text, i) {
  while (i < text.length && " \t\r\n\uFEFF".includes(text[i])) i++;
  return i;
}

/** `text` with the characters of the root object's "secret_key" string value(s) blanked. */
export function blankSecret(text) {
  let i = skipSpace(text, 0);
  if (text[i] !== "{") return text;
  const spans = [];
  let depth = 0;
  let expectKey = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        expectKey = false;
        const isSecret = text.slice(i, end) === '"secret_key"';
        let v = skipSpace(text, end);
        if (text[v] === ":") {
          v = skipSpace(text, v + 1);
          if (isSecret && text[v] === '"') {
            const close = stringEnd(text, v);
            if (close - v >= 2 && text.charCodeAt(close - 1) === QUOTE) spans.push([v + 1, close - 1]);
            // Unterminated (being typed, or cut off): a JSON string cannot span lines.
            else spans.push([v + 1, lineEnd(text, v + 1)]);
          }
          i = v;
          continue;
        }
      }
      i = end;
      continue;
    }
    if (c === "{" || c === "[") {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth <= 0) break;
    } else if (c === "," && depth === 1) {
      expectKey = true;
    }
    i++;
  }
  let out = text;
  for (const [from, to] of spans.reverse()) {
    // One "•" per UTF-16 unit: columns are counted in UTF-16 units.
    out = out.slice(0, from) + BLANK.repeat(to - from) + out.slice(to);
  }
  return out;
}

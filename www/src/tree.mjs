// The collapsible tree of a decoded webhook: every node shows its key, its value or size, and the
// narrowed TypeScript type it has (types.mjs). Children are built when a node is first opened,
// so a 1 MB body costs only what is on screen. The body's `secret_key` is masked until revealed.
import { h } from "./render.mjs";

const OPEN_DEPTH = 3; // nodes above this depth start open
const MASK = "••••••••";

const kindOf = (v) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/**
 * @param {HTMLElement} container
 * @param {any} value the decoded webhook
 * @param {{ describe: Function }} namer
 * @param {import("../tools/dts-types.mjs").TypeExpr} root its declared type
 * @param {{ revealed: boolean, onReveal(on: boolean): void }} secret
 * @param {string} [label] the root's name: what the body is
 */
export function renderTree(container, value, namer, root, secret, label = "webhook") {
  const ctx = { namer, secret };
  container.replaceChildren(node(ctx, label, value, root, 0, []));
}

function typeBadge(described, known) {
  if (!known) {
    return h("span", { class: "t-type t-extra", title: "A member the model does not declare: kept as it was sent" }, "not in the model");
  }
  const title = described.from ? `${described.name}, narrowed from ${described.from}` : described.name;
  return h(
    "span",
    { class: "t-type", title, "data-type": described.name },
    described.name,
    described.from ? h("span", { class: "t-from" }, ` ⊂ ${described.from}`) : null,
  );
}

function node(ctx, key, v, declared, depth, path) {
  const kind = kindOf(v);
  const known = declared !== undefined;
  const described = ctx.namer.describe(v, declared ?? { k: "prim", name: "unknown" });
  const pointer = path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  const keyEl = h("span", { class: "t-key" }, key);
  if (kind !== "object" && kind !== "array") {
    const isSecret = path.length === 1 && key === "secret_key" && kind === "string";
    return h(
      "div",
      { class: "t-leaf", "data-pointer": pointer },
      keyEl,
      ": ",
      isSecret ? secretValue(ctx, v) : h("span", { class: `t-val t-${kind}` }, kind === "string" ? JSON.stringify(v) : String(v)),
      " ",
      typeBadge(described, known),
    );
  }
  const entries = kind === "array" ? v.map((x, i) => [i, x]) : Object.entries(v);
  const size = kind === "array" ? `[${entries.length}]` : `{${entries.length}}`;
  const details = h(
    "details",
    { class: "t-node", open: depth < OPEN_DEPTH, "data-pointer": pointer },
    h("summary", {}, keyEl, " ", h("span", { class: "t-size" }, size), " ", typeBadge(described, known)),
  );
  const fill = () => {
    if (details.dataset.filled) return;
    details.dataset.filled = "1";
    const children = h("div", { class: "t-children" });
    for (const [k, x] of entries) {
      const childType = known ? described.child(String(k)) : undefined;
      children.append(node(ctx, String(k), x, childType, depth + 1, [...path, k]));
    }
    details.append(children);
  };
  if (details.open) fill();
  else details.addEventListener("toggle", fill);
  return details;
}

function secretValue(ctx, v) {
  const shown = h("span", { class: "t-val t-string t-secret", "data-masked": String(!ctx.secret.revealed) });
  const button = h("button", {
    type: "button",
    class: "reveal",
    "aria-pressed": String(ctx.secret.revealed),
    title: "The body's secret_key is masked so it does not show on a shared screen",
  });
  const paint = () => {
    shown.textContent = ctx.secret.revealed ? JSON.stringify(v) : MASK;
    shown.dataset.masked = String(!ctx.secret.revealed);
    button.textContent = ctx.secret.revealed ? "hide" : "reveal";
    button.setAttribute("aria-pressed", String(ctx.secret.revealed));
  };
  button.addEventListener("click", () => {
    ctx.secret.revealed = !ctx.secret.revealed;
    ctx.secret.onReveal(ctx.secret.revealed);
    paint();
  });
  paint();
  return h("span", {}, shown, " ", button);
}

/** The decoded JSON with the body's secret masked unless revealed. */
export function maskedJson(value, revealed) {
  if (revealed || !value || typeof value !== "object" || typeof value.secret_key !== "string") {
    return JSON.stringify(value, null, 2);
  }
  return JSON.stringify({ ...value, secret_key: MASK }, null, 2);
}

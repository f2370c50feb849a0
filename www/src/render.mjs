// DOM rendering of results: the issue list and the summary of a decoded webhook (the tree is tree.mjs).
// Everything goes through textContent; nothing from the body is ever parsed as HTML.

/** Small element helper. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("data-")) el.setAttribute(k, String(v));
    else if (k in el) el[k] = v;
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One row per issue. `onPick(issue)` runs when a row is clicked or activated by keyboard. */
export function renderIssues(list, issues, onPick) {
  list.replaceChildren();
  issues.forEach((issue, index) => {
    const hasPos = typeof issue.line === "number" && typeof issue.column === "number";
    const loc = hasPos ? `${issue.line}:${issue.column}` : "—";
    const row = h(
      "li",
      {
        class: `issue sev-${issue.severity}`,
        tabIndex: 0,
        title: hasPos ? "Show in the editor" : "This issue has no position in the text",
        "data-index": index,
        "data-code": issue.code,
        "data-severity": issue.severity,
        "data-pointer": issue.pointer,
        "data-line": hasPos ? issue.line : undefined,
        "data-column": hasPos ? issue.column : undefined,
      },
      h(
        "div",
        { class: "issue-head" },
        h("span", { class: "sev" }, issue.severity),
        h("code", { class: "code" }, issue.code),
        h("span", { class: "loc", title: "line:column" }, loc),
      ),
      h("div", { class: "msg" }, issue.message),
      h(
        "div",
        { class: "ptr" },
        h("span", { class: "label" }, "pointer "),
        h("code", {}, issue.pointer === "" ? '"" (root)' : issue.pointer),
      ),
      issue.expected !== undefined || issue.received !== undefined
        ? h(
            "div",
            { class: "exp" },
            issue.expected !== undefined ? ["expected ", h("code", {}, String(issue.expected))] : null,
            issue.expected !== undefined && issue.received !== undefined ? " · " : null,
            issue.received !== undefined ? ["received ", h("code", {}, String(issue.received))] : null,
          )
        : null,
    );
    const pick = () => onPick(issue, row);
    row.addEventListener("click", pick);
    row.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        pick();
      }
    });
    list.append(row);
  });
}

export function countIssues(issues) {
  let errors = 0;
  let warnings = 0;
  for (const i of issues) i.severity === "warning" ? warnings++ : errors++;
  return { errors, warnings, text: [plural(errors, "error"), plural(warnings, "warning")].join(", ") };
}

const userLabel = (u) =>
  u && typeof u === "object" ? `${u.name || u.id || "?"} (${u.type || "user"})` : String(u);

function eventLabel(e) {
  if (!e || typeof e !== "object") return String(e);
  const bits = [e.type];
  // An API 3.6 deleted event: only its identity is left.
  if (e.deleted === true) bits.push("(deleted)");
  if (typeof e.text === "string") bits.push(`“${e.text.length > 60 ? e.text.slice(0, 57) + "…" : e.text}”`);
  else if (e.type === "file" && e.name) bits.push(e.name);
  else if (e.type === "rich_message" && e.template_id) bits.push(e.template_id);
  if (e.author_id) bits.push(`by ${e.author_id}`);
  return bits.join(" ");
}

function scalarText(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return `array of ${v.length}`;
  if (typeof v === "object") return `object with ${plural(Object.keys(v).length, "key")}`;
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** Facts about a decoded webhook, as [label, text] rows, chosen by action. */
export function summarize(value) {
  const rows = [];
  const p = value && typeof value.payload === "object" && value.payload !== null ? value.payload : {};
  switch (value.action) {
    case "incoming_chat_thread":
    case "incoming_chat": {
      const chat = p.chat || {};
      const thread = chat.thread || {};
      const events = Array.isArray(thread.events) ? thread.events : [];
      rows.push(["Chat", chat.id]);
      rows.push(["Thread", thread.active === undefined ? thread.id : `${thread.id} (${thread.active ? "active" : "inactive"})`]);
      rows.push(["Users", (chat.users || []).map(userLabel).join(", ") || "none"]);
      rows.push(["Events", events.length ? `${events.length}` : "none"]);
      events.forEach((e, i) => rows.push([`  #${i}`, eventLabel(e)]));
      if (chat.properties) rows.push(["Properties", Object.keys(chat.properties).join(", ") || "none"]);
      if (chat.access) rows.push(["Access", `groups ${(chat.access.group_ids || []).join(", ")}`]);
      break;
    }
    case "thread_closed":
    case "chat_deactivated":
      rows.push(["Chat", p.chat_id], ["Thread", p.thread_id]);
      rows.push(["Closed by", p.user_id ?? "the router (no user_id)"]);
      break;
    case "incoming_event":
    case "event_updated":
      rows.push(["Chat", p.chat_id], ["Thread", p.thread_id], ["Event", eventLabel(p.event)]);
      break;
    case "chat_user_added":
    case "user_added_to_chat":
      rows.push(["Chat", p.chat_id], ["Thread", p.thread_id || "(none)"], ["User", userLabel(p.user)]);
      break;
    default:
      for (const [k, v] of Object.entries(p)) rows.push([k, scalarText(v)]);
  }
  if (value.additional_data && typeof value.additional_data === "object") {
    const keys = Object.keys(value.additional_data);
    rows.push(["Additional data", keys.length ? keys.join(", ") : "empty"]);
  }
  return rows.filter(([, v]) => v !== undefined);
}

export function renderSummary(table, value) {
  table.replaceChildren(
    ...summarize(value).map(([k, v]) => h("tr", {}, h("th", {}, k), h("td", {}, String(v)))),
  );
}

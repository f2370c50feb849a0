// The CodeMirror 6 editor and the mapping from issues to editor diagnostics.
import { EditorView, basicSetup } from "codemirror";
import { EditorState } from "@codemirror/state";
import { json } from "@codemirror/lang-json";
import { syntaxTree } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";

/**
 * @param {HTMLElement} parent
 * @param {string} doc
 * @param {{ onChange(text: string): void, onCursor(pos: number): void }} handlers
 */
export function createEditor(parent, doc, handlers) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": "Webhook body (JSON)" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) handlers.onChange(update.state.doc.toString());
          if (update.selectionSet || update.docChanged) {
            handlers.onCursor(update.state.selection.main.head);
          }
        }),
      ],
    }),
  });
}

/** Replace the whole document (keeps undo history). */
export function setText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/**
 * Where an issue sits in the editor, from its 1-based line and UTF-16 column; null when the
 * issue carries no position. The range widens to the syntax node starting there (a key, a
 * string, a number...) when that node stays on one line, so the marker underlines the token.
 * @returns {{from: number, to: number} | null}
 */
export function issueRange(state, issue) {
  if (typeof issue.line !== "number" || typeof issue.column !== "number") return null;
  const doc = state.doc;
  const lineNo = Math.min(Math.max(issue.line, 1), doc.lines);
  const line = doc.line(lineNo);
  const from = Math.min(line.from + Math.max(issue.column - 1, 0), line.to);
  let to = from;
  const node = syntaxTree(state).resolveInner(from, 1);
  if (node && node.from === from && node.to > from && node.to <= line.to && node.name !== "⚠") {
    to = node.to;
  } else if (from < line.to) {
    to = from + 1;
  }
  return { from, to };
}

/** Show the issues as lint diagnostics (underlines and gutter markers). */
export function showIssues(view, issues) {
  const diagnostics = [];
  for (const issue of issues) {
    const range = issueRange(view.state, issue);
    if (!range) continue;
    diagnostics.push({
      from: range.from,
      to: range.to,
      severity: issue.severity === "warning" ? "warning" : "error",
      source: issue.code,
      message: issue.pointer ? `${issue.message} (at ${issue.pointer})` : issue.message,
    });
  }
  view.dispatch(setDiagnostics(view.state, diagnostics));
  return diagnostics.length;
}

/** Put the cursor on an issue's position and bring it into view. */
export function revealIssue(view, issue) {
  const range = issueRange(view.state, issue);
  if (!range) return;
  view.dispatch({
    selection: { anchor: range.from },
    effects: EditorView.scrollIntoView(range.from, { y: "center" }),
  });
  view.focus();
}

// The CodeMirror 6 editor and the mapping from issues to editor diagnostics.
import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment } from "@codemirror/state";
import { json } from "@codemirror/lang-json";
import { syntaxTree, syntaxHighlighting, HighlightStyle } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { tags } from "@lezer/highlight";

// The light look is basicSetup's; the dark one is switched in when the system asks for it.
const theme = new Compartment();
const darkTheme = [
  EditorView.theme(
    {
      "&": { backgroundColor: "#161b22", color: "#d6dde6" },
      ".cm-content": { caretColor: "#e6edf3" },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: "#e6edf3" },
      ".cm-gutters": { backgroundColor: "#161b22", color: "#7d8896", borderRight: "1px solid #2d3440" },
      ".cm-activeLine": { backgroundColor: "#1f2630" },
      ".cm-activeLineGutter": { backgroundColor: "#1f2630", color: "#c9d1d9" },
      "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection":
        { backgroundColor: "#264f78" },
      ".cm-matchingBracket": { backgroundColor: "#2f3b4b", outline: "1px solid #4b5a6e" },
      ".cm-tooltip": { backgroundColor: "#1f2630", color: "#d6dde6", border: "1px solid #2d3440" },
      ".cm-panels": { backgroundColor: "#1f2630", color: "#d6dde6" },
    },
    { dark: true },
  ),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: tags.propertyName, color: "#9ecbff" },
      { tag: tags.string, color: "#a5d6a7" },
      { tag: tags.number, color: "#f6c177" },
      { tag: [tags.bool, tags.null], color: "#f28b82" },
      { tag: tags.invalid, color: "#ff7b72" },
    ]),
  ),
];

/** Follow the system's light or dark preference. */
export function setDarkTheme(view, on) {
  view.dispatch({ effects: theme.reconfigure(on ? darkTheme : []) });
}

/**
 * @param {HTMLElement} parent
 * @param {string} doc
 * @param {{ onChange(text: string): void, onCursor(pos: number): void, onFile(file: File): void }} handlers
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
        theme.of([]),
        // A dropped file replaces the body (CodeMirror alone would insert it at the drop point).
        EditorView.domEventHandlers({
          drop(event) {
            const file = event.dataTransfer?.files?.[0];
            if (!file) return false;
            event.preventDefault();
            handlers.onFile(file);
            return true;
          },
        }),
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

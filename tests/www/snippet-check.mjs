// Type-checks the playground's TypeScript snippets against the built package's declarations with
// `tsc --strict` semantics, as a receiver's project would compile them. Many snippets go through
// one program (one module each), so the package's declarations are read and checked once.
import ts from "typescript";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// What a receiver has around a snippet: the raw body, and Node's process.env.
const PREFACE = "declare const rawBody: string;\ndeclare const process: { env: Record<string, string | undefined> };\n";

/**
 * @param {string[]} snippets TypeScript modules
 * @returns {string[][]} for each snippet, the compiler's messages (empty when it compiles)
 */
export function compileSnippets(snippets, pkgDir) {
  const dir = mkdtempSync(join(tmpdir(), "lcw-snippet-"));
  try {
    const files = snippets.map((text, i) => {
      const file = join(dir, `receiver${i}.ts`);
      // `export {}` keeps each file a module even when a snippet imports nothing.
      writeFileSync(file, PREFACE + text + "\nexport {};\n");
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      baseUrl: dir,
      paths: { "livechat-webhooks": [join(pkgDir, "index.d.ts")] },
      types: [],
      skipLibCheck: true,
    });
    const global = [...program.getGlobalDiagnostics(), ...program.getOptionsDiagnostics()].map(message);
    return files.map((f) => {
      const source = program.getSourceFile(f);
      return [...global, ...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) =>
        typeof d === "string" ? d : message(d),
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function message(d) {
  const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) return text;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${line + 1 - PREFACE.split("\n").length + 1}:${character + 1} ${text}`;
}

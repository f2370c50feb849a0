// Type-checks the playground's TypeScript snippet against the built package's declarations with
// `tsc --strict` semantics, as a receiver's project would compile it.
import ts from "typescript";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** @returns {string[]} the compiler's messages (empty when the snippet compiles) */
export function compileSnippet(snippet, pkgDir) {
  const dir = mkdtempSync(join(tmpdir(), "lcw-snippet-"));
  try {
    const file = join(dir, "receiver.ts");
    // What a receiver has around the snippet: the raw body, and Node's process.env.
    const preface = "declare const rawBody: string;\ndeclare const process: { env: Record<string, string | undefined> };\n";
    writeFileSync(file, preface + snippet);
    const program = ts.createProgram([file], {
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
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Test support: running a command to its end, for the stages that drive other tools
// (tests/runtimes/run.mjs, tests/bundlers/run.mjs).
import { spawn } from "node:child_process";
import { basename } from "node:path";

/**
 * Runs `cmd` with `args` to the end and resolves with its output; rejects with that output when
 * it exits non-zero, or kills it after `timeoutMs` (a tool that has not finished by then is hung,
 * not slow).
 */
export function run(cmd, args, opts = {}, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${basename(cmd)} ${args.join(" ")} exited ${code ?? signal}\n${stdout}${stderr}`));
    });
  });
}

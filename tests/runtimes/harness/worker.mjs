// Cloudflare Workers and Vercel Edge: one fetch handler as in the README. run.mjs bundles it with
// each platform's conditions (so "workerd" or "edge-light" picks the entry) and POSTs the valid
// body; the answer is the checks' results as JSON.
import * as lib from "livechat-webhooks";
import { runChecks } from "./checks.mjs";

export async function handle(request) {
  const results = runChecks(lib, new Uint8Array(await request.arrayBuffer()));
  return new Response(JSON.stringify({ results }), { headers: { "content-type": "application/json" } });
}

// workerd's module syntax.
export default { fetch: handle };

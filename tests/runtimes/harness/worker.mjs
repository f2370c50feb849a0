// Cloudflare Workers and Vercel Edge: one fetch handler as in the README. run.mjs bundles it with
// each platform's conditions (so "workerd" or "edge-light" picks the entry). POST / answers the
// checks' results as JSON; /webhook and /last are the receiver (receiver.mjs).
import * as lib from "livechat-webhooks";
import * as kit from "livechat-webhooks/testing";
import { runChecks } from "./checks.mjs";
import { makeReceiver } from "./receiver.mjs";

const receiver = makeReceiver(lib);

export async function handle(request) {
  const routed = await receiver.route(request);
  if (routed !== undefined) return routed;
  const results = runChecks(lib, new Uint8Array(await request.arrayBuffer()), kit);
  return new Response(JSON.stringify({ results }), { headers: { "content-type": "application/json" } });
}

// workerd's module syntax.
export default { fetch: handle };

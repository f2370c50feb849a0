// Bun: a server as in the README; Bun's "bun" condition picks the entry of the installed package.
// POST / answers the checks' results as JSON; /webhook and /last are the receiver (receiver.mjs).
// run.mjs stops the process when done.
import * as lib from "livechat-webhooks";
import * as kit from "livechat-webhooks/testing";
import { runChecks } from "./checks.mjs";
import { makeReceiver } from "./receiver.mjs";

const entry = import.meta.resolve("livechat-webhooks");
const receiver = makeReceiver(lib);
const server = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  async fetch(req) {
    const routed = await receiver.route(req);
    if (routed !== undefined) return routed;
    const results = runChecks(lib, await req.bytes(), kit);
    return Response.json({ entry, results });
  },
});
console.log(`listening ${server.port}`);

// Deno: a server as in the README. The package is the one installed in node_modules (an `npm:`
// specifier would need the registry), imported by name, so Deno's "deno" condition picks the entry.
// POST / answers the checks' results as JSON; /webhook and /last are the receiver (receiver.mjs).
// run.mjs stops the process when done.
import * as lib from "livechat-webhooks";
import * as kit from "livechat-webhooks/testing";
import { runChecks } from "./checks.mjs";
import { makeReceiver } from "./receiver.mjs";

const entry = import.meta.resolve("livechat-webhooks");
const receiver = makeReceiver(lib);
Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: ({ port }) => console.log(`listening ${port}`) },
  async (req) => {
    const routed = await receiver.route(req);
    if (routed !== undefined) return routed;
    const results = runChecks(lib, new Uint8Array(await req.arrayBuffer()), kit);
    return Response.json({ entry, results });
  },
);

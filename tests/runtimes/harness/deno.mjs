// Deno: a server as in the README. The package is the one installed in node_modules (an `npm:`
// specifier would need the registry), imported by name, so Deno's "deno" condition picks the entry.
// run.mjs POSTs the valid body; the answer is the checks' results as JSON.
import * as lib from "livechat-webhooks";
import { runChecks } from "./checks.mjs";

const entry = import.meta.resolve("livechat-webhooks");
const server = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: ({ port }) => console.log(`listening ${port}`) },
  async (req) => {
    const results = runChecks(lib, new Uint8Array(await req.arrayBuffer()));
    queueMicrotask(() => server.shutdown());
    return Response.json({ entry, results });
  },
);

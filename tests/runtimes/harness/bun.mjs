// Bun: a server as in the README; Bun's "bun" condition picks the entry of the installed package.
// run.mjs POSTs the valid body; the answer is the checks' results as JSON, then the server stops.
import * as lib from "livechat-webhooks";
import { runChecks } from "./checks.mjs";

const entry = import.meta.resolve("livechat-webhooks");
const server = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  async fetch(req) {
    const results = runChecks(lib, await req.bytes());
    setTimeout(() => server.stop(true), 50);
    return Response.json({ entry, results });
  },
});
console.log(`listening ${server.port}`);

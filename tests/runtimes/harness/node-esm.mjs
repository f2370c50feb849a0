// Node, ES module: the package comes from the consumer's node_modules by name, so Node's
// "node" + "import" conditions pick the entry. Prints one JSON line (the checks' results), then
// serves the receiver (receiver.mjs) through toNodeListener on node:http and prints its port.
import { createServer } from "node:http";
import * as lib from "livechat-webhooks";
import { runChecks, validText } from "./checks.mjs";
import { makeReceiver } from "./receiver.mjs";

const entry = import.meta.resolve("livechat-webhooks");
// A Buffer, as a Node server holds a body.
console.log(JSON.stringify({ entry, results: runChecks(lib, Buffer.from(validText)) }));

const { handler, handler36, lastAnswer } = makeReceiver(lib);
const webhook = lib.toNodeListener(handler);
const webhook36 = lib.toNodeListener(handler36);
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/webhook") return webhook(req, res);
  if (url.pathname === "/webhook/3.6") return webhook36(req, res);
  if (url.pathname === "/last") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(lastAnswer(url.searchParams.get("pointer")));
  }
  res.writeHead(404).end();
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));

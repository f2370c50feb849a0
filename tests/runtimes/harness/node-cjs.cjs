// Node, CommonJS: `require` by name, so the "node" + "require" conditions pick the entry (it must
// load without any ES module). The shared checks and receiver are ES modules, hence the dynamic
// imports; the package itself is the CommonJS one. Prints one JSON line (the checks' results),
// then serves the receiver through toNodeListener on node:http and prints its port.
"use strict";
const { createServer } = require("node:http");
const lib = require("livechat-webhooks");

const entry = require.resolve("livechat-webhooks");
Promise.all([import("./checks.mjs"), import("./receiver.mjs")]).then(([{ runChecks, validText }, { makeReceiver }]) => {
  console.log(JSON.stringify({ entry, results: runChecks(lib, Buffer.from(validText)) }));
  const { handler, handler36, lastAnswer } = makeReceiver(lib);
  const webhook = lib.toNodeListener(handler);
const webhook36 = lib.toNodeListener(handler36);
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname === "/webhook") return webhook(req, res);
    if (url.pathname === "/webhook/3.6") return webhook36(req, res);
  if (url.pathname === "/webhook/3.6") return webhook36(req, res);
    if (url.pathname === "/last") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(lastAnswer(url.searchParams.get("pointer")));
    }
    res.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
});

// Node, CommonJS: `require` by name, so the "node" + "require" conditions pick the entry (it must
// load without any ES module). The shared checks and receiver are ES modules, hence the dynamic
// imports; the package itself is the CommonJS one. Prints one JSON line (the checks' results),
// then serves the receiver through toNodeListener on node:http and prints its port.
"use strict";
const { createServer } = require("node:http");
const lib = require("livechat-webhooks");
// The testing kit through `require` too (testing.cjs).
const kit = require("livechat-webhooks/testing");

const entry = require.resolve("livechat-webhooks");
Promise.all([import("./checks.mjs"), import("./receiver.mjs")]).then(([{ runChecks, validText }, { serveNode }]) => {
  console.log(JSON.stringify({ entry, results: runChecks(lib, Buffer.from(validText), kit) }));
  serveNode(lib, createServer);
});

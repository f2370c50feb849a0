// Node, CommonJS: `require` by name, so the "node" + "require" conditions pick the entry (it must
// load without any ES module). The shared checks are an ES module, hence the dynamic import.
"use strict";
const lib = require("livechat-webhooks");

const entry = require.resolve("livechat-webhooks");
import("./checks.mjs").then(({ runChecks, validText }) => {
  console.log(JSON.stringify({ entry, results: runChecks(lib, Buffer.from(validText)) }));
});

// Node, ES module: the package comes from the consumer's node_modules by name, so Node's
// "node" + "import" conditions pick the entry. Prints one JSON line (the checks' results), then
// serves the receiver (receiver.mjs) through toNodeListener on node:http and prints its port.
import { createServer } from "node:http";
import * as lib from "livechat-webhooks";
import * as kit from "livechat-webhooks/testing";
import { runChecks, validText } from "./checks.mjs";
import { serveNode } from "./receiver.mjs";

const entry = import.meta.resolve("livechat-webhooks");
// A Buffer, as a Node server holds a body.
console.log(JSON.stringify({ entry, results: runChecks(lib, Buffer.from(validText), kit) }));

serveNode(lib, createServer);

// Node, ES module: the package comes from the consumer's node_modules by name, so Node's
// "node" + "import" conditions pick the entry. Prints one JSON line for run.mjs.
import * as lib from "livechat-webhooks";
import { runChecks, validText } from "./checks.mjs";

const entry = import.meta.resolve("livechat-webhooks");
// A Buffer, as a Node server holds a body.
console.log(JSON.stringify({ entry, results: runChecks(lib, Buffer.from(validText)) }));

// Browser: bundled by esbuild with the "browser" condition; the entry fetches the .wasm next to the
// bundle (top-level await) before this runs. run.mjs reads window.__results, and drives the
// receiver (receiver.mjs) through window.__route with Requests built in the page from bodies it
// fetched from the test server on 127.0.0.1.
import * as lib from "livechat-webhooks";
import { runChecks, validText } from "./checks.mjs";
import { makeReceiver } from "./receiver.mjs";

window.__route = makeReceiver(lib).route;
window.__results = { results: runChecks(lib, new TextEncoder().encode(validText)) };

// Browser: bundled by esbuild with the "browser" condition, which picks bundler.mjs: the wasm is in
// the bundle and ready when this runs (tests/bundlers/ proves it synchronous in every bundler).
// run.mjs reads window.__results, and drives the
// receiver (receiver.mjs) through window.__route with Requests built in the page from bodies it
// fetched from the test server on 127.0.0.1.
import * as lib from "livechat-webhooks";
import * as kit from "livechat-webhooks/testing";
import { runChecks, validText } from "./checks.mjs";
import { makeReceiver } from "./receiver.mjs";

window.__route = makeReceiver(lib).route;
window.__results = { results: runChecks(lib, new TextEncoder().encode(validText), kit) };

// Browser: bundled by esbuild with the "browser" condition; the entry fetches the .wasm next to the
// bundle (top-level await) before this runs. run.mjs reads window.__results.
import * as lib from "livechat-webhooks";
import { runChecks, validText } from "./checks.mjs";

window.__results = { results: runChecks(lib, new TextEncoder().encode(validText)) };

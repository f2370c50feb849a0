// An app's module as a bundler sees it: the package imported by name, used at once at the
// module's top level, with no init() and no await. run.mjs bundles this file with each bundler;
// what it leaves in globalThis.__lcw is read by whoever loaded the bundle (a page's next script,
// or the Node code right after require), so it is there only if the bundle ran synchronously.
// checks.mjs is tests/runtimes/harness/checks.mjs, copied beside this file by run.mjs.
import * as lib from "livechat-webhooks";
import { runChecks, validText } from "./checks.mjs";

const first = lib.decodeWebhook(validText, { apiVersion: "3.1" });
globalThis.__lcw = {
  first: `${first.action} ${first.payload.chat_id}`,
  results: runChecks(lib, new TextEncoder().encode(validText)),
};

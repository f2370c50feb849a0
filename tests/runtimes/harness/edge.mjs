// Vercel Edge emulation: the Edge VM runs a script (not a module) that answers `fetch` events,
// so this wraps the shared handler in a service-worker listener.
import { handle } from "./worker.mjs";

addEventListener("fetch", (event) => event.respondWith(handle(event.request)));

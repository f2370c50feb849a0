// How the tests start Debian's Chromium through playwright-core (never a downloaded browser).
// As root in a sandbox with no network: no sandboxing, no GPU, and none of the background
// connections Chromium would otherwise try at every start.
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

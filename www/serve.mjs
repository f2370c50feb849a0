// A tiny static server for the built playground (www/dist), on 127.0.0.1 only.
//
//   node www/serve.mjs          # port from PORT, else 8080, else any free port
//   PORT=0 node www/serve.mjs   # any free port
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.env.PLAYGROUND_DIR || join(here, "dist"));

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

if (!existsSync(join(root, "index.html"))) {
  console.error(`www/serve.mjs: ${root}/index.html is missing: run node www/build.mjs first`);
  process.exit(1);
}

function send(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed\n");
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    return send(res, 400, "bad request\n");
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, "forbidden\n");
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return send(res, 404, "not found\n");
  }
  if (!stat.isFile()) return send(res, 404, "not found\n");
  res.writeHead(200, {
    "content-type": MIME[extname(file).toLowerCase()] || "application/octet-stream",
    "content-length": stat.size,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
});

function listen(port) {
  return new Promise((ok, ko) => {
    const onError = (err) => {
      server.off("listening", onListening);
      ko(err);
    };
    const onListening = () => {
      server.off("error", onError);
      ok();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

const wanted = process.env.PORT !== undefined && process.env.PORT !== "" ? Number(process.env.PORT) : 8080;
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`www/serve.mjs: PORT must be an integer from 0 to 65535`);
  process.exit(1);
}
try {
  await listen(wanted);
} catch (err) {
  if (err.code !== "EADDRINUSE") throw err;
  console.error(`Port ${wanted} is in use; using a free port instead.`);
  await listen(0);
}
console.log(`Playground: http://127.0.0.1:${server.address().port}/`);

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));

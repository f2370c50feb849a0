// The Node receiver pair of `make bench`: the package's `toNodeListener(createWebhookHandler(...))`
// against a hand-written `node:http` receiver (JSON.parse of the body, `===` on the secret, a
// handler per action), each in a server process of its own on 127.0.0.1, driven by the small load
// generator below from this process. Loopback only, bounded in time (rounds of --receiver-ms).
//
//   node bench/receiver.mjs [--ms MS] [--rounds N] [--warm-up-ms MS] [PKG_DIR] [--old OLD_PKG_DIR]
//       the pair alone, on target/bench/bodies (node bench/generate.mjs) and pkg/ by default; with
//       --old, a third server runs OLD_PKG_DIR's listener in the same rounds (before and after)
//   node bench/receiver.mjs serve KIND SECRET PKG_URL  # KIND = package | hand; prints the port
//
// The generator writes prepared HTTP/1.1 requests on keep-alive sockets (one request in flight
// per socket) and reads just enough of each response to find its end, so it costs far less
// per request than either server and the two servers are compared, not the client. The kinds
// alternate round by round, so both see the same load drift. Each round also records the CPU
// time of the server and of the generator over its duration: a server near 100% of a core is
// the limit, as it should be; a generator near 100% (or both well under, on a busy machine)
// means the round measured something else, and the summary says so.

import http from "node:http";
import net from "node:net";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const self = fileURLToPath(import.meta.url);

// ------------------------------------------------------------------ the servers (child process)

async function serve(kind, secret, pkgUrl) {
  let server;
  if (kind === "package") {
    const { createWebhookHandler, toNodeListener } = await import(pkgUrl);
    const handler = createWebhookHandler({
      apiVersion: "3.1",
      secretKey: secret,
      // Every action is handled (the hand-written one's lookup does the same work).
      onUnhandled() {},
      on: {},
    });
    server = http.createServer(toNodeListener(handler));
  } else {
    const handlers = Object.create(null);
    server = http.createServer((req, res) => {
      if (req.method !== "POST") {
        res.writeHead(405, { allow: "POST" });
        res.end();
        return;
      }
      const chunks = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        let body;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          res.writeHead(400);
          res.end();
          return;
        }
        if (body === null || typeof body !== "object" || body.secret_key !== secret) {
          res.writeHead(401);
          res.end();
          return;
        }
        const fn = handlers[body.action];
        if (fn !== undefined) fn(body);
        res.writeHead(200);
        res.end();
      });
    });
  }
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`${server.address().port}\n`);
  });
}

// ------------------------------------------------------------------ the load generator

function startServer(kind, secret, pkgUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, "serve", kind, secret, pkgUrl], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl >= 0) resolve({ child, port: Number(out.slice(0, nl)) });
    });
    child.on("exit", (code) => reject(new Error(`the ${kind} server exited (${code}) before listening`)));
  });
}

function request(body) {
  return Buffer.concat([
    Buffer.from(`POST /webhook HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`),
    body,
  ]);
}

// Drives `connections` keep-alive sockets for `ms` milliseconds; each sends the next body as soon
// as the previous response ended. Returns the requests answered, their statuses and latencies (ns).
function drive(port, requests, connections, ms) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = new Map();
    let open = connections;
    let next = 0;
    const deadline = performance.now() + ms;
    for (let c = 0; c < connections; c++) {
      const socket = net.connect(port, "127.0.0.1");
      socket.setNoDelay(true);
      let buffered = Buffer.alloc(0);
      let sent = 0n;
      const send = () => {
        if (performance.now() >= deadline) {
          socket.end();
          return;
        }
        sent = process.hrtime.bigint();
        socket.write(requests[next++ % requests.length]);
      };
      socket.on("connect", send);
      socket.on("data", (chunk) => {
        buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
        for (;;) {
          const end = buffered.indexOf("\r\n\r\n");
          if (end < 0) return;
          const head = buffered.subarray(0, end).toString("latin1");
          const total = responseEnd(buffered, end, head);
          if (total === undefined) return;
          const status = Number(head.slice(9, 12));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          latencies.push(Number(process.hrtime.bigint() - sent));
          buffered = buffered.subarray(total);
          send();
        }
      });
      socket.on("error", reject);
      socket.on("close", () => {
        if (--open === 0) resolve({ latencies, statuses });
      });
    }
  });
}

// Where the response whose head ends at `end` ends (content-length or a chunked body), or
// undefined while it is incomplete.
function responseEnd(buffered, end, head) {
  const m = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (m) {
    const total = end + 4 + Number(m[1]);
    return buffered.length < total ? undefined : total;
  }
  let at = end + 4;
  for (;;) {
    const nl = buffered.indexOf("\r\n", at);
    if (nl < 0) return undefined;
    const size = parseInt(buffered.subarray(at, nl).toString("latin1"), 16);
    at = nl + 2 + size + 2;
    if (buffered.length < at) return undefined;
    if (size === 0) return at;
  }
}

const WARM_UP_MS = 500;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

// CPU seconds (user + system) a process has used so far: /proc on Linux, else undefined.
function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of the line (11 and 12 after the name), in clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK); Node has no call for it.
const CLOCK_TICKS = 100;

/**
 * The pair, in alternating rounds. `bodies` are Buffers the receivers accept (every one must be
 * answered 200, or this throws: the rows must do equal work). `pkgUrl` is the URL of a module
 * that exports the package (bench/run.mjs imports it by its name through target/bench).
 * `oldPkgUrl`, when given, adds a third server, "old": another build's listener, for a before
 * and after in the same rounds.
 */
export async function measureReceivers({ bodies, secret, pkgUrl, oldPkgUrl, rounds = 3, ms = 2000, connections = 8, warmUpMs = WARM_UP_MS }) {
  const requests = bodies.map(request);
  const kinds = oldPkgUrl === undefined ? ["hand", "package"] : ["hand", "package", "old"];
  const urlOf = { hand: pkgUrl, package: pkgUrl, old: oldPkgUrl };
  const per = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 === 0 ? kinds : [...kinds].reverse()) {
      const { child, port } = await startServer(kind === "old" ? "package" : kind, secret, urlOf[kind]);
      try {
        // Warm-up: the JIT, the wasm's optimising tier, the sockets. Not shorter with shorter
        // rounds: after 125 ms (a quarter of --quick's 500 ms rounds) the package's server
        // still spent 72.5 µs of CPU per request (one run, under load), 35 µs after 500 ms, and
        // 22–24 µs in 2 s rounds; the hand-written one's moved far less (28, 25, 18 µs).
        await drive(port, requests, connections, warmUpMs);
        const serverBefore = cpuSecondsOf(child.pid);
        const selfBefore = process.cpuUsage();
        const run = await drive(port, requests, connections, ms);
        const self = process.cpuUsage(selfBefore);
        const serverAfter = cpuSecondsOf(child.pid);
        const bad = [...run.statuses].filter(([s]) => s !== 200);
        if (bad.length > 0) throw new Error(`the ${kind} receiver answered ${bad.map(([s, n]) => `${n} × ${s}`).join(", ")}`);
        const sorted = Float64Array.from(run.latencies).sort();
        per[kind].push({
          rps: (run.latencies.length * 1000) / ms,
          p50: quantile(sorted, 0.5),
          p99: quantile(sorted, 0.99),
          // Shares of one core over the round.
          serverCpu: serverBefore === undefined || serverAfter === undefined ? undefined : (serverAfter - serverBefore) / (ms / 1000),
          // The server's CPU time per request answered (ns): what a request costs it, whatever
          // share of a core the machine left it (steadier than requests/s on a busy machine).
          serverCpuPerRequest: serverBefore === undefined || serverAfter === undefined ? undefined : ((serverAfter - serverBefore) * 1e9) / run.latencies.length,
          generatorCpu: (self.user + self.system) / 1e3 / ms,
        });
      } finally {
        child.kill();
      }
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const summary = (kind) => ({
    rps: med(per[kind].map((r) => r.rps)),
    p50Us: med(per[kind].map((r) => r.p50)) / 1e3,
    p99Us: med(per[kind].map((r) => r.p99)) / 1e3,
    serverCpu: per[kind].some((r) => r.serverCpu === undefined) ? undefined : med(per[kind].map((r) => r.serverCpu)),
    serverCpuPerRequestUs: per[kind].some((r) => r.serverCpu === undefined) ? undefined : med(per[kind].map((r) => r.serverCpuPerRequest)) / 1e3,
    generatorCpu: med(per[kind].map((r) => r.generatorCpu)),
    rounds: per[kind],
  });
  const hand = summary("hand");
  const pkg = summary("package");
  const result = { connections, ms, rounds, hand, package: pkg, rpsRatio: pkg.rps / hand.rps, p99Ratio: pkg.p99Us / hand.p99Us };
  if (oldPkgUrl !== undefined) result.old = summary("old");
  return result;
}

// ------------------------------------------------------------------ alone

async function alone(args) {
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const ms = Number(option("--ms", "2000"));
  const rounds = Number(option("--rounds", "3"));
  const warmUpMs = Number(option("--warm-up-ms", String(WARM_UP_MS)));
  const oldDir = option("--old", undefined);
  const root = join(dirname(self), "..");
  const pkgDir = resolve(args[0] ?? join(root, "pkg"));
  const bodiesDir = join(root, "target", "bench", "bodies");
  const manifestFile = join(bodiesDir, "manifest.json");
  if (!existsSync(manifestFile)) {
    console.error(`no ${manifestFile}: run node bench/generate.mjs first`);
    process.exit(2);
  }
  const mixed = JSON.parse(readFileSync(manifestFile, "utf8")).bodies.filter((b) => b.set === "mixed");
  const bodies = mixed.map((b) => readFileSync(join(bodiesDir, b.file)));
  const secret = JSON.parse(bodies[0].toString("utf8")).secret_key;
  const urlOfDir = (dir) => pathToFileURL(join(resolve(dir), "node.mjs")).href;
  const r = await measureReceivers({ bodies, secret, pkgUrl: urlOfDir(pkgDir), oldPkgUrl: oldDir && urlOfDir(oldDir), rounds, ms, warmUpMs });
  const pct = (x) => (x === undefined ? "?" : `${Math.round(x * 100)}%`);
  const us = (x) => (x === undefined ? "?" : `${x.toFixed(1)} µs`);
  const line = (name, s) =>
    `| ${name} | ${Math.round(s.rps).toLocaleString("en-US")} | ${s.p50Us.toFixed(0)} µs | ${s.p99Us.toFixed(0)} µs | ${us(s.serverCpuPerRequestUs)} | ${pct(s.serverCpu)} | ${pct(s.generatorCpu)} |`;
  console.log(`${r.connections} connections, ${bodies.length} mixed bodies, ${rounds} rounds of ${ms} ms after ${warmUpMs} ms of warm-up; load average ${loadavg().map((x) => x.toFixed(2)).join(", ")}`);
  console.log("| receiver | requests/s | p50 | p99 | server CPU per request | server CPU | generator CPU |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  console.log(line("hand-written", r.hand));
  console.log(line(`package (${pkgDir})`, r.package));
  if (r.old) console.log(line(`old (${resolve(oldDir)})`, r.old));
  const cpuRatio = (a, b) => (a.serverCpuPerRequestUs === undefined ? "?" : `${(a.serverCpuPerRequestUs / b.serverCpuPerRequestUs).toFixed(3)}×`);
  console.log(`package ÷ hand-written: requests/s ${r.rpsRatio.toFixed(3)}×, p99 ${r.p99Ratio.toFixed(3)}×, server CPU per request ${cpuRatio(r.package, r.hand)}`);
  if (r.old) console.log(`package ÷ old: requests/s ${(r.package.rps / r.old.rps).toFixed(3)}×, p99 ${(r.package.p99Us / r.old.p99Us).toFixed(3)}×, server CPU per request ${cpuRatio(r.package, r.old)}`);
}

if (process.argv[2] === "serve") await serve(process.argv[3], process.argv[4], process.argv[5]);
else if (process.argv[1] === self) await alone(process.argv.slice(2));

// The command line as users run it: pkg/cli.mjs (the package's `bin`) in a child process, on files,
// folders, NDJSON with bad lines, gzip, stdin; `send` to a receiver on 127.0.0.1; the progress bar
// under a pseudo-terminal (util-linux `script`); exit codes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import support from "./support.cjs";

const { dir, pkg } = support.setup();
const entry = join(dir, "cli-kit.mjs");
writeFileSync(entry, 'export * as lib from "livechat-webhooks";\nexport * as kit from "livechat-webhooks/testing";\n');
const { lib, kit } = await import(pathToFileURL(entry).href);
const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
// The bin as npm links it: the file package.json names, run by node.
const CLI = join(dir, "node_modules", "livechat-webhooks", manifest.bin["livechat-webhooks"]);

let work;
before(() => {
  work = mkdtempSync(join(tmpdir(), "lcw-cli-"));
});
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args, { input, env } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const json = (r) => JSON.parse(r.out);
const valid36 = (seed) => kit.sampleWebhooks({ apiVersion: "3.6", seed });

test("check: a folder of files, one body each (README and the like skipped, subfolders walked)", () => {
  const folder = join(work, "deliveries");
  mkdirSync(join(folder, "2025", "03"), { recursive: true });
  const [a, b, c] = valid36(1);
  writeFileSync(join(folder, "a.json"), JSON.stringify(a.value, null, 2));
  writeFileSync(join(folder, "b.json"), b.body);
  writeFileSync(join(folder, "2025", "03", "c.json"), c.body);
  const bad = kit.invalidWebhooks("incoming_event", { apiVersion: "3.6" }).find((m) => m.expected.code === "invalid_type" && m.expected.pointer.startsWith("/payload/"));
  writeFileSync(join(folder, "2025", "bad.json"), bad.body);
  writeFileSync(join(folder, "README.md"), "not a body\n");
  const r = cli(["check", folder, "--json", "--api-version", "3.6"]);
  assert.equal(r.code, 1, r.err);
  const s = json(r);
  assert.equal(s.bodies, 4);
  assert.equal(s.valid, 3);
  assert.equal(s.invalid, 1);
  assert.deepEqual(s.issues, { invalid_type: 1 });
  assert.deepEqual(s.problems, [
    { where: join(folder, "2025", "bad.json"), code: "invalid_type", pointer: bad.expected.pointer, message: s.problems[0].message, more: 0 },
  ]);
  assert.equal(s.actions.incoming_event.invalid, 1);
  assert.equal(s.actions[a.action].valid, 1);
  // All valid: exit 0, and the text summary says so.
  rmSync(join(folder, "2025", "bad.json"));
  const ok = cli(["check", folder]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /bodies\s+3\n\s+valid\s+3\n\s+invalid\s+0/);
});

// NDJSON: valid lines, broken JSON, a blank line, CRLF endings, an invalid body; line numbers count
// every line, blank ones included.
function ndjson() {
  const bodies = valid36(2).slice(0, 5).map((s) => s.body);
  const bad = kit.invalidWebhooks("incoming_chat", { apiVersion: "3.6", seed: 2 }).find((m) => m.expected.code === "missing_field");
  const lines = [bodies[0], bodies[1], '{"webhook_id": "x", broken', "", bodies[2], bad.body, bodies[3], bodies[4]];
  return { text: lines.join("\r\n") + "\n", bad };
}

function assertNdjsonSummary(s, name, bad) {
  assert.equal(s.bodies, 7);
  assert.equal(s.valid, 5);
  assert.equal(s.invalid, 2);
  assert.deepEqual(
    s.problems.map((p) => [p.where, p.code, p.pointer]),
    [
      [`${name}:3`, "invalid_json", ""],
      [`${name}:6`, "missing_field", bad.expected.pointer],
    ],
  );
}

test("check: NDJSON with bad lines gives each problem its line number; gzip is read the same", () => {
  const { text, bad } = ndjson();
  const file = join(work, "archive.ndjson");
  writeFileSync(file, text);
  const r = cli(["check", file, "--json"]);
  assert.equal(r.code, 1, r.err);
  assertNdjsonSummary(json(r), file, bad);
  const gz = join(work, "archive.ndjson.gz");
  writeFileSync(gz, gzipSync(text));
  const z = cli(["check", gz, "--json"]);
  assert.equal(z.code, 1, z.err);
  assertNdjsonSummary(json(z), gz, bad);
  // The text report names the file and line of each problem.
  const t = cli(["check", gz]);
  assert.match(t.out, new RegExp(`${gz}:3  invalid_json at the root`));
  assert.match(t.out, new RegExp(`${gz}:6  missing_field at ${bad.expected.pointer}`));
  assert.match(t.out, /issue\s+count\n\s+invalid_json\s+1\n\s+missing_field\s+1|issue\s+count\n\s+missing_field\s+1\n\s+invalid_json\s+1/);
  // A gzip file of one body (.json.gz) is one body.
  const one = join(work, "one.json.gz");
  writeFileSync(one, gzipSync(JSON.stringify(valid36(3)[0].value, null, 2)));
  const o = cli(["check", one, "--json"]);
  assert.equal(o.code, 0, o.err);
  assert.equal(json(o).bodies, 1);
});

test("check: stdin, as NDJSON or as one body, gzip or not", () => {
  const { text, bad } = ndjson();
  const r = cli(["check", "-", "--json"], { input: text });
  assert.equal(r.code, 1, r.err);
  assertNdjsonSummary(json(r), "<stdin>", bad);
  const z = spawnSync(process.execPath, [CLI, "check", "--json"], { input: gzipSync(text), encoding: "utf8" });
  assert.equal(z.status, 1, z.stderr);
  assertNdjsonSummary(JSON.parse(z.stdout), "<stdin>", bad);
  const pretty = JSON.stringify(valid36(4)[0].value, null, 2);
  const p = cli(["check", "-", "--json"], { input: pretty });
  assert.equal(p.code, 0, p.err);
  assert.equal(json(p).bodies, 1);
});

test("check --api-version auto counts the version chosen for each body; 3.6 says which 3.5 bodies fail", () => {
  const mixed = [...kit.sampleWebhooks({ apiVersion: "3.5" }), ...kit.sampleWebhooks({ apiVersion: "3.6" })];
  const input = mixed.map((s) => s.body).join("\n") + "\n";
  const auto = cli(["check", "-", "--json", "--api-version", "auto"], { input });
  assert.equal(auto.code, 0, auto.err);
  const s = json(auto);
  assert.equal(s.bodies, mixed.length);
  const counted = Object.values(s.versions).reduce((a, b) => a + b, 0);
  assert.equal(counted, mixed.length);
  assert.ok(s.versions["3.6"] >= lib.actionsByVersion["3.6"].length, JSON.stringify(s.versions));
  // Against 3.6 alone, the bodies of actions 3.6 dropped fail, and the report says why.
  const strict = cli(["check", "-", "--json", "--api-version", "3.6", "--problems", "100"], { input });
  assert.equal(strict.code, 1);
  const t = json(strict);
  const gone = lib.actionsByVersion["3.5"].filter((a) => !lib.actionsByVersion["3.6"].includes(a));
  assert.ok(gone.length > 0);
  for (const a of gone) assert.ok(t.actions[a].invalid >= 1, a);
  assert.ok(t.issues.unknown_action >= gone.length);
});

test("exit codes and errors: a missing file, a bad option, nothing to check", () => {
  const missing = cli(["check", join(work, "nope.ndjson")]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read .*nope\.ndjson: no such file or folder/);
  const bad = cli(["check", "-", "--api-version", "2.0"], { input: "" });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /expected 3\.1, .*or auto/);
  const none = cli(["check", "-"], { input: "\n\n" });
  assert.equal(none.code, 2);
  assert.match(none.out, /No body found/);
  const unknown = cli(["frobnicate"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command 'frobnicate'/);
  assert.equal(cli(["--help"]).code, 0);
});

test("sample prints a valid body; schema prints the JSON Schema", () => {
  const r = cli(["sample", "incoming_event", "--api-version", "3.4", "--secret", "s3", "--seed", "9"]);
  assert.equal(r.code, 0, r.err);
  const value = JSON.parse(r.out);
  assert.equal(value.action, "incoming_event");
  assert.equal(value.secret_key, "s3");
  assert.deepEqual(value, kit.sampleWebhook("incoming_event", { apiVersion: "3.4", secretKey: "s3", seed: 9 }).value);
  assert.equal(lib.validateWebhook(r.out, { apiVersion: "3.4", secretKey: "s3" }).ok, true);
  const compact = cli(["sample", "thread_closed", "--api-version", "3.1", "--compact"]);
  assert.equal(compact.out.trimEnd().split("\n").length, 1);
  const wrong = cli(["sample", "thread_closed"]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.err, /API 3\.6 has no action thread_closed/);
  const s34 = cli(["schema", "--api-version", "3.4"]);
  assert.equal(s34.code, 0);
  assert.deepEqual(JSON.parse(s34.out), JSON.parse(readFileSync(join(pkg, "schema", "3.4.json"), "utf8")));
  assert.deepEqual(JSON.parse(cli(["schema", "--api-version", "all"]).out), JSON.parse(readFileSync(join(pkg, "schema.json"), "utf8")));
});

// An async child process, so that the receiver in this process can answer it.
function cliAsync(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

test("send POSTs samples to a receiver on 127.0.0.1 and prints each status; a clear error when nothing listens", async () => {
  const seen = [];
  const handler = lib.createWebhookHandler({ apiVersion: "3.6", secretKey: "rcv-secret", onUnhandled: (w) => void seen.push(w.action), on: {} });
  const server = createServer(lib.toNodeListener(handler));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${server.address().port}/webhooks`;
  try {
    const all = await cliAsync(["send", url, "--all", "--api-version", "3.6", "--secret", "rcv-secret"]);
    assert.equal(all.code, 0, all.err);
    const lines = all.out.trimEnd().split("\n");
    assert.equal(lines.length, lib.actionsByVersion["3.6"].length);
    for (const l of lines) assert.match(l, /^200 OK {2}\w+ \(API 3\.6\)$/);
    assert.deepEqual(seen, [...lib.actionsByVersion["3.6"]]);
    const wrong = await cliAsync(["send", url, "--action", "incoming_event", "--secret", "other"]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.out, /^401 Unauthorized {2}incoming_event \(API 3\.6\)\n$/);
    const old = await cliAsync(["send", url, "--action", "thread_closed", "--api-version", "3.1", "--secret", "rcv-secret"]);
    assert.equal(old.code, 1);
    assert.match(old.out, /^400 Bad Request {2}thread_closed \(API 3\.1\) {2}\{"issues":\[/);
  } finally {
    await new Promise((r) => server.close(r));
  }
  // The port is free now: nothing listens there.
  const none = await cliAsync(["send", url, "--action", "incoming_chat"]);
  assert.equal(none.code, 2);
  assert.match(none.err, new RegExp(`nothing answers at ${url.replace(/\./g, "\\.")} \\(connection refused\\): is your receiver running`));
  assert.equal(none.out, "");
});

test("the progress bar shows on a terminal (a pseudo-terminal by `script`), never when piped", () => {
  const file = join(work, "progress.ndjson");
  const bodies = [];
  for (let seed = 0; seed < 10; seed++) for (const s of valid36(seed)) bodies.push(s.body);
  writeFileSync(file, bodies.join("\n") + "\n");
  const inPty = (env) =>
    spawnSync("script", ["-qfec", `${process.execPath} ${CLI} check ${file}`, "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
  // LIVECHAT_WEBHOOKS_PROGRESS_AFTER_MS=0: at once, instead of after a second of work.
  const shown = inPty({ LIVECHAT_WEBHOOKS_PROGRESS_AFTER_MS: "0" });
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /checking .*\d+% \| \d+ bodies, 0 invalid \| \d+ bodies\/s \| [\d.]+ MB\/s \| ETA/);
  assert.match(shown.stdout, /bodies\s+380/);
  // A check shorter than a second: no bar, even on a terminal.
  const quick = inPty({});
  assert.equal(quick.status, 0);
  assert.doesNotMatch(quick.stdout, /bodies\/s/);
  // Not a terminal: never.
  const piped = cli(["check", file], { env: { LIVECHAT_WEBHOOKS_PROGRESS_AFTER_MS: "0" } });
  assert.equal(piped.code, 0);
  assert.doesNotMatch(piped.out + piped.err, /bodies\/s/);
});

test("check: line numbers stay right across read chunks (a 4 MB archive, from a file, gzip and stdin)", () => {
  const pool = [];
  for (let seed = 0; seed < 5; seed++) for (const s of valid36(seed)) pool.push(s.body);
  const lines = [];
  const bad = new Map();
  while (lines.reduce((n, l) => n + l.length + 1, 0) < 4e6) lines.push(pool[lines.length % pool.length]);
  // Broken lines here and there; the numbers are 1-based.
  for (const at of [1, 777, 2048, lines.length - 1]) {
    lines[at - 1] = `{"action": "incoming_chat", "line": ${at}`;
    bad.set(at, true);
  }
  const text = lines.join("\n") + "\n";
  const file = join(work, "large.ndjson");
  writeFileSync(file, text);
  writeFileSync(`${file}.gz`, gzipSync(text));
  const expected = (name) => [...bad.keys()].map((n) => `${name}:${n} invalid_json`);
  for (const [name, args, input] of [
    [file, ["check", file], undefined],
    [`${file}.gz`, ["check", `${file}.gz`], undefined],
    ["<stdin>", ["check", "-"], text],
  ]) {
    const r = cli([...args, "--json", "--problems", "10"], { input });
    assert.equal(r.code, 1, r.err);
    const s = json(r);
    assert.equal(s.bodies, lines.length);
    assert.equal(s.invalid, bad.size);
    assert.deepEqual(
      s.problems.map((p) => `${p.where} ${p.code}`),
      expected(name),
    );
  }
});

test("check --unknown-fields: warn counts the warnings apart, reject makes them errors", () => {
  const s = kit.sampleWebhook("incoming_event", { apiVersion: "3.6", overrides: { payload: { surprise: 1 } } });
  const warn = cli(["check", "-", "--json", "--unknown-fields", "warn"], { input: s.body });
  assert.equal(warn.code, 0, warn.err);
  assert.deepEqual(json(warn).issues, { "unknown_field (warning)": 1 });
  const reject = cli(["check", "-", "--json", "--unknown-fields", "reject"], { input: s.body });
  assert.equal(reject.code, 1);
  assert.deepEqual(
    json(reject).problems.map((p) => [p.code, p.pointer]),
    [["unknown_field", "/payload/surprise"]],
  );
  const keep = cli(["check", "-", "--json"], { input: s.body });
  assert.deepEqual(json(keep).issues, {});
});

test("check: a truncated gzip archive is an input error (exit 2) that names the file", () => {
  const { text } = ndjson();
  const gz = gzipSync(text.repeat(20));
  const file = join(work, "cut.ndjson.gz");
  writeFileSync(file, gz.subarray(0, gz.length - 40));
  const r = cli(["check", file]);
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`cannot read ${file.replace(/\./g, "\\.")}: unexpected end of file \\(after \\d+ bodies\\)`));
});

test("check --kind agent-push: NDJSON of push frames, the bad line by number and code; exit codes", () => {
  const versions = Object.keys(lib.pushesByVersion.agent);
  const v = versions.at(-2);
  const actions = lib.pushesByVersion.agent[v];
  const frames = actions.slice(0, 6).map((action, i) => kit.samplePush(action, { api: "agent", apiVersion: v, seed: i }));
  // Line 4: the payload replaced by an array (the frame's payload must be an object).
  const bad = { ...frames[3].value, payload: [] };
  const lines = frames.map((f) => f.body);
  lines[3] = JSON.stringify(bad);
  const file = join(work, "pushes.ndjson");
  writeFileSync(file, lines.join("\n") + "\n");
  const r = cli(["check", file, "--kind", "agent-push", "--api-version", v, "--json"]);
  assert.equal(r.code, 1, r.err);
  const s = json(r);
  assert.equal(s.kind, "agent-push");
  assert.equal(s.apiVersion, v);
  assert.equal(s.bodies, 6);
  assert.equal(s.invalid, 1);
  assert.equal(s.problems.length, 1);
  assert.equal(s.problems[0].where, `${file}:4`);
  assert.equal(s.problems[0].code, "invalid_type");
  assert.equal(s.problems[0].pointer, "/payload");
  assert.deepEqual(s.actions[frames[3].action], { valid: 0, invalid: 1 });
  // The same lines as webhooks: none of them is one.
  const asWebhooks = cli(["check", file, "--api-version", v, "--json"]);
  assert.equal(asWebhooks.code, 1);
  assert.equal(json(asWebhooks).invalid, 6);
  // Only the good lines: exit 0, in text too.
  const good = join(work, "pushes-good.ndjson");
  writeFileSync(good, lines.filter((_, i) => i !== 3).join("\n") + "\n");
  const ok = cli(["check", good, "--kind", "agent-push", "--api-version", v]);
  assert.equal(ok.code, 0, ok.out + ok.err);
  assert.match(ok.out, /kind: agent-push/);
  // Agent pushes are not all customer pushes: the customer API's checker says so.
  const customer = cli(["check", "-", "--kind", "customer-push", "--api-version", v, "--json"], {
    input: kit.samplePush(lib.pushesByVersion.customer[v][0], { api: "customer", apiVersion: v }).body + "\n",
  });
  assert.equal(customer.code, 0, customer.out + customer.err);
  // --api-version auto: each frame read as the version it names.
  const older = versions.at(-3);
  const mixed = [kit.samplePush(actions[0], { api: "agent", apiVersion: v }), kit.samplePush(lib.pushesByVersion.agent[older][0], { api: "agent", apiVersion: older })];
  const auto = cli(["check", "-", "--kind", "agent-push", "--api-version", "auto", "--json"], { input: mixed.map((f) => f.body).join("\n") + "\n" });
  assert.equal(auto.code, 0, auto.out + auto.err);
  assert.deepEqual(json(auto).versions, Object.fromEntries([older, v].sort().map((x) => [x, 1])));
});

test("check --kind app-webhook and customer-push; usage errors for what a kind cannot take", () => {
  const events = kit.appWebhookEvents();
  const lines = events.map((e, i) => kit.sampleAppWebhook(e, { seed: i }).body);
  lines.splice(2, 0, JSON.stringify({ ...kit.sampleAppWebhook("payment_collected").value, licenseID: "12" }));
  const file = join(work, "app.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  const r = cli(["check", file, "--kind", "app-webhook", "--json"]);
  assert.equal(r.code, 1, r.err);
  const s = json(r);
  assert.equal(s.kind, "app-webhook");
  assert.equal(s.bodies, events.length + 1);
  assert.equal(s.invalid, 1);
  assert.equal(s.problems[0].where, `${file}:3`);
  assert.equal(s.problems[0].code, "invalid_type");
  assert.equal(s.problems[0].pointer, "/licenseID");
  // Counted by event.
  assert.equal(s.actions.payment_collected.invalid, 1);

  const usage = (args, pattern) => {
    const u = cli(args, { input: "" });
    assert.equal(u.code, 2, `${args.join(" ")}: ${u.out}${u.err}`);
    assert.match(u.err, pattern);
  };
  usage(["check", file, "--kind", "app-webhook", "--api-version", "3.5"], /app webhooks have no API version/);
  usage(["check", file, "--kind", "agent-push", "--secret", "s"], /--secret is for webhooks/);
  usage(["check", file, "--kind", "agent-push", "--api-version", "3.1"], /the agent API has no pushes in 3\.1; its versions: 3\.2/);
  usage(["check", file, "--kind", "rtm"], /--kind.*Allowed choices are webhook, agent-push, customer-push, app-webhook/s);
});

test("sample --kind prints valid push frames and app webhooks", () => {
  const v = Object.keys(lib.pushesByVersion.customer).at(-1);
  const action = lib.pushesByVersion.customer[v][0];
  const p = cli(["sample", action, "--kind", "customer-push", "--api-version", v, "--seed", "2", "--compact"]);
  assert.equal(p.code, 0, p.err);
  assert.equal(p.out, kit.samplePush(action, { api: "customer", apiVersion: v, seed: 2 }).body + "\n");
  assert.equal(lib.validatePush(p.out.trim(), { api: "customer", apiVersion: v }).issues.length, 0);
  const a = cli(["sample", "application_installed", "--kind", "app-webhook"]);
  assert.equal(a.code, 0, a.err);
  assert.equal(lib.validateAppWebhook(a.out).ok, true);
  const wrong = cli(["sample", "incoming_webhook", "--kind", "agent-push"]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.err, /the agent API .* has no push incoming_webhook; the known ones: /);
});

// Runs the engine in a Web Worker; falls back to the main thread (dist/engine.js) when a module
// worker cannot start, or when asked to (the page's "?worker=0").

/**
 * @typedef {{ result?: any, engineError?: string, ms: number }} RunOutput
 * @typedef {{ mode: "worker" | "main thread", loadMs: number,
 *             validate(body: string, options: object, kind?: string): Promise<RunOutput> }} Validator
 */

/** @returns {Promise<Validator>} */
export async function createValidator({ worker = true } = {}) {
  if (!worker) return startMainThread();
  try {
    return await startWorker();
  } catch (err) {
    console.warn("Web Worker unavailable, validating on the main thread:", err && err.message);
    return startMainThread();
  }
}

function startWorker() {
  return new Promise((resolve, reject) => {
    if (typeof Worker !== "function") throw new Error("no Worker");
    const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    const pending = new Map();
    let nextId = 1;
    let started = false;
    worker.onerror = (event) => {
      if (!started) {
        worker.terminate();
        reject(new Error(event.message || "worker failed to start"));
      }
    };
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.type === "ready") {
        started = true;
        resolve({
          mode: "worker",
          loadMs: msg.ms,
          validate(body, options, kind) {
            const id = nextId++;
            return new Promise((done) => {
              pending.set(id, done);
              worker.postMessage({ type: "validate", id, body, options, kind });
            });
          },
        });
      } else if (msg.type === "load-error") {
        worker.terminate();
        reject(new Error(msg.message));
      } else if (msg.type === "result") {
        const done = pending.get(msg.id);
        pending.delete(msg.id);
        if (done) done(msg);
      }
    };
  });
}

async function startMainThread() {
  const started = performance.now();
  const engineUrl = new URL("./engine.js", import.meta.url).href;
  const engine = await import(/* webpackIgnore: true */ engineUrl);
  await engine.load(document.baseURI);
  return {
    mode: "main thread",
    loadMs: performance.now() - started,
    validate: async (body, options, kind) => engine.run(body, options, kind),
  };
}

// createNodeMiddleware: a handler as Connect/Express middleware (`app.use(...)`), answering one
// path and passing every other request on. It reads the request stream itself, up to maxBytes, so
// it goes before any body parser (whose limits, Express's 100 KB among them, then never apply).
// Declarations: types.d.ts.

import { coreOf, readNode } from "./handler.js";
import type * as Api from "./types.js";

type Check<T extends true> = T;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _CreateNodeMiddleware = Check<Assignable<typeof Api.createNodeMiddleware, typeof createNodeMiddleware>>;

export function createNodeMiddleware(
  handler: Api.WebhookHandler<any>,
  options: { path: string },
): (req: Api.NodeMiddlewareRequest, res: Api.NodeResponseLike, next: (error?: unknown) => void) => void {
  const core = coreOf(handler, "createNodeMiddleware");
  const path = options?.path;
  if (typeof path !== "string" || !path.startsWith("/")) throw new TypeError('livechat-webhooks: createNodeMiddleware needs { path: "/..." }');
  return (req, res, next) => {
    // Express strips a mount path from `url` and keeps the whole one in `originalUrl`.
    const url = req.originalUrl ?? req.url ?? "";
    const q = url.indexOf("?");
    if ((q === -1 ? url : url.slice(0, q)) !== path) {
      next();
      return;
    }
    let result: ReturnType<typeof core.respond>;
    try {
      result = core.respond(req.method, (max) => readNode(req, max), {});
    } catch (e) {
      next(e);
      return;
    }
    Promise.resolve(result).then(
      (r) => {
        const headers: Record<string, string> = { ...r.headers };
        if (r.status === 413) headers.connection = "close";
        res.writeHead(r.status, headers);
        res.end(r.body);
      },
      (e: unknown) => next(e),
    );
  };
}

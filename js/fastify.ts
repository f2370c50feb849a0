// createFastifyPlugin: a handler as a Fastify plugin. Fastify reads and parses bodies before a
// route runs; inside the plugin's own scope (a plugin is encapsulated), every content type is
// left unread, so the handler reads the raw bytes itself, up to maxBytes, and the rest of the
// app keeps Fastify's parsers. Declarations: types.d.ts.

import { coreOf, readNode } from "./handler.js";
import type * as Api from "./types.js";

type Check<T extends true> = T;
type Assignable<To, From> = [From] extends [To] ? true : false;
type _CreateFastifyPlugin = Check<Assignable<typeof Api.createFastifyPlugin, typeof createFastifyPlugin>>;

const METHODS = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT", "OPTIONS"];

export function createFastifyPlugin(handler: Api.WebhookHandler<any>, options: { path: string }): (fastify: Api.FastifyInstanceLike) => Promise<void> {
  const core = coreOf(handler, "createFastifyPlugin");
  const path = options?.path;
  if (typeof path !== "string" || !path.startsWith("/")) throw new TypeError('livechat-webhooks: createFastifyPlugin needs { path: "/..." }');
  return async (fastify) => {
    fastify.removeAllContentTypeParsers();
    // Resolves with no body and leaves the stream unread for the route.
    fastify.addContentTypeParser("*", async () => undefined);
    fastify.route({
      method: METHODS,
      url: path,
      handler: async (request, reply) => {
        const result = await core.respond(request.method, (max) => readNode(request.raw, max), {});
        reply.code(result.status);
        for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
        if (result.status === 413) reply.header("connection", "close");
        return reply.send(result.body ?? "");
      },
    });
  };
}

// GET /api/v1/events: server-sent events for the web app — `article` when one is collected, `alert`
// when one is raised — with a comment every 20 s so proxies keep the connection open.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';
import { eventsPolicy } from './events.policy.ts';
import { watchWorkspace } from './events.service.ts';

const KEEP_ALIVE_MS = 20_000;

export function eventRoutes(app: FastifyInstance, options: { pollMs?: number } = {}): void {
  // Open streams never end on their own: a server shutting down ends them, or it would wait on them.
  const open = new Set<PassThrough>();
  app.addHook('preClose', async () => {
    for (const body of open) body.end();
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/events',
    access: eventsPolicy.can('read'),
    tags: ['events'],
    summary: 'Pembaruan langsung (server-sent events): artikel baru dan peringatan baru',
    query: z.object({ workspace: workspaceSlug.optional() }),
    produces: { 'text/event-stream': 'event: article | alert, data: JSON' },
    handler: async (ctx, { query }, req, reply) => {
      const body = new PassThrough();
      const send = (text: string) => {
        if (!body.destroyed) body.write(text);
      };
      const watch = await watchWorkspace(
        ctx,
        query.workspace,
        (event) => send(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`),
        options.pollMs,
      );
      const keepAlive = setInterval(() => send(': tetap terhubung\n\n'), KEEP_ALIVE_MS);
      const stop = () => {
        clearInterval(keepAlive);
        watch.stop();
        open.delete(body);
        if (!body.destroyed) body.destroy();
      };
      open.add(body);
      req.raw.once('close', stop);
      body.once('close', stop);
      // Tells the page it is connected, and how long to wait before it reconnects.
      send(`retry: 5000\nevent: ready\ndata: ${JSON.stringify({ workspace: watch.workspace })}\n\n`);
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no');
      return body;
    },
  });
}

import type { ServerResponse } from 'node:http';
import type { ChangeEvent, CoreContext } from '../context';

/** Streams the core's change events as server-sent events; `filter` limits them (a device's session). */
export function streamEvents(ctx: CoreContext, res: ServerResponse, headers: Record<string, string>, filter: (e: ChangeEvent) => boolean): void {
  res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const send = (e: ChangeEvent) => {
    if (filter(e)) res.write(`event: change\ndata: ${JSON.stringify(e)}\n\n`);
  };
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  ctx.events.on('change', send);
  res.on('close', () => {
    clearInterval(heartbeat);
    ctx.events.off('change', send);
  });
}

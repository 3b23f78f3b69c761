import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core';
import type { ErrorSink } from '../dispatch';
import { sendJson } from './http-io';
import { lanAddress } from './lan';
import { route, type RouteContext } from './routes';

/** How to start the HTTP host. Port 0 picks a free port. */
export type HostOptions = {
  core: Core;
  rendererDir: string | null;
  port?: number;
  token?: string;
  onInternal?: ErrorSink;
};

/** A running host: where it listens, its launch token, and how to stop it. */
export type RunningHost = { server: Server; port: number; url: string; token: string; close: () => Promise<void> };

function listen(server: Server, port: number, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}

/**
 * Starts the HTTP host on 127.0.0.1: the built renderer and `POST /api/<channel>` over the
 * core's handlers. It listens on the local network only while a session for devices is open
 * (the core's `lan` control, used by `devices:open` / `devices:close`).
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const allowedHosts = new Set<string>();
  const rc: RouteContext = { core: opts.core, token, allowedHosts, rendererDir: opts.rendererDir, onInternal: opts.onInternal };
  const handler = (isLan: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    route(rc, req, res, isLan).catch((e: unknown) => {
      opts.onInternal?.('http', e);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
    });
  };

  const server = createServer(handler(false));
  const port = await listen(server, opts.port ?? 0, '127.0.0.1');
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);

  let lan: { server: Server; address: string; port: number } | null = null;
  opts.core.ctx.lan = {
    open: async () => {
      if (lan) return { address: lan.address, port: lan.port };
      const address = lanAddress();
      if (!address) throw Object.assign(new Error('no network'), { code: 'ENONET' });
      const lanServer = createServer(handler(true));
      // the same port as on 127.0.0.1, so the address in the QR code survives a restart
      const lanPort = await listen(lanServer, port, address).catch(() => listen(lanServer, 0, address));
      lan = { server: lanServer, address, port: lanPort };
      allowedHosts.add(`${address}:${lanPort}`);
      return { address, port: lanPort };
    },
    close: async () => {
      if (!lan) return;
      allowedHosts.delete(`${lan.address}:${lan.port}`);
      const closing = lan.server;
      lan = null;
      await stop(closing);
    },
    current: () => (lan ? { address: lan.address, port: lan.port } : null),
  };

  // a restart resumes an open session for devices: its tokens are still valid
  if (opts.core.ctx.db.prepare('SELECT 1 FROM device_session WHERE closed_at IS NULL LIMIT 1').get()) {
    await opts.core.ctx.lan.open().catch((e: unknown) => opts.onInternal?.('lan', e));
  }

  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: async () => {
      await opts.core.ctx.lan?.close();
      opts.core.ctx.lan = null;
      await stop(server);
    },
  };
}

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import type { Core } from '../core';
import { dispatch, type ErrorSink } from '../dispatch';
import { checkHostAndOrigin, checkToken, sameSecret, type Refusal } from './guard';
import { readStatic } from './static-files';

/** How to start the HTTP host. Port 0 picks a free port. */
export type HostOptions = {
  core: Core;
  rendererDir: string | null;
  port?: number;
  bindAddress?: string;
  token?: string;
  onInternal?: ErrorSink;
};

/** A running host: where it listens, its launch token, and how to stop it. */
export type RunningHost = { server: Server; port: number; url: string; token: string; close: () => Promise<void> };

const MAX_BODY = 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
} as const;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, r: Refusal): void {
  sendJson(res, r.status, { ok: false, error: { code: r.code, message: r.message } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string, opts: HostOptions): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { ok: false, error: { code: 'bad_input', message: 'API calls are POST' } });
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    sendJson(res, 413, { ok: false, error: { code: 'bad_input', message: 'the request is larger than 1 MB' } });
    return;
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'bad_input', message: 'the request body is not JSON' } });
    return;
  }
  const envelope = await dispatch(opts.core.handlers, channel, input, opts.onInternal);
  const status = !envelope.ok && envelope.error.code === 'unknown_channel' ? 404 : 200;
  sendJson(res, status, envelope);
}

/** Starts the HTTP host: the built renderer and `POST /api/<channel>` over the core's handlers. */
export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const bindAddress = opts.bindAddress ?? '127.0.0.1';
  const allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    const facts = { host: req.headers.host, origin: req.headers.origin, authorization: req.headers.authorization };
    const hostRefusal = checkHostAndOrigin(facts, allowedHosts);
    if (hostRefusal) return refuse(res, hostRefusal);
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      const tokenRefusal = checkToken(facts, (t) => sameSecret(t, token));
      if (tokenRefusal) return refuse(res, tokenRefusal);
      handleApi(req, res, decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? ''), opts).catch((e: unknown) => {
        opts.onInternal?.('http', e);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'bad_input', message: 'GET only' } });
    const file = opts.rendererDir ? readStatic(opts.rendererDir, url) : null;
    if (!file) return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'not found' } });
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, bindAddress, () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
      if (bindAddress !== '127.0.0.1') allowedHosts.add(`${bindAddress}:${port}`);
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

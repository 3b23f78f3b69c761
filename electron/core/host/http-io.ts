import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import type { Refusal } from './guard';

/** Headers on every response of the host. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** The largest request body (an .xlsx import travels as base64 inside JSON). */
export const MAX_BODY = 32 * 1024 * 1024;

/** Sends a JSON answer with the security headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Sends a refusal in the envelope's error shape. */
export function refuse(res: ServerResponse, r: Refusal): void {
  sendJson(res, r.status, { ok: false, error: { code: r.code, message: r.message } });
}

/** Reads a JSON body: `{ok, value}`, or the status and message to answer with. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY): Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413, message: `the request is larger than ${Math.round(limit / 1024 / 1024)} MB` };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'the request body is not JSON' };
  }
}

import { protocol, type Session } from 'electron';
import { readStatic } from '../core/host/static-files';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from '../../shared/security/electron-policy';

/**
 * `app://attesta/` is a standard, secure scheme: the renderer gets a real origin of its own,
 * so CSP 'self', the sender check and the navigation check mean "Attesta's pages" (with
 * file:// they would mean any local file). Must run before `app` is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Serves the built renderer from `rendererDir` (never outside it) with the app's CSP on every response. */
export function serveRenderer(session: Session, rendererDir: string): void {
  const csp = contentSecurityPolicy();
  session.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const file = readStatic(rendererDir, url.pathname);
    if (!file) return notFound();
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.type,
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
      },
    });
  });
}

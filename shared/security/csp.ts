/**
 * The one Content-Security-Policy of the renderer, for the Electron window and the HTTP host
 * alike: only the app's own scripts, styles, fonts and API; no inline script, no eval, no
 * frames, no third-party anything.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

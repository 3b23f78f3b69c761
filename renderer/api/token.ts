/** Where the per-launch session token lives for the life of the browser tab. */
const TOKEN_KEY = 'attesta.token';

/**
 * Moves `#token=…` from the address bar into sessionStorage and clears the hash, so the
 * token is not left in history, bookmarks or screenshots. Call once, before rendering.
 */
export function captureToken(): void {
  const match = /^#token=([A-Za-z0-9_-]{16,200})$/.exec(window.location.hash);
  if (!match?.[1]) return;
  try {
    window.sessionStorage.setItem(TOKEN_KEY, match[1]);
  } catch {
    // Storage can be disabled; the token then simply is not kept and calls get 401.
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** The session token, or null when the page was not opened through the printed link. */
export function sessionToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

import { isDeviceHash } from '../routes';

/** Where the per-launch session token lives for the life of the browser tab. */
const TOKEN_KEY = 'attesta.token';
/** Where a member's device keeps its own token, so a reload or a lost connection loses nothing. */
const DEVICE_KEY = 'attesta.device';

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

/** What a member's phone knows after joining: its scoped token and who it speaks for. */
export type DeviceAuth = { token: string; memberId: number; memberName: string; sessionId: number; joinKey: string };

function isDeviceAuth(v: unknown): v is DeviceAuth {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.token === 'string' &&
    typeof r.memberId === 'number' &&
    typeof r.memberName === 'string' &&
    typeof r.sessionId === 'number' &&
    typeof r.joinKey === 'string'
  );
}

/** The device's stored token and member, or null before joining (or after the session closed). */
export function deviceAuth(): DeviceAuth | null {
  try {
    const raw = window.localStorage.getItem(DEVICE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isDeviceAuth(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps the device's token (localStorage: it must survive a reload and a closed tab). */
export function saveDeviceAuth(auth: DeviceAuth): void {
  try {
    window.localStorage.setItem(DEVICE_KEY, JSON.stringify(auth));
  } catch {
    // Without storage the phone works until the page is reloaded.
  }
}

/** Forgets the device's token (signed out, or refused by the host). */
export function clearDeviceAuth(): void {
  try {
    window.localStorage.removeItem(DEVICE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/**
 * The bearer token for API calls: a member's device token on the device pages, the
 * desktop's launch token everywhere else (the two are never mixed).
 */
export function authToken(): string | null {
  return isDeviceHash(window.location.hash) ? (deviceAuth()?.token ?? null) : sessionToken();
}

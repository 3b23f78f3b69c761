const JOIN_KEY = 'attesta.joinKey';

/** The join key in `#join=<key>`, or null. */
export function joinKeyFromHash(hash: string): string | null {
  return /^#join=([A-Za-z0-9_-]{8,100})$/.exec(hash)?.[1] ?? null;
}

/** The last join key this phone was given (the QR code's link), kept for a re-join. */
export function storedJoinKey(): string | null {
  try {
    return window.localStorage.getItem(JOIN_KEY);
  } catch {
    return null;
  }
}

/** Keeps the join key and moves the address to `#/device`, so the key does not stay in history. */
export function keepJoinKey(key: string): void {
  try {
    window.localStorage.setItem(JOIN_KEY, key);
  } catch {
    // Without storage, a reload needs the QR code again.
  }
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/device`);
}

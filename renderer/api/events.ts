import { authToken } from './token';

/** A change the core announced (`event: change` on `GET /api/events`). */
export type ChangeEvent = { sessionId: number; turnId: number | null; kind: string };

/** Where the live stream stands; `down` while it waits to reconnect. */
export type StreamStatus = 'connecting' | 'open' | 'down';

/** Called with an event, or with null after a reconnect (anything may have changed meanwhile). */
type Listener = (event: ChangeEvent | null) => void;

const listeners = new Set<Listener>();
const statusListeners = new Set<() => void>();
let status: StreamStatus = 'connecting';
let controller: AbortController | null = null;
/** How often the Electron window (no HTTP stream) asks again instead. */
const POLL_MS = 3000;

function setStatus(next: StreamStatus): void {
  if (status === next) return;
  status = next;
  for (const l of statusListeners) l();
}

function emit(event: ChangeEvent | null): void {
  for (const l of [...listeners]) l(event);
}

function parseEvent(block: string): ChangeEvent | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (name !== 'change' || data.length === 0) return null;
  try {
    return toChangeEvent(JSON.parse(data.join('\n')));
  } catch {
    return null;
  }
}

/** A change event from untrusted data (the stream or the Electron preload), or null. */
function toChangeEvent(value: unknown): ChangeEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<ChangeEvent>;
  if (typeof v.sessionId !== 'number') return null;
  return { sessionId: v.sessionId, turnId: typeof v.turnId === 'number' ? v.turnId : null, kind: String(v.kind ?? '') };
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Reads one connection until it ends; events are separated by a blank line. */
async function readStream(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const event = parseEvent(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event) emit(event);
    }
  }
}

/**
 * Keeps one server-sent-events connection open (fetch, since EventSource cannot send the
 * Authorization header) and reconnects with a growing pause when it drops.
 */
async function run(signal: AbortSignal): Promise<void> {
  let pause = 1000;
  let hasBeenOpen = false;
  while (!signal.aborted) {
    try {
      const token = authToken();
      const res = await fetch('/api/events', {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        cache: 'no-store',
        credentials: 'omit',
        signal,
      });
      if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
      setStatus('open');
      if (hasBeenOpen) emit(null);
      hasBeenOpen = true;
      pause = 1000;
      await readStream(res.body, signal);
    } catch {
      // Dropped, refused or offline: wait and try again.
    }
    if (signal.aborted) return;
    setStatus('down');
    await wait(pause, signal);
    pause = Math.min(pause * 2, 10_000);
  }
}

function start(): void {
  controller = new AbortController();
  const { signal } = controller;
  const onChange = window.api?.onChange;
  if (onChange) {
    // The Electron window: main forwards the core's events over IPC.
    setStatus('open');
    const stop = onChange((change) => {
      const event = toChangeEvent(change);
      if (event) emit(event);
    });
    signal.addEventListener('abort', stop);
    return;
  }
  if (window.api) {
    // An Electron shell without the event channel: ask again every few seconds.
    setStatus('open');
    const timer = setInterval(() => emit(null), POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer));
    return;
  }
  void run(signal);
}

/** Listens to the core's changes; the connection is shared and closes with the last listener. */
export function subscribeChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!controller) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && controller) {
      controller.abort();
      controller = null;
      setStatus('connecting');
    }
  };
}

/** Follows the stream's status (for useSyncExternalStore). */
export function subscribeStatus(onChange: () => void): () => void {
  statusListeners.add(onChange);
  return () => statusListeners.delete(onChange);
}

/** The stream's status now. */
export function streamStatus(): StreamStatus {
  return status;
}

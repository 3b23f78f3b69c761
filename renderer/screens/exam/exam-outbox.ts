import type { ExamResponse } from '../../../shared/api/channels/sittings';
import type { ExamAck } from '../../../shared/api/channels/sittings-types';
import { ApiCallError } from '../../api/client';
import { examCall, examToken, newClientId } from './exam-api';

/** One write of the examinee, with the client id that makes a resend harmless. */
export type ExamWrite =
  | { kind: 'answer'; ref: string; response: ExamResponse; clientId: string }
  | { kind: 'flag'; ref: string; flagged: boolean; clientId: string };

/** A write before it gets its client id. */
export type NewWrite = { kind: 'answer'; ref: string; response: ExamResponse } | { kind: 'flag'; ref: string; flagged: boolean };

/** Whether everything given has reached the core. */
export type OutboxStatus = 'idle' | 'saving' | 'offline';

/** What the outbox tells the screen. */
export type OutboxEvents = {
  onAck: (write: ExamWrite, ack: ExamAck) => void;
  /** The core refused a write (not a lost connection): `error` says why. */
  onRefused: (write: ExamWrite, error: unknown) => void;
  onChange: (status: OutboxStatus, waiting: readonly ExamWrite[]) => void;
};

/** The examinee's writes, sent one at a time in the order given. */
export type Outbox = {
  put: (write: NewWrite) => void;
  /** Resolves true once every write has reached the core, false after `timeoutMs`. */
  flush: (timeoutMs: number) => Promise<boolean>;
  waiting: () => readonly ExamWrite[];
  stop: () => void;
};

const STORE_KEY = 'attesta.exam.outbox';
const RETRY_MS = 3000;
/** Codes after which nothing more can be written: the rest of the queue is dropped too. */
const FINAL_CODES: readonly string[] = ['locked', 'unauthorized', 'forbidden'];

function restore(token: string | null): ExamWrite[] {
  try {
    const raw = window.sessionStorage.getItem(STORE_KEY);
    const kept: unknown = raw ? JSON.parse(raw) : null;
    if (typeof kept !== 'object' || kept === null || !('token' in kept) || !('queue' in kept)) return [];
    return kept.token === token && Array.isArray(kept.queue) ? (kept.queue as ExamWrite[]) : [];
  } catch {
    return [];
  }
}

function keep(token: string | null, queue: readonly ExamWrite[]): void {
  try {
    if (queue.length === 0) window.sessionStorage.removeItem(STORE_KEY);
    else window.sessionStorage.setItem(STORE_KEY, JSON.stringify({ token, queue }));
  } catch {
    // Without storage a write still goes out; only a reload before it does would lose it.
  }
}

function isLostConnection(e: unknown): boolean {
  return e instanceof ApiCallError && e.code === 'network';
}

/**
 * Sends the examinee's answers and flags in order, one at a time. A newer write of the same
 * item replaces one still waiting (the core only needs the latest); a lost connection keeps the
 * queue (in sessionStorage too, so a reload resends it) and retries every few seconds.
 */
export function createOutbox(events: OutboxEvents): Outbox {
  const token = examToken();
  let queue: ExamWrite[] = restore(token);
  let inFlight: ExamWrite | null = null;
  let retry: number | null = null;
  let isStopped = false;
  let waiters: (() => void)[] = [];

  const notify = () => {
    const status: OutboxStatus = retry !== null ? 'offline' : queue.length > 0 ? 'saving' : 'idle';
    events.onChange(status, queue);
    if (queue.length === 0) {
      waiters.forEach((w) => w());
      waiters = [];
    }
  };

  const send = (w: ExamWrite): Promise<ExamAck> =>
    w.kind === 'answer'
      ? examCall('exam:answer', { ref: w.ref, response: w.response, clientId: w.clientId })
      : examCall('exam:flag', { ref: w.ref, flagged: w.flagged, clientId: w.clientId });

  const pump = async (): Promise<void> => {
    if (inFlight || isStopped || retry !== null) return;
    const w = queue[0];
    if (!w) return notify();
    inFlight = w;
    try {
      const ack = await send(w);
      queue = queue.filter((x) => x !== w);
      events.onAck(w, ack);
    } catch (e) {
      if (isLostConnection(e)) {
        retry = window.setTimeout(() => {
          retry = null;
          void pump();
        }, RETRY_MS);
      } else {
        const isFinal = e instanceof ApiCallError && FINAL_CODES.includes(e.code);
        queue = isFinal ? [] : queue.filter((x) => x !== w);
        events.onRefused(w, e);
      }
    } finally {
      inFlight = null;
      keep(token, queue);
    }
    notify();
    void pump();
  };

  const wake = () => {
    if (retry !== null) {
      window.clearTimeout(retry);
      retry = null;
    }
    void pump();
  };

  // Writes kept from before a reload go out first.
  if (queue.length > 0) queueMicrotask(() => void pump());

  return {
    put: (write) => {
      queue = [...queue.filter((x) => x === inFlight || x.kind !== write.kind || x.ref !== write.ref), { ...write, clientId: newClientId() }];
      keep(token, queue);
      notify();
      void pump();
    },
    flush: (timeoutMs) => {
      if (queue.length === 0) return Promise.resolve(true);
      wake();
      return new Promise<boolean>((resolve) => {
        const timer = window.setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          window.clearTimeout(timer);
          resolve(true);
        });
      });
    },
    waiting: () => queue,
    stop: () => {
      isStopped = true;
      if (retry !== null) window.clearTimeout(retry);
    },
  };
}

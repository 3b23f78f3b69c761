import type { SheetView } from '../../../shared/domain/defense';
import { errorCode, type CallErrorCode } from '../../api/client';

/** One change a phone made, kept until the core has stored it; the client id makes a resend harmless. */
export type OutboxOp = { clientId: string; turnId: number; at: string } & ({ kind: 'save'; scores: (number | null)[] } | { kind: 'submit' });

/** How the outbox reaches the core (sheet:save / sheet:submit / sheet:get over the device token). */
export type OutboxSender = {
  save: (turnId: number, scores: (number | null)[], version: number, clientId: string) => Promise<SheetView>;
  submit: (turnId: number, version: number, clientId: string) => Promise<SheetView>;
  version: (turnId: number) => Promise<number>;
};

/** What the phone shows about its unsent changes. */
export type OutboxSnapshot = { ops: readonly OutboxOp[]; isOnline: boolean; error: CallErrorCode | null; sent: number };

const RETRY_MS = 3000;

/** A fresh client id (getRandomValues works on plain-http LAN pages, randomUUID does not). */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `d-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function isOp(v: unknown): v is OutboxOp {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const base = typeof r.clientId === 'string' && typeof r.turnId === 'number' && typeof r.at === 'string';
  return base && (r.kind === 'submit' || (r.kind === 'save' && Array.isArray(r.scores)));
}

/**
 * The phone's outbox: every change is written to localStorage first, then sent in order.
 * A dropped connection keeps it queued and retried (also after a reload); a resend carries
 * the same client id, so the core stores it once.
 */
export class Outbox {
  private ops: OutboxOp[];
  private readonly versions = new Map<number, number>();
  private readonly retried = new Set<string>();
  private inFlight: string | null = null;
  private isFlushing = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private snap: OutboxSnapshot;

  constructor(
    private readonly key: string,
    private readonly sender: OutboxSender,
  ) {
    this.ops = this.read();
    this.snap = { ops: this.ops, isOnline: true, error: null, sent: 0 };
  }

  private read(): OutboxOp[] {
    try {
      const parsed: unknown = JSON.parse(window.localStorage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isOp) : [];
    } catch {
      return [];
    }
  }

  private write(): void {
    try {
      if (this.ops.length === 0) window.localStorage.removeItem(this.key);
      else window.localStorage.setItem(this.key, JSON.stringify(this.ops));
    } catch {
      // Without storage the queue lives in memory only.
    }
  }

  private update(patch: Partial<OutboxSnapshot>): void {
    this.snap = { ...this.snap, ...patch, ops: this.ops };
    for (const l of this.listeners) l();
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore. */
  readonly snapshot = (): OutboxSnapshot => this.snap;

  /** Queues a change (stored at once) and tries to send; a newer draft replaces older unsent drafts. */
  push(op: OutboxOp): void {
    if (op.kind === 'save') {
      this.ops = this.ops.filter((o) => !(o.kind === 'save' && o.turnId === op.turnId && o.clientId !== this.inFlight));
    }
    this.ops = [...this.ops, op];
    this.write();
    this.update({ error: null });
    void this.flush();
  }

  /** Marks the connection as gone (the browser said so) without waiting for a failed send. */
  setOffline(): void {
    this.update({ isOnline: false });
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, RETRY_MS);
  }

  private drop(clientId: string): void {
    this.ops = this.ops.filter((o) => o.clientId !== clientId);
    this.write();
  }

  /** Sends the queue in order; stops at a network error and tries again later. */
  async flush(): Promise<void> {
    if (this.isFlushing) return;
    this.isFlushing = true;
    try {
      for (let op = this.ops[0]; op; op = this.ops[0]) {
        this.inFlight = op.clientId;
        try {
          const version = this.versions.get(op.turnId) ?? (await this.sender.version(op.turnId));
          const sheet = op.kind === 'save' ? await this.sender.save(op.turnId, op.scores, version, op.clientId) : await this.sender.submit(op.turnId, version, op.clientId);
          this.versions.set(op.turnId, sheet.version);
          this.drop(op.clientId);
          this.update({ isOnline: true, sent: this.snap.sent + 1 });
        } catch (e) {
          const code = errorCode(e);
          if (code === 'network') {
            this.update({ isOnline: false });
            this.schedule();
            return;
          }
          this.versions.delete(op.turnId);
          if (code === 'conflict' && !this.retried.has(op.clientId)) {
            // Changed elsewhere (a re-vote, a sheet entered on the desktop): load its version and send once more.
            this.retried.add(op.clientId);
            continue;
          }
          if (code === 'unauthorized') {
            this.update({ isOnline: true, error: code });
            return;
          }
          this.drop(op.clientId);
          this.update({ isOnline: true, error: code, sent: this.snap.sent + 1 });
        }
      }
    } finally {
      this.inFlight = null;
      this.isFlushing = false;
    }
  }

  /** Stops retrying (the page is leaving this member); what is queued stays stored. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

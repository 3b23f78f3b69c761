import type { Envelope } from '../../shared/api/envelope';

/** What the Electron preload exposes: one generic invoke over the shared contract, and the core's change events. */
export type WindowApi = {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Calls `listener` with each change event; returns how to stop. */
  onChange?(listener: (change: unknown) => void): () => void;
};

declare global {
  interface Window {
    /** Present only inside the Electron window; the browser build talks HTTP instead. */
    api?: WindowApi;
  }
}

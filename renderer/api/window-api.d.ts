import type { Envelope } from '../../shared/api/envelope';

/** What the Electron preload exposes: one generic invoke over the shared contract. */
export type WindowApi = { invoke(channel: string, input: unknown): Promise<Envelope<unknown>> };

declare global {
  interface Window {
    /** Present only inside the Electron window; the browser build talks HTTP instead. */
    api?: WindowApi;
  }
}

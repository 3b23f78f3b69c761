import { contextBridge, ipcRenderer } from 'electron';
import type { Channel } from '../../shared/api/contract';
import { CHANGE_CHANNEL, INVOKE_CHANNEL } from '../../shared/security/electron-policy';

/**
 * The contract's channel names, inlined by the build (electron/main/bundle/bundles.ts) so the
 * sandboxed preload stays tiny instead of carrying zod with the whole contract.
 */
declare const __ATTESTA_CHANNELS__: readonly Channel[];

const channels: ReadonlySet<string> = new Set(__ATTESTA_CHANNELS__);

/**
 * `window.api.invoke(channel, input)` → the contract's envelope `{ ok, value } | { ok: false,
 * error }` (renderer/api/window-api.d.ts). Main checks the sender and parses the input again.
 */
function invoke(channel: unknown, input: unknown): Promise<unknown> {
  if (typeof channel !== 'string' || !channels.has(channel)) {
    const message = `no channel "${String(channel).slice(0, 100)}"`;
    return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message, field: null } });
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
}

/** `window.api.onChange(listener)`: the core's change events; returns how to stop listening. */
function onChange(listener: unknown): () => void {
  if (typeof listener !== 'function') return () => undefined;
  const forward = (_event: unknown, change: unknown): void => void listener(change);
  ipcRenderer.on(CHANGE_CHANNEL, forward);
  return () => void ipcRenderer.off(CHANGE_CHANNEL, forward);
}

contextBridge.exposeInMainWorld('api', Object.freeze({ invoke, onChange }));

import type { EventEmitter } from 'node:events';
import { BrowserWindow, ipcMain } from 'electron';
import { fail } from '../../shared/api/envelope';
import { APP_ORIGIN, CHANGE_CHANNEL, INVOKE_CHANNEL, isTrustedSender } from '../../shared/security/electron-policy';
import type { ChangeEvent } from '../core/context';
import { dispatch, type ErrorSink } from '../core/dispatch';
import type { Handlers } from '../core/handlers';

/**
 * `attesta:invoke` (channel, input) → the contract's envelope. Only frames showing the app's
 * own pages are served; the channel and input are checked again by `dispatch`.
 */
export function registerInvoke(handlers: Handlers, onInternal: ErrorSink): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame.url, APP_ORIGIN)) {
      return fail({ code: 'forbidden', message: 'this page may not call Attesta', field: null });
    }
    if (typeof channel !== 'string') return fail({ code: 'unknown_channel', message: 'the channel must be a string', field: null });
    return dispatch(handlers, channel, input, onInternal);
  });
}

/** Sends each of the core's change events to every open window (the browser build gets them over SSE). */
export function forwardChanges(events: EventEmitter<{ change: [ChangeEvent] }>): void {
  events.on('change', (event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && isTrustedSender(win.webContents.getURL(), APP_ORIGIN)) win.webContents.send(CHANGE_CHANNEL, event);
    }
  });
}

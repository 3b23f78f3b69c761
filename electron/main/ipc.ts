import { ipcMain } from 'electron';
import { fail } from '../../shared/api/envelope';
import { APP_ORIGIN, INVOKE_CHANNEL, isTrustedSender } from '../../shared/security/electron-policy';
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

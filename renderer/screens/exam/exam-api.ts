import type { EXAMINEE_CHANNELS } from '../../../shared/api/channels/sittings';
import type { ChannelInput, ChannelResult } from '../../../shared/api/contract';
import { ApiCallError, postEnvelope, unwrap } from '../../api/client';

/** The channels a kiosk token may call. */
export type ExamChannel = (typeof EXAMINEE_CHANNELS)[number];

/** An exam call's input without the examinee: the host takes the examinee and sitting from the token. */
export type ExamInput<C extends ExamChannel> = Omit<ChannelInput<C>, 'examineeId' | 'sittingId'>;

/** Where the kiosk token lives for the life of the tab (a reload keeps it, the address bar does not). */
const TOKEN_KEY = 'attesta.exam';
const LINK = /^#exam=([A-Za-z0-9_-]{16,200})$/;

/**
 * Moves `#exam=<token>` into sessionStorage and leaves `#exam=` in the address bar (the kiosk's
 * route, without the token for history, bookmarks or a photo of the screen). Returns the token
 * to use: the one just given, or the one kept from before a reload; null when there is none.
 */
export function captureExamToken(): string | null {
  const match = LINK.exec(window.location.hash);
  if (match?.[1]) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, match[1]);
    } catch {
      // Without storage the token works until the page is reloaded.
    }
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#exam=`);
    return match[1];
  }
  return examToken();
}

/** The kiosk token kept in this tab, or null. */
export function examToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Calls one exam:* channel with the kiosk token; the value, or an ApiCallError with its code. */
export async function examCall<C extends ExamChannel>(channel: C, input: ExamInput<C>): Promise<ChannelResult<C>> {
  const token = examToken();
  if (!token) throw new ApiCallError('unauthorized', 'no kiosk token in this tab');
  // The core validated the input and typed the handler's result; the wire loses only the type.
  return unwrap(await postEnvelope(`/api/${channel}`, input, token)) as ChannelResult<C>;
}

/**
 * A fresh id for one write, so a resent answer is applied once. From getRandomValues: a phone
 * on the LAN is not a secure context, where randomUUID is missing.
 */
export function newClientId(): string {
  const bytes = new Uint8Array(12);
  window.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
